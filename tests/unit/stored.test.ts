// Whatever storage holds (another version's shape, a sync conflict, a hand edit), reading it gives a
// valid value per key: a bad key falls back on its own, the others keep the user's choices.
import { describe, expect, it } from 'vitest';
import { migratePrefsV2 } from '../../settings/prefs';
import { cleanAllowList, cleanPolicyState, cleanStats, cleanUserRuleset } from '../../settings/stored';
import { NO_POLICY } from '../../settings/types';

const ruleset = {
  name: 'Của tôi',
  rules: [
    {
      id: 'my-word',
      kind: 'terms',
      category: 'insult',
      severity: 'low',
      clause: '4.6',
      terms: ['từ riêng'],
      message: { vi: 'Từ tôi muốn tránh', en: 'A word I avoid' },
    },
  ],
};

describe('stored values are checked per key', () => {
  it('an allow-list stored as an object reads as empty; non-strings in a list are dropped', () => {
    expect(cleanAllowList({ 0: 'ngu' })).toEqual([]);
    expect(cleanAllowList(['ngu', 3, null, { w: 1 }, ' ', 'bắc kỳ'])).toEqual(['ngu', 'bắc kỳ']);
  });

  it('an imported ruleset that no longer validates reads as none (the extension keeps working)', () => {
    expect(cleanUserRuleset(ruleset)).toEqual(ruleset);
    expect(cleanUserRuleset({ ...ruleset, rules: [{ ...ruleset.rules[0], terms: [42] }] })).toBeNull();
    expect(cleanUserRuleset('oops')).toBeNull();
  });

  it('statistics keep well-formed days and counts only', () => {
    expect(
      cleanStats({
        '2026-01-10': { hints: { regional: 3, vulgar: 'x' }, nudges: { sent: 1 } },
        yesterday: { hints: {}, nudges: {} },
        '2026-01-11': 'broken',
      }),
    ).toEqual({ '2026-01-10': { hints: { regional: 3 }, nudges: { sent: 1 } } });
  });

  it('a policy state of the wrong shape reads as no policy; good fields survive a bad one', () => {
    expect(cleanPolicyState([])).toEqual(NO_POLICY);
    const s = cleanPolicyState({
      present: true,
      policy: { agencyName: 'Sở A', allowPause: 'no', lockedCategories: ['privacy'] },
      errors: [{ path: 'X', message: { vi: 'a', en: 'b' } }, 'junk'],
    });
    expect(s.policy).toEqual({ agencyName: 'Sở A', lockedCategories: ['privacy'] });
    expect(s.errors).toEqual([{ path: 'X', message: { vi: 'a', en: 'b' } }]);
  });

  it('old prefs with sitesOff as a string migrate without throwing', () => {
    expect(migratePrefsV2({ sitesOff: 'chat.zalo.me' as unknown as string[], paused: true })).toEqual({
      paused: true,
    });
  });
});
