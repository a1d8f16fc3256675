// Every slot lexicon, by id. Frame rules name them; a test checks that each id named exists.
import accuseAct from './accuse.act';
import { addressPlace } from './address.place';
import { addressWord } from './address.word';
import { authority } from './authority';
import { certainty } from './certainty';
import { certaintyStrong } from './certainty.strong';
import { child } from './child';
import { claimCause } from './claim.cause';
import { claimChildren } from './claim.children';
import { claimCoverup } from './claim.coverup';
import { claimCure } from './claim.cure';
import { claimCureLoose } from './claim.cure.loose';
import { claimDeath } from './claim.death';
import { claimDisaster } from './claim.disaster';
import { claimDisease } from './claim.disease';
import { claimHarm } from './claim.harm';
import { claimHealth } from './claim.health';
import { claimLaw } from './claim.law';
import { claimMoney } from './claim.money';
import { claimRemedy } from './claim.remedy';
import { claimSuspect } from './claim.suspect';
import { claimTopic } from './claim.topic';
import { classCode } from './class.code';
import contempt from './contempt';
import deathEvent from './death.event';
import deathWish from './death.wish';
import deathWisher from './death.wisher';
import type { Lexicon } from './define';
import dehumanize from './dehumanize';
import { docInternal } from './doc.internal';
import { docInternalStrong } from './doc.internal.strong';
import { docStatus } from './doc.status';
import { docStatusStrong } from './doc.status.strong';
import { enClaim } from './en.claim';
import { enCure } from './en.cure';
import { enDatum } from './en.datum';
import { enDisease } from './en.disease';
import { enDoc } from './en.doc';
import enGenderRole from './en.gender.role';
import { enGoods } from './en.goods';
import enGroupGender from './en.group.gender';
import enGroupOther from './en.group.other';
import enGroupRegion from './en.group.region';
import enGroupReligion from './en.group.religion';
import { enHearsay } from './en.hearsay';
import { enOffer } from './en.offer';
import { enPerson } from './en.person';
import { enSecret } from './en.secret';
import { enShare } from './en.share';
import { enStatus } from './en.status';
import enTrait from './en.trait';
import { enUrgency } from './en.urgency';
import { examLeak } from './exam.leak';
import exclusion from './exclusion';
import extermination from './extermination';
import genderDeny from './gender.deny';
import genderPrescribe from './gender.prescribe';
import genderRightMen from './gender.right.men';
import genderRightWomen from './gender.right.women';
import genderRoleMen from './gender.role.men';
import genderRoleWomen from './gender.role.women';
import generalizer from './generalizer';
import { goodsBetting } from './goods.betting';
import { goodsBody } from './goods.body';
import { goodsCounterfeit } from './goods.counterfeit';
import { goodsData } from './goods.data';
import { goodsDebt } from './goods.debt';
import { goodsDrugs } from './goods.drugs';
import { goodsExam } from './goods.exam';
import { goodsIllegal } from './goods.illegal';
import { goodsLoan } from './goods.loan';
import { goodsPapers } from './goods.papers';
import { goodsSex } from './goods.sex';
import { goodsTask } from './goods.task';
import { goodsWeapons } from './goods.weapons';
import { goodsWildlife } from './goods.wildlife';
import groupAge from './group.age';
import groupAny from './group.any';
import groupDisability from './group.disability';
import groupEthnic from './group.ethnic';
import groupGender from './group.gender';
import groupLgbt from './group.lgbt';
import groupMen from './group.men';
import groupMinority from './group.minority';
import groupNation from './group.nation';
import groupOccupation from './group.occupation';
import groupPolitical from './group.political';
import groupRegion from './group.region';
import groupReligion from './group.religion';
import groupWomen from './group.women';
import groupWomenPlace from './group.women.place';
import { hearsay } from './hearsay';
import incite from './incite';
import inciteGo from './incite.go';
import insultFamily from './insult.family';
import insultHead from './insult.head';
import insultHeadAnimal from './insult.head.animal';
import insultLabel from './insult.label';
import insultLabelAnimal from './insult.label.animal';
import insultPlain from './insult.plain';
import insultShame from './insult.shame';
import insultTrait from './insult.trait';
import intensifier from './intensifier';
import lgbtContempt from './lgbt.contempt';
import link from './link';
import { offer } from './offer';
import { offerStrong } from './offer.strong';
import { paperPlain } from './paper.plain';
import { personThird } from './person.third';
import { personalContact } from './personal.contact';
import { personalDatum } from './personal.datum';
import { personalId } from './personal.id';
import { personalIdcard } from './personal.idcard';
import { personalPhoto } from './personal.photo';
import { personalPlace } from './personal.place';
import { pitchFake } from './pitch.fake';
import placeHome from './place.home';
import { prediction } from './prediction';
import { schoolPlace } from './school.place';
import { secretCode } from './secret.code';
import { secretPassword } from './secret.password';
import { secretWord } from './secret.word';
import { share } from './share';
import targetFamily from './target.family';
import targetOne from './target.one';
import targetPerson from './target.person';
import targetPolite from './target.polite';
import targetThem from './target.them';
import targetYou from './target.you';
import threatAct from './threat.act';
import threatDoom from './threat.doom';
import threatHarm from './threat.harm';
import threatKnower from './threat.knower';
import threatSevere from './threat.severe';
import threatSpeaker from './threat.speaker';
import threatStrike from './threat.strike';
import threatVeiled from './threat.veiled';
import threatWhereabouts from './threat.whereabouts';
import traitNegative from './trait.negative';
import { urgeShare } from './urge.share';
import { urgency } from './urgency';
import weapon from './weapon';
import weaponCarry from './weapon.carry';

const ALL: readonly Lexicon[] = [
  docInternalStrong,
  personalPhoto,
  enUrgency,
  enStatus,
  enShare,
  enSecret,
  enPerson,
  enOffer,
  enHearsay,
  enGoods,
  enDoc,
  enDisease,
  enDatum,
  enCure,
  enClaim,
  dehumanize,
  contempt,
  enGenderRole,
  enGroupGender,
  enGroupOther,
  enGroupRegion,
  enGroupReligion,
  enTrait,
  groupWomenPlace,
  link,
  exclusion,
  extermination,
  genderDeny,
  genderPrescribe,
  genderRightMen,
  genderRightWomen,
  genderRoleMen,
  genderRoleWomen,
  generalizer,
  groupAge,
  groupAny,
  groupDisability,
  groupEthnic,
  groupGender,
  groupLgbt,
  groupMen,
  groupMinority,
  groupNation,
  groupOccupation,
  groupPolitical,
  groupRegion,
  groupReligion,
  groupWomen,
  lgbtContempt,
  traitNegative,
  accuseAct,
  addressPlace,
  addressWord,
  authority,
  certainty,
  certaintyStrong,
  child,
  claimCause,
  claimChildren,
  claimCoverup,
  claimCure,
  claimCureLoose,
  claimDeath,
  claimDisaster,
  claimDisease,
  claimHarm,
  claimHealth,
  claimLaw,
  claimMoney,
  claimRemedy,
  claimSuspect,
  claimTopic,
  classCode,
  deathEvent,
  deathWish,
  deathWisher,
  docInternal,
  docStatus,
  docStatusStrong,
  examLeak,
  goodsBetting,
  goodsBody,
  goodsCounterfeit,
  goodsData,
  goodsDebt,
  goodsDrugs,
  goodsExam,
  goodsIllegal,
  goodsLoan,
  goodsPapers,
  goodsSex,
  goodsTask,
  goodsWeapons,
  goodsWildlife,
  hearsay,
  incite,
  inciteGo,
  insultFamily,
  insultHead,
  insultHeadAnimal,
  insultLabel,
  insultLabelAnimal,
  insultPlain,
  insultShame,
  insultTrait,
  intensifier,
  offer,
  offerStrong,
  paperPlain,
  personThird,
  personalContact,
  personalDatum,
  personalId,
  personalIdcard,
  personalPlace,
  pitchFake,
  placeHome,
  prediction,
  schoolPlace,
  secretCode,
  secretPassword,
  secretWord,
  share,
  targetFamily,
  targetOne,
  targetPerson,
  targetPolite,
  targetThem,
  targetYou,
  threatAct,
  threatDoom,
  threatHarm,
  threatKnower,
  threatSevere,
  threatSpeaker,
  threatStrike,
  threatVeiled,
  threatWhereabouts,
  urgeShare,
  urgency,
  weapon,
  weaponCarry,
];

export const LEXICONS: ReadonlyMap<string, Lexicon> = new Map(ALL.map((l) => [l.id, l]));
export { defineLexicon, type Lexicon, lexiconParts, lexiconWords } from './define';
