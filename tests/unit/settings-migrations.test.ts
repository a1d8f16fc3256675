// Preference migrations keep the user's choices across storage versions; statistics stay counts only.
import { describe, expect, it } from 'vitest';
import { migratePrefsV2, migratePrefsV3, sanitizePrefs } from '../../settings/prefs';
import { addHints, addNudge, prune, summarize } from '../../settings/stats';

describe('prefs migrations', () => {
  it('v1 → v2 keeps every choice: sites switched off, severity, profile, categories', () => {
    const v2 = migratePrefsV2({
      paused: true,
      profile: 'civil-servant',
      disabledCategories: ['vulgar', 'no-such-category'],
      minSeverity: 'medium',
      nudgeLevel: 'off',
      uiLang: 'en',
      sitesOff: ['chat.zalo.me'],
    });
    expect(v2).toEqual({
      paused: true,
      profile: 'civil-servant',
      disabledCategories: ['vulgar'],
      showLow: false,
      nudgeLevel: 'off',
      uiLang: 'en',
      sites: { 'chat.zalo.me': false },
    });
  });

  it('v1 with minSeverity low keeps low-severity hints on', () => {
    expect(migratePrefsV2({ minSeverity: 'low' }).showLow).toBe(true);
  });

  it('v2 → v3: "also show mild hints" off becomes sensitivity fewer, on the default (balanced)', () => {
    expect(migratePrefsV3({ profile: 'citizen', showLow: false })).toEqual({
      profile: 'citizen',
      sensitivity: 'fewer',
    });
    expect(migratePrefsV3({ showLow: true })).toEqual({});
    expect(migratePrefsV3({})).toEqual({});
  });

  it('v1 → v2 → v3 carries a v1 "medium" minimum severity to sensitivity fewer', () => {
    expect(migratePrefsV3(migratePrefsV2({ minSeverity: 'medium', nudgeLevel: 'off' }))).toEqual({
      nudgeLevel: 'off',
      sensitivity: 'fewer',
    });
  });

  it('sanitize keeps a known sensitivity and drops any other value', () => {
    expect(sanitizePrefs({ sensitivity: 'more' })).toEqual({ sensitivity: 'more' });
    expect(sanitizePrefs({ sensitivity: 'loud', showLow: false })).toEqual({});
  });

  it('sanitize drops unknown values without throwing', () => {
    expect(
      sanitizePrefs({ profile: 'king', nudgeLevel: 3, sites: { 'a.test': 'yes', 'b.test': true } }),
    ).toEqual({
      sites: { 'b.test': true },
    });
    expect(sanitizePrefs(null)).toEqual({});
  });
});

describe('statistics', () => {
  const day = (d: number) => new Date(2026, 0, d, 12);

  it('counts hints per category and nudge outcomes per day', () => {
    let s = addHints({}, { regional: 2, vulgar: 1 }, day(10));
    s = addHints(s, { regional: 1 }, day(10));
    s = addNudge(s, 'edited', day(10));
    expect(s['2026-01-10']).toEqual({ hints: { regional: 3, vulgar: 1 }, nudges: { edited: 1 } });
  });

  it('keeps only the last 30 days', () => {
    const s = addHints(addHints({}, { hate: 1 }, day(1)), { hate: 1 }, day(31));
    expect(Object.keys(prune(s, day(31)))).toEqual(['2026-01-31']);
  });

  it('summarize gives 30 days for the chart and totals per category', () => {
    const s = addHints(addHints({}, { hate: 2 }, day(20)), { privacy: 3 }, day(25));
    const sum = summarize(addNudge(s, 'sent', day(25)), day(25));
    expect(sum.perDay).toHaveLength(30);
    expect(sum.perDay.at(-1)).toEqual({ day: '2026-01-25', hints: 3 });
    expect(sum.byCategory).toEqual({ hate: 2, privacy: 3 });
    expect(sum.nudges).toEqual({ sent: 1 });
    expect(sum.total).toBe(5);
  });
});
