// A put-down aimed at a group of people (a province's or region's people, a nation or ethnic group,
// a faith's followers, women, men, gay people) is discrimination, shown by the group rules (hate,
// regional, religious, gender), not an insult to someone: insult rules stand down near a group word.
import { LEXICONS, lexiconWords } from '../lexicons';
import type { ContextSpec, RuleSpec } from '../types';

const GROUP_LEXICONS = [
  'group.region',
  'group.nation',
  'group.ethnic',
  'group.religion',
  'group.lgbt',
  'group.women',
  'group.men',
];

/** One person's relatives, not a group: "vợ mày ngu" is an insult. */
const RELATIVES = /(?:^|\s)(?:vợ|chồng|dâu|rể|cô)(?:\s|$)/u;

/** The groups' words as listed, with their accents. */
const GROUP_WORDS = [
  ...new Set(
    GROUP_LEXICONS.flatMap((id) => {
      const w = lexiconWords(id, LEXICONS);
      return [...w.fold, ...w.typed, ...w.exact, ...w.bare];
    }),
  ),
].filter((w) => !RELATIVES.test(w));

export const AT_A_GROUP: readonly ContextSpec[] = [
  { terms: GROUP_WORDS, within: 5, accents: 'exact' },
  // Typed without accents, only phrases, which spell nothing else ("dan thanh hoa", "theo dao").
  {
    terms: GROUP_WORDS.filter((w) => w.includes(' ') && w.length >= 6),
    within: 5,
  },
];

/** A frame slot that names one person as the target ("mày", "thằng này"): the insult is theirs. */
const AT_A_PERSON = new Set(['target.one', 'target.you', 'target.family', 'target.polite']);

const aimedAtSomeone = (r: RuleSpec) =>
  r.kind === 'frame' && r.slots.some((s) => !s.optional && s.lexicons?.some((l) => AT_A_PERSON.has(l)));

/**
 * Vietnamese insult rules, made to stand down near a group word; not those whose frame names the
 * person aimed at ("Bọn bắc kỳ lại đến rồi, mày ngu như bò" insults "mày").
 */
export function notAtAGroup(rules: readonly RuleSpec[]): RuleSpec[] {
  return rules.map((r) =>
    r.lang === 'en' || aimedAtSomeone(r) ? r : { ...r, unless: [...(r.unless ?? []), ...AT_A_GROUP] },
  );
}
