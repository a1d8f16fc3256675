// Each kind of rule in one place: the fields it adds to the common ones, their JSON Schema, which of
// them are required, and how the ruleset validator checks them. The validator (validate-rule.ts)
// and the JSON Schema (ruleset-schema.ts) dispatch on this table, so a new kind is a member of
// RuleSpec in types.ts plus one entry here (the type checker insists on both), then its matching
// step in checker.ts.
import { FRAME_DEFAULTS } from './frame-compile';
import { LEXICONS } from './lexicons';
import { tokenize } from './normalize';
import { checkPattern } from './safe-pattern';
import { type FrameSlot, type RuleCommon, type RuleKind, type RuleSpec, SLOT_SHAPES } from './types';
import {
  at,
  expectArray,
  expectEnum,
  expectObject,
  expectString,
  expectType,
  type Issues,
  type Json,
} from './validate-util';

export const ACCENT_MODES = ['fold', 'exact'] as const;
export const LIMITS = {
  terms: 5000,
  termLength: 100,
  withinMin: 1,
  withinMax: 20,
  examples: 200,
  replace: 10,
  replaceLength: 100,
  pattern: 500,
  slots: 8,
  slotName: 40,
  lexicons: 20,
} as const;
export const FRAME_SCOPES = ['clause', 'sentence'] as const;

/** A whole number of words from LIMITS.withinMin to LIMITS.withinMax. */
export function expectWithin(issues: Issues, v: unknown, path: string): void {
  if (Number.isInteger(v) && (v as number) >= LIMITS.withinMin && (v as number) <= LIMITS.withinMax) return;
  issues.add(
    path,
    `phải là số nguyên từ ${LIMITS.withinMin} đến ${LIMITS.withinMax} (số từ)`,
    `must be a whole number of words from ${LIMITS.withinMin} to ${LIMITS.withinMax}`,
  );
}

/** A list of words or phrases (a rule's terms, a context's terms). */
export function expectTerms(issues: Issues, v: unknown, path: string): void {
  expectArray(issues, v, path, { min: 1, max: LIMITS.terms }, (term, p) => {
    if (!expectString(issues, term, p, LIMITS.termLength)) return;
    // Terms match whole words: one with no letter or digit ("!!!", an emoji) never matches anything.
    if (tokenize(term as string).length === 0)
      issues.add(
        p,
        `"${term}" không có chữ cái hay chữ số nào nên không bao giờ khớp`,
        `"${term}" has no letter or digit, so it can never match`,
      );
  });
}

type Schema = Record<string, unknown>;
/** The fields a kind adds to RuleCommon. */
type OwnKey<K extends RuleKind> = Exclude<keyof Extract<RuleSpec, { kind: K }>, keyof RuleCommon | 'kind'>;

export interface KindSpec<K extends RuleKind> {
  /** One line for the schema's `kind` enum. */
  description: string;
  /** The JSON Schema of each field the kind adds: exactly the kind's own fields in types.ts. */
  fields: Record<OwnKey<K>, Schema>;
  required: readonly OwnKey<K>[];
  /** Checks the kind's own fields that are present (the common ones are validate-rule.ts's). */
  validate(issues: Issues, rule: Json, path: string): void;
}

const PATTERN_REFUSED =
  'Refused: backreferences, a repeated group containing a quantifier or "|", adjacent variable-length pieces that can match the same characters (\\d+\\d+), more than 1000 alternative paths, counts above 24, patterns that can match empty text, modifier groups, a lookaround inside a lookaround. Agency and user patterns run on a linear-time engine (at most 32 steps a character); built-in ones on RegExp with unbounded repeats bounded to 24.';

/** The JSON Schema of a frame slot; its keys are exactly FrameSlot's. */
const SLOT_FIELDS: Record<keyof FrameSlot, Schema> = {
  name: {
    type: 'string',
    minLength: 1,
    maxLength: LIMITS.slotName,
    description: 'The slot\'s name, e.g. "group".',
  },
  lexicons: {
    type: 'array',
    minItems: 1,
    maxItems: LIMITS.lexicons,
    items: { enum: [...LEXICONS.keys()] },
    description: 'Shared lexicons by id: any of their words fills the slot.',
  },
  terms: { $ref: '#/$defs/terms', description: "The frame's own words for this slot." },
  accents: { enum: [...ACCENT_MODES], default: 'fold', description: 'Accents of `terms`.' },
  shapes: {
    type: 'array',
    minItems: 1,
    items: { enum: [...SLOT_SHAPES] },
    description: 'Shapes of the text as typed: a personal name, a long number, a secret-looking value.',
  },
  optional: {
    type: 'boolean',
    default: false,
    description: 'The frame fires without this slot; when filled, its words are underlined with the hint.',
  },
};

/** One slot of a frame: a name, and at least one source of words (lexicons, terms or shapes). */
function expectSlot(issues: Issues, v: unknown, path: string): string | undefined {
  const slot = expectObject(issues, v, path, Object.keys(SLOT_FIELDS), ['name']);
  if (!slot) return undefined;
  if (!['lexicons', 'terms', 'shapes'].some((k) => k in slot)) {
    issues.add(
      path,
      'ô cần ít nhất một nguồn từ: "lexicons", "terms" hoặc "shapes"',
      'a slot needs at least one source of words: "lexicons", "terms" or "shapes"',
    );
  }
  if ('lexicons' in slot) {
    expectArray(issues, slot.lexicons, at(path, 'lexicons'), { min: 1, max: LIMITS.lexicons }, (id, p) => {
      if (!expectString(issues, id, p, 100) || LEXICONS.has(id as string)) return;
      issues.add(p, `không có bộ từ "${id}"`, `there is no lexicon "${id}"`);
    });
  }
  if ('terms' in slot) expectTerms(issues, slot.terms, at(path, 'terms'));
  if ('accents' in slot) expectEnum(issues, slot.accents, ACCENT_MODES, at(path, 'accents'));
  if ('shapes' in slot) {
    expectArray(issues, slot.shapes, at(path, 'shapes'), { min: 1, max: SLOT_SHAPES.length }, (x, p) =>
      expectEnum(issues, x, SLOT_SHAPES, p),
    );
  }
  if ('optional' in slot) expectType(issues, slot.optional, at(path, 'optional'), 'boolean');
  const nameOk = 'name' in slot && expectString(issues, slot.name, at(path, 'name'), LIMITS.slotName);
  return nameOk ? (slot.name as string) : undefined;
}

function validateFrame(issues: Issues, rule: Json, path: string): void {
  const names: string[] = [];
  if ('slots' in rule) {
    expectArray(issues, rule.slots, at(path, 'slots'), { min: 1, max: LIMITS.slots }, (slot, p) => {
      const name = expectSlot(issues, slot, p);
      if (name === undefined) return;
      if (names.includes(name))
        issues.add(at(p, 'name'), `tên ô "${name}" bị trùng`, `slot name "${name}" is used twice`);
      names.push(name);
    });
  }
  if ('main' in rule && expectString(issues, rule.main, at(path, 'main'), LIMITS.slotName)) {
    if (names.length && !names.includes(rule.main as string))
      issues.add(at(path, 'main'), `không có ô tên "${rule.main}"`, `no slot is named "${rule.main}"`);
  }
  if ('within' in rule) expectWithin(issues, rule.within, at(path, 'within'));
  if ('scope' in rule) expectEnum(issues, rule.scope, FRAME_SCOPES, at(path, 'scope'));
  if ('ordered' in rule) expectType(issues, rule.ordered, at(path, 'ordered'), 'boolean');
}

export const RULE_KIND_SPECS: { readonly [K in RuleKind]: KindSpec<K> } = {
  terms: {
    description: 'a list of words and phrases',
    fields: {
      terms: { $ref: '#/$defs/terms', description: 'kind "terms": the words and phrases.' },
      accents: {
        enum: [...ACCENT_MODES],
        default: 'fold',
        description:
          'kind "terms": fold diacritics ("bac ky" matches "bắc kỳ") or require exact tones (buổi/buồi).',
      },
    },
    required: ['terms'],
    validate(issues, rule, path) {
      if ('terms' in rule) expectTerms(issues, rule.terms, at(path, 'terms'));
      if ('accents' in rule) expectEnum(issues, rule.accents, ACCENT_MODES, at(path, 'accents'));
    },
  },
  pattern: {
    description: 'a safe regular expression',
    fields: {
      pattern: {
        type: 'string',
        minLength: 1,
        maxLength: LIMITS.pattern,
        description: `kind "pattern": RegExp source compiled with flags "giu". ${PATTERN_REFUSED}`,
      },
    },
    required: ['pattern'],
    validate(issues, rule, path) {
      if (!('pattern' in rule) || !expectType(issues, rule.pattern, at(path, 'pattern'), 'string')) return;
      const reason = checkPattern(rule.pattern as string);
      if (reason) issues.add(at(path, 'pattern'), reason.vi, reason.en);
    },
  },
  frame: {
    description:
      'named slots filled by shared lexicons, its own words or shapes of the text, within one sentence',
    fields: {
      slots: {
        type: 'array',
        minItems: 1,
        maxItems: LIMITS.slots,
        items: { type: 'object', additionalProperties: false, required: ['name'], properties: SLOT_FIELDS },
        description: 'kind "frame": the slots; each one not optional must be filled near the main slot.',
      },
      main: {
        type: 'string',
        description: 'kind "frame": the slot whose words are the hint\'s span. Default: the first slot.',
      },
      within: {
        type: 'integer',
        minimum: LIMITS.withinMin,
        maximum: LIMITS.withinMax,
        default: FRAME_DEFAULTS.within,
        description: 'kind "frame": most words between the main slot and each other slot.',
      },
      scope: {
        enum: [...FRAME_SCOPES],
        default: FRAME_DEFAULTS.scope,
        description: 'kind "frame": where all slots must stand, one clause or one sentence.',
      },
      ordered: {
        type: 'boolean',
        default: false,
        description: 'kind "frame": the slots must appear in the order listed.',
      },
    },
    required: ['slots'],
    validate: validateFrame,
  },
};

export const RULE_KINDS = Object.keys(RULE_KIND_SPECS) as RuleKind[];

/** A KindSpec seen without its kind: what the validator and the schema need. */
export interface AnyKindSpec {
  fields: Record<string, Schema>;
  required: readonly string[];
  validate(issues: Issues, rule: Json, path: string): void;
}

/** The spec of one kind, or every spec when the kind is unknown (so each field is still checked). */
export function kindSpecsFor(kind: unknown): readonly AnyKindSpec[] {
  const specs: Record<string, AnyKindSpec> = RULE_KIND_SPECS;
  const one = typeof kind === 'string' && Object.hasOwn(specs, kind) ? specs[kind] : undefined;
  return one ? [one] : Object.values(specs);
}
