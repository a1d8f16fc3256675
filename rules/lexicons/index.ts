// Every slot lexicon, by id. Frame rules name them; a test checks that each id named exists.
import type { Lexicon } from './define';
import dehumanize from './dehumanize';
import exclusion from './exclusion';
import genderDeny from './gender.deny';
import genderPrescribe from './gender.prescribe';
import genderRightMen from './gender.right.men';
import genderRightWomen from './gender.right.women';
import genderRoleMen from './gender.role.men';
import genderRoleWomen from './gender.role.women';
import generalizer from './generalizer';
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
import groupRegion from './group.region';
import groupReligion from './group.religion';
import groupWomen from './group.women';
import lgbtContempt from './lgbt.contempt';
import traitNegative from './trait.negative';

const ALL: readonly Lexicon[] = [
  dehumanize,
  exclusion,
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
  groupRegion,
  groupReligion,
  groupWomen,
  lgbtContempt,
  traitNegative,
];

export const LEXICONS: ReadonlyMap<string, Lexicon> = new Map(ALL.map((l) => [l.id, l]));
export { defineLexicon, type Lexicon, lexiconParts, lexiconWords } from './define';
