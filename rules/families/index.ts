// Every built-in family, in one list, plus the built-in list of official and licensed-press domains
// that soften unverified-claim hints (suffix match: "gov.vn" covers "moh.gov.vn").
import type { RuleSpec } from '../types';
import { notAtAGroup } from './at-a-group';
import { confidential } from './confidential';
import { confidentialFrames } from './confidential-frames';
import { enGroupFrames } from './en-group-frames';
import { gender } from './gender';
import { genderFrames } from './gender-frames';
import { hate } from './hate';
import { hateFrames } from './hate-frames';
import { illegalAds } from './illegal-ads';
import { illegalAdsFrames } from './illegal-ads-frames';
import { insult } from './insult';
import { insultFrames } from './insult-frames';
import { privacy } from './privacy';
import { privacyFrames } from './privacy-frames';
import { regional } from './regional';
import { regionalFrames } from './regional-frames';
import { religious } from './religious';
import { religiousFrames } from './religious-frames';
import { unverified } from './unverified';
import { unverifiedFrames } from './unverified-frames';
import { violence } from './violence';
import { violenceFrames } from './violence-frames';
import { violenceVeiled } from './violence-veiled';
import { vulgar } from './vulgar';

export const FAMILIES = {
  hate,
  hateFrames,
  violence,
  violenceFrames,
  violenceVeiled,
  regional,
  regionalFrames,
  religious,
  religiousFrames,
  gender,
  genderFrames,
  enGroupFrames,
  // A put-down aimed at a group is the group rules' to show.
  insult: notAtAGroup(insult),
  insultFrames: notAtAGroup(insultFrames),
  vulgar,
  unverified: [...unverified, ...unverifiedFrames],
  illegalAds: [...illegalAds, ...illegalAdsFrames],
  privacy: [...privacy, ...privacyFrames],
  confidential: [...confidential, ...confidentialFrames],
} as const satisfies Record<string, readonly RuleSpec[]>;

export const BUILTIN_RULES: readonly RuleSpec[] = Object.values(FAMILIES).flat();

export const OFFICIAL_DOMAINS: readonly string[] = [
  'gov.vn',
  'chinhphu.vn',
  'baochinhphu.vn',
  'dangcongsan.vn',
  'quochoi.vn',
  'nhandan.vn',
  'qdnd.vn',
  'cand.com.vn',
  'vtv.vn',
  'vov.vn',
  'vietnamplus.vn',
  'ttxvn.vn',
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  'dantri.com.vn',
  'vietnamnet.vn',
  'laodong.vn',
  'tienphong.vn',
  'zingnews.vn',
  'znews.vn',
  'sggp.org.vn',
  'plo.vn',
  'hanoimoi.com.vn',
  'vnanet.vn',
  'who.int',
];
