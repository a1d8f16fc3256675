import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/checker';
import { CLAUSES } from '../../rules/clauses';
import { parseExample } from '../../rules/examples';
import {
  formatValidationError,
  MAX_RULES,
  parseRuleset,
  RULE_KINDS,
  type ValidationResult,
  validateRuleset,
} from '../../rules/ruleset';
import schema from '../../rules/ruleset.schema.json';
import { rulesetSchema } from '../../rules/ruleset-schema';
import { CATEGORIES, PROFILES, RULE_CATEGORIES, type RuleSpec, SEVERITIES } from '../../rules/types';
import { pinnedRulesetPolicy } from '../../scripts/schema';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const rule = (extra: Record<string, unknown> = {}) => ({
  id: 'test-rule',
  kind: 'terms',
  category: 'insult',
  severity: 'medium',
  clause: '4.6',
  message: { vi: 'Lời lẽ xúc phạm', en: 'Insulting words' },
  terms: ['đồ tồi'],
  ...extra,
});

const frame = (extra: Record<string, unknown> = {}) => ({
  id: 'test-frame',
  kind: 'frame',
  category: 'regional',
  severity: 'high',
  clause: '4.5',
  message: { vi: 'Quy chụp cả một vùng', en: 'A sweeping claim about a region' },
  main: 'trait',
  slots: [
    { name: 'group', terms: ['dân làng a'] },
    { name: 'trait', terms: ['lười'], accents: 'exact' },
    { name: 'number', shapes: ['number'], optional: true },
  ],
  ...extra,
});

const errorsOf = (r: ValidationResult) => (r.ok ? [] : r.errors);
const paths = (r: ValidationResult) => errorsOf(r).map((e) => e.path);

describe('validateRuleset: valid input', () => {
  it('accepts a minimal ruleset and returns it', () => {
    const input = { name: 'Tối thiểu' };
    expect(validateRuleset(input)).toEqual({ ok: true, ruleset: input });
  });

  it('accepts every optional field of a rule', () => {
    const full = rule({
      suggestion: { vi: 'Nói về việc làm.', en: 'Talk about the act.' },
      replace: [{ vi: 'người kém', en: 'a poor person' }],
      lang: 'any',
      profiles: ['citizen', 'civil-servant'],
      accents: 'exact',
      near: { terms: ['mày'], within: 3, side: 'before', extend: true },
      unless: [{ terms: ['đừng gọi'], within: 20, side: 'both' }],
      unlessOfficialLink: false,
      examples: { flag: ['mày là [đồ tồi]', 'đồ tồi \\[sic\\]'], allow: ['không ai là đồ tồi cả'] },
    });
    expect(validateRuleset({ $schema: 'x.json', name: 'Đủ', version: '1', rules: [full] }).ok).toBe(true);
  });

  it('accepts a frame rule with every frame field', () => {
    const full = frame({ within: 8, scope: 'clause', ordered: true });
    expect(errorsOf(validateRuleset({ name: 'Khung', rules: [full] }))).toEqual([]);
  });
});

describe('validateRuleset: every error, with its path', () => {
  // [why, ruleset, expected path]
  const cases: [string, unknown, string][] = [
    ['not an object', [], ''],
    ['missing name', { rules: [] }, 'name'],
    ['blank name', { name: '  ' }, 'name'],
    ['unknown top-level key', { name: 'x', colour: 1 }, 'colour'],
    ['rules not an array', { name: 'x', rules: {} }, 'rules'],
    ['rule not an object', { name: 'x', rules: ['a'] }, 'rules[0]'],
    ['unknown rule key', { name: 'x', rules: [rule({ colour: 1 })] }, 'rules[0].colour'],
    ['id not kebab-case', { name: 'x', rules: [rule({ id: 'Test_Rule' })] }, 'rules[0].id'],
    ['id with a trailing hyphen', { name: 'x', rules: [rule({ id: 'test-' })] }, 'rules[0].id'],
    ['missing kind', { name: 'x', rules: [rule({ kind: undefined })] }, 'rules[0].kind'],
    ['unknown kind', { name: 'x', rules: [rule({ kind: 'regex' })] }, 'rules[0].kind'],
    ['unknown category', { name: 'x', rules: [rule({ category: 'spam' })] }, 'rules[0].category'],
    ['unknown severity', { name: 'x', rules: [rule({ severity: 'critical' })] }, 'rules[0].severity'],
    ['unknown clause', { name: 'x', rules: [rule({ clause: '4.9' })] }, 'rules[0].clause'],
    [
      'message not bilingual',
      { name: 'x', rules: [rule({ message: { vi: 'chỉ tiếng Việt' } })] },
      'rules[0].message.en',
    ],
    [
      'empty message text',
      { name: 'x', rules: [rule({ message: { vi: '', en: 'x' } })] },
      'rules[0].message.vi',
    ],
    [
      'suggestion with extra key',
      { name: 'x', rules: [rule({ suggestion: { vi: 'a', en: 'b', fr: 'c' } })] },
      'rules[0].suggestion.fr',
    ],
    [
      'replace not an array',
      { name: 'x', rules: [rule({ replace: { vi: 'a', en: 'b' } })] },
      'rules[0].replace',
    ],
    ['empty replace', { name: 'x', rules: [rule({ replace: [] })] }, 'rules[0].replace'],
    [
      'replacement without English',
      { name: 'x', rules: [rule({ replace: [{ vi: 'bạn' }] })] },
      'rules[0].replace[0].en',
    ],
    [
      'replacement too long',
      { name: 'x', rules: [rule({ replace: [{ vi: 'a'.repeat(101), en: 'b' }] })] },
      'rules[0].replace[0].vi',
    ],
    ['unknown lang', { name: 'x', rules: [rule({ lang: 'fr' })] }, 'rules[0].lang'],
    [
      'unknown profile',
      { name: 'x', rules: [rule({ profiles: ['citizen', 'mayor'] })] },
      'rules[0].profiles[1]',
    ],
    ['terms rule without terms', { name: 'x', rules: [rule({ terms: undefined })] }, 'rules[0].terms'],
    ['empty terms', { name: 'x', rules: [rule({ terms: [] })] }, 'rules[0].terms'],
    ['blank term', { name: 'x', rules: [rule({ terms: ['ok', ' '] })] }, 'rules[0].terms[1]'],
    ['term not a string', { name: 'x', rules: [rule({ terms: [42] })] }, 'rules[0].terms[0]'],
    ['term too long', { name: 'x', rules: [rule({ terms: ['a'.repeat(101)] })] }, 'rules[0].terms[0]'],
    ['too many terms', { name: 'x', rules: [rule({ terms: Array(5001).fill('a') })] }, 'rules[0].terms'],
    ['unknown accents', { name: 'x', rules: [rule({ accents: 'strict' })] }, 'rules[0].accents'],
    ['pattern key on a terms rule', { name: 'x', rules: [rule({ pattern: 'a' })] }, 'rules[0].pattern'],
    [
      'terms key on a pattern rule',
      { name: 'x', rules: [rule({ kind: 'pattern', pattern: 'ab' })] },
      'rules[0].terms',
    ],
    [
      'pattern rule without pattern',
      { name: 'x', rules: [rule({ kind: 'pattern', terms: undefined })] },
      'rules[0].pattern',
    ],
    [
      'unsafe pattern',
      { name: 'x', rules: [rule({ kind: 'pattern', terms: undefined, pattern: '(a+)+' })] },
      'rules[0].pattern',
    ],
    ['frame without slots', { name: 'x', rules: [frame({ slots: undefined })] }, 'rules[0].slots'],
    ['terms key on a frame rule', { name: 'x', rules: [frame({ terms: ['a'] })] }, 'rules[0].terms'],
    [
      'slot with no source of words',
      { name: 'x', rules: [frame({ slots: [{ name: 'trait' }] })] },
      'rules[0].slots[0]',
    ],
    [
      'slot naming an unknown lexicon',
      { name: 'x', rules: [frame({ slots: [{ name: 'trait', lexicons: ['no.such'] }] })] },
      'rules[0].slots[0].lexicons[0]',
    ],
    [
      'unknown slot shape',
      { name: 'x', rules: [frame({ slots: [{ name: 'trait', shapes: ['email'] }] })] },
      'rules[0].slots[0].shapes[0]',
    ],
    [
      'two slots with one name',
      {
        name: 'x',
        rules: [
          frame({
            slots: [
              { name: 'trait', terms: ['a'] },
              { name: 'trait', terms: ['b'] },
            ],
          }),
        ],
      },
      'rules[0].slots[1].name',
    ],
    ['main naming no slot', { name: 'x', rules: [frame({ main: 'group2' })] }, 'rules[0].main'],
    ['frame within 0', { name: 'x', rules: [frame({ within: 0 })] }, 'rules[0].within'],
    ['unknown frame scope', { name: 'x', rules: [frame({ scope: 'paragraph' })] }, 'rules[0].scope'],
    ['near without terms', { name: 'x', rules: [rule({ near: { within: 2 } })] }, 'rules[0].near.terms'],
    [
      'near within 0',
      { name: 'x', rules: [rule({ near: { terms: ['a'], within: 0 } })] },
      'rules[0].near.within',
    ],
    [
      'near within 21',
      { name: 'x', rules: [rule({ near: { terms: ['a'], within: 21 } })] },
      'rules[0].near.within',
    ],
    [
      'near within not whole',
      { name: 'x', rules: [rule({ near: { terms: ['a'], within: 2.5 } })] },
      'rules[0].near.within',
    ],
    [
      'unknown side',
      { name: 'x', rules: [rule({ near: { terms: ['a'], side: 'left' } })] },
      'rules[0].near.side',
    ],
    [
      'extend not boolean',
      { name: 'x', rules: [rule({ near: { terms: ['a'], extend: 'yes' } })] },
      'rules[0].near.extend',
    ],
    ['unless not an array', { name: 'x', rules: [rule({ unless: { terms: ['a'] } })] }, 'rules[0].unless'],
    [
      'extend is only for near',
      { name: 'x', rules: [rule({ unless: [{ terms: ['a'], extend: true }] })] },
      'rules[0].unless[0].extend',
    ],
    [
      'unless with empty terms',
      { name: 'x', rules: [rule({ unless: [{ terms: [] }] })] },
      'rules[0].unless[0].terms',
    ],
    [
      'unlessOfficialLink not boolean',
      { name: 'x', rules: [rule({ unlessOfficialLink: 1 })] },
      'rules[0].unlessOfficialLink',
    ],
    [
      'examples missing allow',
      { name: 'x', rules: [rule({ examples: { flag: ['a'] } })] },
      'rules[0].examples.allow',
    ],
    [
      'flag example with a mark never closed',
      { name: 'x', rules: [rule({ examples: { flag: ['mày là [đồ tồi'], allow: [] } })] },
      'rules[0].examples.flag[0]',
    ],
    [
      'flag example with an empty mark',
      { name: 'x', rules: [rule({ examples: { flag: ['mày là [] đồ tồi'], allow: [] } })] },
      'rules[0].examples.flag[0]',
    ],
    [
      'example not a string',
      { name: 'x', rules: [rule({ examples: { flag: [1], allow: [] } })] },
      'rules[0].examples.flag[0]',
    ],
    ['disable not an array', { name: 'x', disable: 'vulgar' }, 'disable'],
    ['disable entry not an id', { name: 'x', disable: ['ok-id', 'Not An Id'] }, 'disable[1]'],
    ['unknown locked category', { name: 'x', lockCategories: ['privacy', 'spam'] }, 'lockCategories[1]'],
    ['domain with scheme', { name: 'x', officialDomains: ['https://moh.gov.vn'] }, 'officialDomains[0]'],
    ['domain with one label', { name: 'x', officialDomains: ['gov.vn', 'localhost'] }, 'officialDomains[1]'],
    ['domain in capitals', { name: 'x', officialDomains: ['MOH.gov.vn'] }, 'officialDomains[0]'],
    [
      'domain label starting with hyphen',
      { name: 'x', officialDomains: ['-bad.gov.vn'] },
      'officialDomains[0]',
    ],
  ];

  it.each(cases)('%s', (_why, input, path) => {
    const result = validateRuleset(input);
    expect(result.ok).toBe(false);
    expect(paths(result)).toContain(path);
    for (const e of errorsOf(result)) {
      expect(e.message.vi.trim()).not.toBe('');
      expect(e.message.en.trim()).not.toBe('');
    }
  });

  it('reports a duplicate rule id at the second rule', () => {
    const result = validateRuleset({ name: 'x', rules: [rule(), rule({ terms: ['khác'] })] });
    expect(paths(result)).toEqual(['rules[1].id']);
    expect(errorsOf(result)[0]?.message.en).toMatch(/"test-rule" is used twice/);
  });

  it('caps the number of rules', () => {
    const rules = Array.from({ length: MAX_RULES + 1 }, (_, i) => rule({ id: `r-${i}` }));
    expect(paths(validateRuleset({ name: 'x', rules }))).toEqual(['rules']);
    expect(validateRuleset({ name: 'x', rules: rules.slice(0, MAX_RULES) }).ok).toBe(true);
  });

  it('reports several errors at once, not just the first', () => {
    const result = validateRuleset({
      name: '',
      extra: true,
      rules: [rule({ id: 'BAD', severity: 'x' }), rule({ id: 'two', terms: [''] })],
      officialDomains: ['nope'],
    });
    expect(paths(result).sort()).toEqual(
      ['name', 'extra', 'rules[0].id', 'rules[0].severity', 'rules[1].terms[0]', 'officialDomains[0]'].sort(),
    );
  });

  it('quotes keys that are not identifiers in the path', () => {
    expect(paths(validateRuleset({ name: 'x', 'my key': 1 }))).toEqual(['["my key"]']);
  });
});

describe('layers', () => {
  const locked = { name: 'x', lockCategories: ['privacy'] };

  it('an agency ruleset may lock categories', () => {
    expect(validateRuleset(locked, { layer: 'agency' }).ok).toBe(true);
  });

  it('a user ruleset may not lock categories', () => {
    const result = validateRuleset(locked, { layer: 'user' });
    expect(paths(result)).toEqual(['lockCategories']);
    expect(errorsOf(result)[0]?.message.en).toMatch(/only an agency/);
  });

  it('without a layer, lockCategories is checked but allowed', () => {
    expect(validateRuleset(locked).ok).toBe(true);
  });
});

describe('parseRuleset', () => {
  it('reports a JSON syntax error at the root, in both languages', () => {
    const result = parseRuleset('{"name": "x",}');
    expect(paths(result)).toEqual(['']);
    expect(errorsOf(result)[0]?.message.vi).toMatch(/^Không đọc được JSON/);
    expect(errorsOf(result)[0]?.message.en).toMatch(/^Not valid JSON/);
  });

  it('validates parsed JSON with the layer option', () => {
    expect(parseRuleset('{"name": "x"}').ok).toBe(true);
    expect(paths(parseRuleset('{"name": "x", "lockCategories": []}', { layer: 'user' }))).toEqual([
      'lockCategories',
    ]);
  });

  it('formats an error as one line, root included', () => {
    const [e] = errorsOf(parseRuleset('nope'));
    expect(e && formatValidationError(e, 'en')).toMatch(/^\(root\): Not valid JSON/);
    expect(e && formatValidationError(e, 'vi')).toMatch(/^\(gốc\): Không đọc được JSON/);
  });
});

describe('JSON schema for editors', () => {
  const defs = schema.$defs;
  it('lists the same categories, severities, kinds, profiles and clauses as the engine', () => {
    expect(defs.category.enum).toEqual([...CATEGORIES]);
    expect(defs.ruleCategory.enum).toEqual([...RULE_CATEGORIES]);
    expect(defs.severity.enum).toEqual([...SEVERITIES]);
    expect(defs.kind.enum).toEqual([...RULE_KINDS]);
    expect(defs.profile.enum).toEqual([...PROFILES]);
    expect(defs.clause.enum).toEqual(CLAUSES.map((c) => c.id));
  });

  it('is the file scripts/schema.ts writes from the engine (regenerate it after changing a rule field)', () => {
    expect(schema).toEqual(rulesetSchema());
  });

  it("is the PinnedRuleset policy of public/managed_schema.json, in Chrome's subset of JSON Schema", () => {
    const managed = JSON.parse(read('public/managed_schema.json'));
    const pinned = managed.properties.PinnedRuleset;
    expect(pinned).toEqual(pinnedRulesetPolicy(managed));
    // Every field of every kind is known to it, with its type, and no enum lets Chromium drop the key.
    expect(Object.keys(pinned.properties.rules.items.properties)).toEqual(
      Object.keys(schema.$defs.rule.properties),
    );
    expect(JSON.stringify(pinned)).not.toContain('"enum"');
  });

  it('is draft 2020-12 and requires a name', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['name']);
  });
});

describe('documented examples', () => {
  const agencyText = read('docs/examples/agency-ruleset.json');

  it('the agency example validates as an agency ruleset', () => {
    expect(errorsOf(parseRuleset(agencyText, { layer: 'agency' }))).toEqual([]);
  });

  it('the example in docs/ruleset-format.md is the same as docs/examples/agency-ruleset.json', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(read('docs/ruleset-format.md'))?.[1];
    expect(block && JSON.parse(block)).toEqual(JSON.parse(agencyText));
  });

  it("the agency example's rules flag their flag examples and spare their allow examples", () => {
    const agency = JSON.parse(agencyText);
    const builtin: RuleSpec[] = [
      { ...rule({ id: 'vulgar-intensifier', category: 'vulgar', terms: ['vãi chưởng'] }) } as RuleSpec,
    ];
    const checker = createChecker(builtin, { profile: 'civil-servant', agency });
    expect(checker.rules.map((r) => r.id)).not.toContain('vulgar-intensifier');
    expect(checker.lockedCategories).toEqual(['privacy', 'confidential']);
    for (const r of agency.rules as RuleSpec[]) {
      for (const marked of r.examples?.flag ?? []) {
        const ex = parseExample(marked);
        if (!ex.ok) throw new Error(`malformed example ${marked}`);
        const hits = checker.check(ex.text).filter((f) => f.ruleId === r.id);
        expect(hits.map((f) => f.pinned)).toContain(true);
        expect(hits.map((f) => ({ start: f.start, end: f.end }))).toEqual(ex.spans);
      }
      for (const text of r.examples?.allow ?? []) expect(checker.check(text)).toEqual([]);
    }
  });

  it('the broken example reports every expected path', () => {
    const result = parseRuleset(read('docs/examples/broken-ruleset.json'), { layer: 'agency' });
    const expected = [
      'colour',
      'name',
      'rules[0].id',
      'rules[0].category',
      'rules[0].severity',
      'rules[0].clause',
      'rules[0].message.en',
      'rules[0].terms',
      'rules[1].pattern',
      'rules[2].id',
      'rules[2].pattern',
      'rules[2].terms[1]',
      'rules[2].accents',
      'rules[2].near.within',
      'rules[2].unless[0].terms',
      'disable[0]',
      'lockCategories[1]',
      'officialDomains[0]',
      'officialDomains[1]',
    ];
    expect(paths(result).sort()).toEqual(expected.sort());
  });
});
