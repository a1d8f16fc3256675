import { describe, expect, it } from 'vitest';
import { ARTICLE_TITLES, CLAUSES, clauseLabel, getClause, isKnownClause } from '../../rules/clauses';
import { PROFILE_INFO, ruleInProfile } from '../../rules/profiles';
import { PROFILES } from '../../rules/types';

// The points of Decision 874/QĐ-BTTTT that the Code asks of writers.
const EXPECTED = [
  ...['3.1', '3.2', '3.3', '3.4'],
  ...['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8'],
  ...['5.1', '5.2', '5.3'],
  ...['6.1', '6.2', '6.3', '6.4'],
];

describe('clauses of the Code', () => {
  it('lists every point of Điều 3–6, in order, once', () => {
    expect(CLAUSES.map((c) => c.id)).toEqual(EXPECTED);
  });

  it.each(CLAUSES.map((c) => [c.id, c] as const))(
    '%s has a well-formed id and both languages',
    (id, clause) => {
      expect(id).toMatch(/^[3-6]\.[1-8]$/);
      expect(`${clause.article}.${clause.point}`).toBe(id);
      for (const text of [clause.title, clause.text]) {
        expect(text.vi.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.vi).not.toBe(text.en); // a real translation, not a copy
      }
      expect(clause.text.vi.length).toBeGreaterThan(clause.title.vi.length);
    },
  );

  it('has a title for every article in both languages', () => {
    for (const article of [3, 4, 5, 6] as const) {
      expect(ARTICLE_TITLES[article].vi).toMatch(/\p{L}/u);
      expect(ARTICLE_TITLES[article].en).toMatch(/\p{L}/u);
    }
  });

  it('knows exactly the listed ids', () => {
    expect(isKnownClause('4.5')).toBe(true);
    expect(isKnownClause('6.4')).toBe(true);
    for (const bad of ['4.9', '5.4', '7.1', '4', '4.5.1', ' 4.5', 45, null])
      expect(isKnownClause(bad)).toBe(false);
    expect(getClause('5.3')?.title.en).toBe('Report to your agency');
  });

  it('labels a clause in each language', () => {
    expect(clauseLabel('4.5', 'vi')).toBe('Điều 4.5');
    expect(clauseLabel('4.5', 'en')).toBe('Article 4.5');
  });
});

describe('profiles', () => {
  it('each profile is held to Điều 4, plus 5 for civil servants and 6 for agency pages', () => {
    expect(PROFILE_INFO.citizen.articles).toEqual([4]);
    expect(PROFILE_INFO['civil-servant'].articles).toEqual([4, 5]);
    expect(PROFILE_INFO['agency-page'].articles).toEqual([4, 6]);
    for (const p of PROFILES) {
      expect(PROFILE_INFO[p].label.vi).not.toBe('');
      expect(PROFILE_INFO[p].description.en).not.toBe('');
    }
  });

  it('a rule without profiles belongs to all; a listed one only to its own', () => {
    for (const p of PROFILES) expect(ruleInProfile({}, p)).toBe(true);
    const rule = { profiles: ['civil-servant'] as const };
    expect(ruleInProfile(rule, 'civil-servant')).toBe(true);
    expect(ruleInProfile(rule, 'citizen')).toBe(false);
    expect(ruleInProfile(rule, 'agency-page')).toBe(false);
  });
});
