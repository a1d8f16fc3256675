import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/checker';
import { mergeLayers } from '../../rules/merge';
import type { RuleSpec, Ruleset } from '../../rules/types';
import { termsRule } from '../fixtures/rules';

const BUILTIN: RuleSpec[] = [
  termsRule('insult-a', 'insult', 'medium', ['đồ tồi']),
  termsRule('vulgar-b', 'vulgar', 'low', ['vãi']),
  termsRule('regional-c', 'regional', 'high', ['parky']),
];
const AGENCY: Ruleset = {
  name: 'Sở X',
  rules: [termsRule('confidential-x', 'confidential', 'high', ['dự thảo nội bộ'])],
  disable: ['vulgar-b'],
  lockCategories: ['insult'],
  officialDomains: ['so-x.gov.vn'],
};
const USER: Ruleset = {
  name: 'Của tôi',
  rules: [
    termsRule('insult-mine', 'insult', 'low', ['đồ lười']),
    termsRule('confidential-x', 'confidential', 'low', ['khác']),
  ],
  disable: ['insult-a', 'confidential-x', 'regional-c'],
};
const ids = (o: Parameters<typeof mergeLayers>[1]) =>
  mergeLayers(BUILTIN, o).rules.map((r) => `${r.id}:${r.source}`);

describe('merge order: built-in profile → agency → user', () => {
  it('with no layers, every built-in rule of the profile is in force', () =>
    expect(ids({})).toEqual(['insult-a:builtin', 'vulgar-b:builtin', 'regional-c:builtin']));
  it('the agency adds pinned rules and disables built-in ones', () => {
    const m = mergeLayers(BUILTIN, { agency: AGENCY });
    expect(m.rules.map((r) => r.id)).toEqual(['insult-a', 'regional-c', 'confidential-x']);
    expect(m.rules.find((r) => r.id === 'confidential-x')?.pinned).toBe(true);
    expect(m.lockedCategories).toEqual(['insult']);
    expect(m.officialDomains).toContain('so-x.gov.vn');
  });
  it('the user cannot disable a locked category nor a pinned rule, but can disable the rest', () =>
    expect(ids({ agency: AGENCY, user: USER })).toEqual([
      'insult-a:builtin',
      'confidential-x:agency',
      'insult-mine:user',
    ]));
  it('user category switches respect locks and pins', () =>
    expect(ids({ agency: AGENCY, disabledCategories: ['insult', 'confidential', 'regional'] })).toEqual([
      'insult-a:builtin',
      'confidential-x:agency',
    ]));
  it('a user rule never replaces an agency rule with the same id', () => {
    const m = mergeLayers(BUILTIN, { agency: AGENCY, user: USER });
    expect(m.rules.filter((r) => r.id === 'confidential-x')).toHaveLength(1);
    expect(m.rules.find((r) => r.id === 'confidential-x')?.source).toBe('agency');
  });
  it('sensitivity hides low-severity rules but not pinned ones', () => {
    expect(ids({ minSeverity: 'medium' })).toEqual(['insult-a:builtin', 'regional-c:builtin']);
    const lowPinned: Ruleset = {
      name: 'A',
      rules: [{ ...(AGENCY.rules?.[0] as RuleSpec), severity: 'low' }],
    };
    expect(ids({ minSeverity: 'high', agency: lowPinned })).toEqual([
      'regional-c:builtin',
      'confidential-x:agency',
    ]);
  });
});

describe('allow-list', () => {
  it('drops the allow-listed words from user-switchable rules', () => {
    const c = createChecker(BUILTIN, { allowList: ['Đồ Tồi'] });
    expect(c.check('anh là đồ tồi, parky').map((f) => f.ruleId)).toEqual(['regional-c']);
  });
  it('never applies to pinned agency rules', () => {
    const c = createChecker(BUILTIN, { agency: AGENCY, allowList: ['dự thảo nội bộ'] });
    const [f] = c.check('gửi dự thảo nội bộ');
    expect(f).toMatchObject({ ruleId: 'confidential-x', pinned: true, source: 'agency' });
  });
});

describe('allow-list covers what is inside the allowed phrase', () => {
  it('an allowed phrase also hides a shorter term within it', () => {
    const rules: RuleSpec[] = [termsRule('insult-x', 'insult', 'medium', ['ngu', 'ngu như bò'])];
    expect(createChecker(rules, { allowList: ['ngu như bò'] }).check('đúng là ngu như bò')).toEqual([]);
    expect(
      createChecker(rules, { allowList: ['ngu như bò'] })
        .check('ngu thật')
        .map((f) => f.ruleId),
    ).toEqual(['insult-x']);
  });
});

describe('allow-list and exact-accent rules', () => {
  const rules: RuleSpec[] = [termsRule('vulgar-x', 'vulgar', 'medium', ['cặc'], { accents: 'exact' })];
  it('allowing the harmless spelling ("các") keeps the exact-accent word flagged', () =>
    expect(
      createChecker(rules, { allowList: ['các'] })
        .check('cái cặc')
        .map((f) => f.ruleId),
    ).toEqual(['vulgar-x']));
  it('allowing the word itself, with its accents, hides it', () =>
    expect(createChecker(rules, { allowList: ['cặc'] }).check('cái cặc')).toEqual([]));
});

describe('agency lock and disable on the same category', () => {
  it('the lock wins: the category stays on, as the popup shows it; single rule ids can still be disabled', () => {
    const agency: Ruleset = {
      name: 'A',
      lockCategories: ['regional', 'insult'],
      disable: ['regional', 'insult-a'],
    };
    expect(ids({ agency })).toEqual(['vulgar-b:builtin', 'regional-c:builtin']);
  });
});
