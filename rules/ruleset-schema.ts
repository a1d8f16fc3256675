// The JSON Schema of the ruleset format, for editors, built from the engine's own lists: the
// categories, severities, profiles, clauses, limits and the table of rule kinds. `npx tsx
// scripts/schema.ts` writes it to rules/ruleset.schema.json; a test fails when that file differs.
// The extension and the CLI validate with rules/ruleset.ts, which reports every error in both languages.
import { CLAUSES } from './clauses';
import { ACCENT_MODES, LIMITS, RULE_KIND_SPECS, RULE_KINDS } from './rule-kinds';
import { MAX_RULES } from './ruleset';
import { CATEGORIES, PROFILES, RULE_CATEGORIES, type RuleCommon, SEVERITIES } from './types';
import { COMMON_FIELDS, CONTEXT_SIDES, ID_PATTERN, RULE_LANGS } from './validate-rule';

type Schema = Record<string, unknown>;

const ref = (name: string, description?: string): Schema => ({
  $ref: `#/$defs/${name}`,
  ...(description ? { description } : {}),
});
const nonEmpty = { type: 'string', minLength: 1, pattern: '\\S' } as const;
const ID = { type: 'string', pattern: ID_PATTERN.source, maxLength: 100 } as const;
const HOSTNAME = '^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$';
const within = { type: 'integer', minimum: LIMITS.withinMin, maximum: LIMITS.withinMax, default: 4 };
const list = (items: Schema, maxItems: number, more: Schema = {}): Schema => ({
  type: 'array',
  maxItems,
  items,
  ...more,
});
const exampleList = (description: string) => list({ ...nonEmpty }, LIMITS.examples, { description });

/** The schema of each common field; its keys are exactly RuleCommon's plus `kind`. */
const COMMON: Record<keyof RuleCommon | 'kind', Schema> = {
  id: {
    ...ID,
    description: 'Stable kebab-case id, unique across all rulesets in force, e.g. "edu-exam-leak".',
  },
  kind: ref('kind'),
  category: ref('ruleCategory'),
  severity: ref('severity'),
  clause: ref('clause'),
  message: ref('localText', 'Why the text was underlined, in both languages.'),
  suggestion: ref('localText', 'Advice shown with the hint: what to write instead, in prose.'),
  replace: list(ref('replacement'), LIMITS.replace, {
    minItems: 1,
    description:
      'Wordings the card offers to put in place of the underlined text, best first. The one in the text\'s language is inserted: "vi" in a Vietnamese text, "en" in an English one (for a rule with lang "vi", "en" is the English meaning of the Vietnamese wording).',
  }),
  lang: {
    enum: [...RULE_LANGS],
    default: 'vi',
    description: 'Which text language the rule applies to.',
  },
  profiles: list(ref('profile'), PROFILES.length, {
    minItems: 1,
    description: 'Profiles the rule belongs to. Default: every profile.',
  }),
  near: {
    type: 'object',
    additionalProperties: false,
    required: ['terms'],
    properties: {
      terms: ref('terms'),
      within,
      side: { enum: [...CONTEXT_SIDES], default: 'both' },
      accents: { enum: [...ACCENT_MODES], default: 'fold' },
      extend: {
        type: 'boolean',
        default: false,
        description: 'Underline the context term together with the hit.',
      },
    },
    description: 'The hit counts only if one of these terms is near it (e.g. a pronoun aimed at a person).',
  },
  unless: list(ref('context'), 50, {
    description:
      'The hit is dropped when any of these contexts is present (counter-speech, negation, quoting).',
  }),
  unlessOfficialLink: {
    type: 'boolean',
    description: 'Drop the hit when the text links to an official or licensed-press source.',
  },
  once: {
    type: 'boolean',
    description: 'Report only the first hit of this rule in a text (a reminder, not a list).',
  },
  ambiguous: {
    type: 'boolean',
    description:
      'Its words are often innocent: a hit stays only when the on-device model also finds the words around it offensive. Never applies to agency rules.',
  },
  examples: {
    type: 'object',
    additionalProperties: false,
    required: ['flag', 'allow'],
    properties: {
      flag: exampleList(
        'Texts the rule must flag. Brackets may mark what it underlines, "thằng này [ngu] thật"; a backslash makes the next character literal ("\\\\[1\\\\]").',
      ),
      allow: exampleList('Texts the rule must leave alone (plain text).'),
    },
  },
};

const kindNames = RULE_KINDS.map((k) => `${k}: ${RULE_KIND_SPECS[k].description}`).join(' · ');
const KIND_FIELDS: Record<string, Schema> = Object.assign(
  {},
  ...RULE_KINDS.map((k) => RULE_KIND_SPECS[k].fields),
);

/** Per kind: its required fields, and the other kinds' fields refused. */
const kindBranches = RULE_KINDS.map((kind) => {
  const own = Object.keys(RULE_KIND_SPECS[kind].fields);
  const others = Object.keys(KIND_FIELDS).filter((f) => !own.includes(f));
  return {
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    // biome-ignore lint/suspicious/noThenProperty: `then` is JSON Schema's keyword, not a promise.
    then: {
      required: [...RULE_KIND_SPECS[kind].required],
      properties: Object.fromEntries(others.map((f) => [f, false])),
    },
  };
});

const localText = (vi: string, en: string, description: string): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['vi', 'en'],
  properties: { vi: { ...nonEmpty, description: vi }, en: { ...nonEmpty, description: en } },
  description,
});

export function rulesetSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Ứng Xử ruleset',
    description:
      "Rules added, disabled or locked by an agency policy or a user's import (Ứng Xử, Decision 874/QĐ-BTTTT). The extension re-checks every file with the same rules as `ungxu ruleset validate`; this schema is for editors. See docs/ruleset-format.md.",
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      $schema: { type: 'string', description: 'Path or URL of this schema, for editors.' },
      name: {
        ...nonEmpty,
        maxLength: 200,
        description: 'Human-readable name shown in the popup, e.g. "Sở Giáo dục và Đào tạo — bộ quy tắc".',
      },
      version: { type: 'string', description: 'Free-form version of the ruleset, e.g. "2025-03-01".' },
      rules: list(ref('rule'), MAX_RULES, {
        description:
          'Rules added by this ruleset. In the agency layer they are pinned: the user cannot ignore them or allow-list their words.',
      }),
      disable: list(ID, 10000, {
        description:
          'Built-in rule ids or categories switched off by this ruleset, e.g. "vulgar-intensifier" or "unverified".',
      }),
      lockCategories: list(ref('category'), CATEGORIES.length, {
        uniqueItems: true,
        description:
          "Categories the user cannot switch off. Allowed only in the agency layer (an error in a user's import).",
      }),
      officialDomains: list({ type: 'string', maxLength: 253, pattern: HOSTNAME }, 1000, {
        description:
          'Extra official or licensed-press host names; suffix match ("gov.vn" covers "moh.gov.vn"). Host only, lowercase, no scheme or path.',
      }),
    },
    $defs: {
      category: {
        enum: [...CATEGORIES],
        description: `One of the ${CATEGORIES.length} categories of the Code (stable ids).`,
      },
      ruleCategory: {
        enum: [...RULE_CATEGORIES],
        description:
          'A category of the Code, or guidance: agency-topic (Điều 5.3), official-source (Điều 6.3).',
      },
      severity: {
        enum: [...SEVERITIES],
        description:
          'high: hate, violence, discrimination, secrets · medium · low: mild style · info: guidance (calm, never hidden by sensitivity).',
      },
      profile: {
        enum: [...PROFILES],
        description: 'citizen (Điều 4) · civil-servant (Điều 4 + 5) · agency-page (Điều 4 + 6).',
      },
      kind: { enum: [...RULE_KINDS], description: `${kindNames}.` },
      clause: {
        enum: CLAUSES.map((c) => c.id),
        description: 'The point of Decision 874/QĐ-BTTTT the rule enforces, "<article>.<point>".',
      },
      localText: localText(
        'Vietnamese (shown first).',
        'English.',
        'A user-facing text in Vietnamese and English.',
      ),
      replacement: localText(
        'The wording inserted in a Vietnamese text.',
        'The wording inserted in an English text.',
        'One replacement wording, for each text language.',
      ),
      terms: {
        type: 'array',
        minItems: 1,
        maxItems: LIMITS.terms,
        items: {
          ...nonEmpty,
          maxLength: LIMITS.termLength,
          description:
            'A word or phrase, matched on whole syllables after normalisation (case, diacritics, teencode, obfuscation). Vietnamese: "bắc kỳ".',
        },
      },
      context: {
        type: 'object',
        additionalProperties: false,
        required: ['terms'],
        properties: {
          terms: ref('terms', 'Context words; they go through the same normaliser as the text.'),
          within: {
            ...within,
            description: 'Distance in words (syllables) between the hit and the context term.',
          },
          side: {
            enum: [...CONTEXT_SIDES],
            default: 'both',
            description: 'Where the context term must stand relative to the hit.',
          },
          accents: {
            enum: [...ACCENT_MODES],
            default: 'fold',
            description: "'exact': the context terms must match with their accents (mày is not máy).",
          },
        },
      },
      rule: {
        type: 'object',
        required: Object.keys(COMMON_FIELDS).filter((k) => COMMON_FIELDS[k as keyof typeof COMMON_FIELDS]),
        properties: { ...COMMON, ...KIND_FIELDS },
        allOf: kindBranches,
        unevaluatedProperties: false,
      },
    },
  };
}
