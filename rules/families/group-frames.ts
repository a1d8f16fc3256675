// The frames that read a remark about a group of people, shared by the regional, religious, gender
// and hate families: a verdict on the whole group (group + generaliser + negative trait, or group +
// trait said of it directly, hating it), calling it animals or vermin, wishing it dead, and shutting
// it out. Each family gives its group lexicons, its words and its examples; the frames and their
// unless-contexts (group-contexts.ts) are the same.
import type { ContextSpec, FrameRule, FrameSlot, LocalText, RuleCategory, Severity } from '../types';
import { AT_PLACE, GROUP_UNLESS, LIVESTOCK, NOT_PEOPLE } from './group-contexts';

/** A link that says what the group is: "dân X là lũ chó", "bọn X như súc vật". */
const LINK: FrameSlot = { name: 'link', lexicons: ['link'] };

/**
 * Shutting out or warning against, said right before the group ("tuyển nhân viên, trừ người Thanh
 * Hóa", "miễn dân Nghệ An", "cảnh giác với bọn X"): alone these words are everyday ("trừ vùng này
 * thì đỡ", "cảnh giác với lừa đảo"), so the group must follow at once.
 */
const EXCLUDE_BEFORE: FrameSlot = {
  name: 'exclusion',
  terms: ['trừ', 'miễn', 'ngoại trừ', 'cẩn thận với', 'cảnh giác với'],
  accents: 'exact',
};

/** The examples of one frame: texts it must flag and texts it must leave alone. */
interface Examples {
  flag: readonly string[];
  allow: readonly string[];
}

/** What a family gives to get its group frames. */
export interface GroupFrameSpec {
  category: RuleCategory;
  /** Id prefix: "regional" gives "regional-stereotype", "regional-dehumanize"… */
  prefix: string;
  /** The group lexicons of this family. */
  groups: readonly string[];
  severity: Severity;
  message: { stereotype: LocalText; dehumanize: LocalText; exclusion: LocalText };
  suggestion: LocalText;
  /** Stripped from the extension build (build/strip-rule-examples.ts): the frames do without. */
  examples?: {
    stereotype: Examples;
    direct: Examples;
    contempt: Examples;
    dehumanize: Examples;
    dehumanizeBefore: Examples;
    extermination: Examples;
    exclusion: Examples;
    exclusionBefore: Examples;
  };
  /** Extra unless-contexts of this family (history, a faith's own words…). */
  unless?: readonly ContextSpec[];
}

const common = (category: RuleCategory, severity: Severity, suggestion: LocalText) =>
  ({ kind: 'frame', category, severity, clause: '4.5', suggestion, unless: GROUP_UNLESS }) as const;

/** Wishing a group dead is one wrong whatever the group: the category is the group's family. */
const EXTERMINATION: LocalText = {
  vi: 'Mong cả một nhóm người chết, bị tiêu diệt: lời lẽ kích động thù ghét và bạo lực.',
  en: 'Wishing a group of people dead or wiped out incites hatred and violence.',
};

/** Hating or despising the group, right before it: a verdict on everyone in it. */
const CONTEMPT: FrameSlot = { name: 'contempt', lexicons: ['contempt'] };

/**
 * A family's group frames: a verdict on the group (with a generaliser, said of it directly, hating
 * it), calling it animals, wishing it dead, shutting it out. The category is the family's: "dân X là
 * lũ chó" is regional discrimination, "bọn theo đạo nên chết hết" religious.
 */
export function groupFrames(spec: GroupFrameSpec): FrameRule[] {
  const group: FrameSlot = { name: 'group', lexicons: spec.groups };
  const base = common(spec.category, spec.severity, spec.suggestion);
  const unless = [...GROUP_UNLESS, ...(spec.unless ?? [])];
  const notPeople: readonly ContextSpec[] = [
    ...unless,
    { terms: NOT_PEOPLE, within: 3, side: 'after', accents: 'exact' },
  ];
  const trait: FrameSlot = { name: 'trait', lexicons: ['trait.negative'] };
  const animal: FrameSlot = { name: 'animal', lexicons: ['dehumanize'] };
  const ex = spec.examples;
  return [
    {
      ...base,
      unless,
      id: `${spec.prefix}-stereotype`,
      message: spec.message.stereotype,
      main: 'trait',
      slots: [group, { name: 'generalizer', lexicons: ['generalizer'] }, trait],
      within: 8,
      ...(ex && { examples: ex.stereotype }),
    },
    {
      // Said of the group directly, right after it: "dân X lươn lẹo lắm".
      ...base,
      id: `${spec.prefix}-trait`,
      message: spec.message.stereotype,
      main: 'trait',
      slots: [group, trait],
      within: 3,
      scope: 'clause',
      ordered: true,
      unless: [...unless, { terms: AT_PLACE, within: 1, side: 'before', accents: 'exact' }],
      ...(ex && { examples: ex.direct }),
    },
    {
      ...base,
      id: `${spec.prefix}-contempt`,
      message: spec.message.stereotype,
      main: 'contempt',
      slots: [CONTEMPT, group],
      within: 2,
      ordered: true,
      scope: 'clause',
      // "ghét những tài xế đó": those few, not the whole trade
      unless: [
        ...unless,
        { terms: ['đó', 'ấy', 'kia', 'này', 'nọ'], within: 1, side: 'after', accents: 'exact' },
      ],
      ...(ex && { examples: ex.contempt }),
    },
    {
      ...base,
      id: `${spec.prefix}-dehumanize`,
      message: spec.message.dehumanize,
      main: 'animal',
      slots: [group, LINK, animal],
      within: 4,
      ordered: true,
      unless: [...unless, { terms: LIVESTOCK, within: 2, side: 'before', accents: 'exact' }],
      ...(ex && { examples: ex.dehumanize }),
    },
    {
      // The animal first: "lũ chó X", "đồ súc vật X".
      ...base,
      unless,
      id: `${spec.prefix}-dehumanize-before`,
      message: spec.message.dehumanize,
      main: 'animal',
      slots: [LINK, animal, group],
      within: 2,
      scope: 'clause',
      ordered: true,
      ...(ex && { examples: ex.dehumanizeBefore }),
    },
    {
      // The group is the main span: a violence hint on the killing words ("giết hết") stays beside it.
      ...base,
      id: `${spec.prefix}-extermination`,
      message: EXTERMINATION,
      main: 'group',
      slots: [{ name: 'extermination', lexicons: ['extermination'] }, group],
      within: 6,
      unless: notPeople,
      ...(ex && { examples: ex.extermination }),
    },
    {
      ...base,
      id: `${spec.prefix}-exclusion`,
      message: spec.message.exclusion,
      main: 'exclusion',
      slots: [{ name: 'exclusion', lexicons: ['exclusion'] }, group],
      within: 6,
      unless: notPeople,
      ...(ex && { examples: ex.exclusion }),
    },
    {
      ...base,
      id: `${spec.prefix}-exclusion-before`,
      message: spec.message.exclusion,
      main: 'exclusion',
      slots: [EXCLUDE_BEFORE, group],
      within: 1,
      ordered: true,
      unless: notPeople,
      ...(ex && { examples: ex.exclusionBefore }),
    },
  ];
}
