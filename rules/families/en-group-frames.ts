// Discrimination against a group in English posts (Điều 4.5): a trait pinned on a province's
// people, a faith, a sex or a people ("people from Thanh Hoa are all thieves", "muslims are
// terrorists"), a role imposed on women ("women belong in the kitchen"), shutting a group out or
// hating it ("never hire northerners", "I hate gay people"). The category is the group's.
import type { ContextSpec, FrameRule, FrameSlot, LocalText, RuleCategory, RuleSpec } from '../types';

/** Counter-speech, denial and reporting: "not all", "that stereotype is wrong", "people say". */
const EN_UNLESS: readonly ContextSpec[] = [
  {
    terms: [
      'not all',
      'stereotype',
      'stereotypes',
      'prejudice',
      'racist',
      'racism',
      'sexist',
      'sexism',
      'homophobic',
      'discrimination',
      'wrong to say',
      'stop saying',
      'myth',
      'unfair',
      'people say',
      'they say',
      'the idea that',
      'the claim that',
      'is false',
      'is not true',
      "isn't true",
    ],
    within: 8,
  },
  { terms: ['not', "aren't", "isn't", 'no longer'], within: 1, side: 'before' },
];

/** Shutting the group out or hating it, right before it: "never trust", "don't hire", "I hate". */
const SHUT_OUT: FrameSlot = {
  name: 'exclusion',
  terms: [
    'never trust',
    'rent to',
    'rent rooms to',
    'rent your room to',
    'rent my room to',
    'rent a room to',
    'rent houses to',
    'refuse to rent to',
    'refuse to hire',
    'never date',
    "don't date",
    'do not date',
    "won't rent to",
    "won't hire",
    "don't trust",
    'dont trust',
    'do not trust',
    'never hire',
    "don't hire",
    'dont hire',
    'do not hire',
    'we do not hire',
    'no hiring',
    "don't rent to",
    'do not rent to',
    'no renting to',
    'not renting to',
    "don't marry",
    'never marry',
    'do not marry',
    'stay away from',
    'avoid',
    'ban',
    'ban all',
    'kick out',
    'kick out all',
    'deport',
    'deport all',
    'get rid of',
    'get rid of all',
    'hate',
    'i hate',
    'despise',
    "can't stand",
    'cant stand',
    'disgusted by',
    'sick of',
    'kill all',
  ],
};

interface EnGroup {
  category: RuleCategory;
  lexicon: string;
  message: LocalText;
  /** Stripped from the extension build (build/strip-rule-examples.ts): the frames do without. */
  examples?: EnExamples;
}
interface EnExamples {
  trait: Ex;
  exclusion: Ex;
}
interface Ex {
  flag: readonly string[];
  allow: readonly string[];
}

const SUGGESTION: LocalText = {
  vi: 'Nói về hành vi của một người cụ thể, không quy cho cả nhóm người.',
  en: "Talk about one person's behaviour, not a whole group's.",
};

function enFrames(g: EnGroup): FrameRule[] {
  const group: FrameSlot = { name: 'group', lexicons: [g.lexicon] };
  const base = {
    kind: 'frame',
    lang: 'any',
    category: g.category,
    severity: 'high',
    clause: '4.5',
    message: g.message,
    suggestion: SUGGESTION,
    unless: EN_UNLESS,
    ordered: true,
    scope: 'clause',
  } as const;
  return [
    {
      ...base,
      id: `${g.category}-en-trait`,
      main: 'trait',
      slots: [group, { name: 'trait', lexicons: ['en.trait'] }],
      within: 5,
      ...(g.examples && { examples: g.examples.trait }),
    },
    {
      ...base,
      id: `${g.category}-en-exclusion`,
      main: 'exclusion',
      slots: [SHUT_OUT, group],
      within: 2,
      ...(g.examples && { examples: g.examples.exclusion }),
    },
  ];
}

export const enGroupFrames: readonly RuleSpec[] = [
  ...enFrames({
    category: 'regional',
    lexicon: 'en.group.region',
    message: {
      vi: 'Khái quát tiêu cực hay loại trừ người theo vùng miền, quê quán.',
      en: 'A negative generalisation about, or shutting out of, people by region.',
    },
    examples: {
      trait: {
        flag: ['people from Thanh Hoa are all [thieves]', 'northerners are so [fake]'],
        allow: ['people from Hue are kind and calm', 'northerners are not lazy at all'],
      },
      exclusion: {
        flag: ['[never trust] people from Nghe An', '[we do not hire] southerners'],
        allow: ['never trust the weather in Hanoi', 'I hate the traffic in Saigon'],
      },
    },
  }),
  ...enFrames({
    category: 'religious',
    lexicon: 'en.group.religion',
    message: {
      vi: 'Khái quát tiêu cực hay loại trừ người theo một tôn giáo.',
      en: 'A negative generalisation about, or shutting out of, the followers of a faith.',
    },
    examples: {
      trait: {
        flag: ['muslims are all [terrorists]', 'catholics are [brainwashed]'],
        allow: ['buddhists are calm and kind', 'not all muslims are extremists, that is a myth'],
      },
      exclusion: {
        flag: ['[never hire] muslims', '[i hate] christians'],
        allow: ['I visited the pagoda with my mother', 'monks avoid meat'],
      },
    },
  }),
  ...enFrames({
    category: 'gender',
    lexicon: 'en.group.gender',
    message: {
      vi: 'Khái quát tiêu cực hay loại trừ người vì giới tính, xu hướng tính dục.',
      en: 'A negative generalisation about, or shutting out of, people for their gender or orientation.',
    },
    examples: {
      trait: {
        flag: ['women are [too emotional] to lead', 'gay people are [disgusting]'],
        allow: ['women are great leaders', 'men are not better drivers than women'],
      },
      exclusion: {
        flag: ['[never hire] women', '[i hate] gay people'],
        allow: ['women hate waiting in long lines too', 'I love my wife'],
      },
    },
  }),
  ...enFrames({
    category: 'hate',
    lexicon: 'en.group.other',
    message: {
      vi: 'Khái quát tiêu cực hay loại trừ cả một nhóm người (dân tộc, quốc tịch, người khuyết tật…).',
      en: 'A negative generalisation about, or shutting out of, a whole group (a people, a nation, disabled people…).',
    },
    examples: {
      trait: {
        flag: ['chinese people are [dirty]', 'immigrants are all [criminals]'],
        allow: ['chinese people are friendly here', 'old people are wise'],
      },
      exclusion: {
        flag: ['[kick out all] immigrants', '[never trust] chinese people'],
        allow: ['we welcome immigrants', 'I met chinese people on the trip'],
      },
    },
  }),
  {
    kind: 'frame',
    lang: 'any',
    id: 'gender-en-role',
    category: 'gender',
    severity: 'medium',
    clause: '4.5',
    message: {
      vi: 'Định kiến giới: áp đặt vai trò hay phủ nhận quyền của phụ nữ (hoặc nam giới) như một nhóm.',
      en: 'A gender stereotype: a role imposed on, or a right denied to, women (or men) as a group.',
    },
    suggestion: {
      vi: 'Mỗi người tự chọn vai trò của mình; nói về người cụ thể, không về giới tính.',
      en: 'Everyone chooses their own role; talk about the person, not their gender.',
    },
    main: 'role',
    slots: [
      { name: 'group', lexicons: ['en.group.gender'] },
      { name: 'role', lexicons: ['en.gender.role'] },
    ],
    within: 5,
    ordered: true,
    scope: 'clause',
    unless: EN_UNLESS,
    examples: {
      flag: ['women [belong in the kitchen]', "girls [don't need college]"],
      allow: ['women belong in every boardroom', 'my wife should stay home today, she has a cold'],
    },
  },
];
