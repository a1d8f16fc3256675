// The "Bộ quy tắc" page's data: every clause of Điều 3–6 has a plain-words note and one good and one
// bad example in both languages, and the page's own good examples do not draw a hint from the engine.
import { describe, expect, it } from 'vitest';
import { AGENCY_STEPS, REPORT_GROUPS, SECURE_STEPS } from '../../entrypoints/code/account';
import { EXAMPLES } from '../../entrypoints/code/examples';
import { CLAUSES } from '../../rules/clauses';
import { createChecker } from '../../rules/index';
import { PROFILES } from '../../rules/types';

const KINDS = ['plain', 'good', 'bad'] as const;
const LANGS = ['vi', 'en'] as const;
// Letters only Vietnamese uses: a "vi" text without any of them is probably untranslated English.
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

const cases = CLAUSES.flatMap((clause) =>
  KINDS.flatMap((kind) => LANGS.map((lang) => ({ id: clause.id, kind, lang }))),
);

describe('examples of the Code page', () => {
  it.each(cases)('clause $id has a non-empty $kind text in $lang', ({ id, kind, lang }) => {
    const text = EXAMPLES[id]?.[kind][lang];
    expect(text, `EXAMPLES['${id}'].${kind}.${lang}`).toBeTypeOf('string');
    expect(text?.trim().length).toBeGreaterThan(10);
  });

  it('covers exactly the clauses of the Decision (no example for a clause the page does not show)', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(CLAUSES.map((c) => c.id).sort());
  });

  it.each(CLAUSES.map((c) => c.id))(
    'clause %s: Vietnamese is Vietnamese, English differs, good ≠ bad',
    (id) => {
      const ex = EXAMPLES[id];
      if (!ex) throw new Error(`no examples for ${id}`);
      for (const kind of KINDS) {
        expect(ex[kind].vi, `${id}.${kind}.vi`).toMatch(VIETNAMESE_LETTER);
        expect(ex[kind].en, `${id}.${kind}.en`).not.toBe(ex[kind].vi);
      }
      expect(ex.good.vi).not.toBe(ex.bad.vi);
      expect(ex.good.en).not.toBe(ex.bad.en);
    },
  );

  // A page that teaches "do this" must not have the extension underline the very same words.
  it.each(PROFILES)('no good example draws a hint in the %s profile', (profile) => {
    const checker = createChecker({ profile });
    const hits = CLAUSES.flatMap((clause) =>
      LANGS.flatMap((lang) => {
        const text = EXAMPLES[clause.id]?.good[lang] ?? '';
        return checker
          .check(text)
          .map((f) => `${clause.id}/${lang}: ${f.ruleId} on "${text.slice(f.start, f.end)}"`);
      }),
    );
    expect(hits).toEqual([]);
  });
});

describe('account section data', () => {
  const texts = [
    ...SECURE_STEPS,
    ...AGENCY_STEPS,
    ...REPORT_GROUPS.flatMap((g) => [g.heading, ...g.links.flatMap((l) => [l.name, l.note])]),
  ];

  it('every text is present in both languages', () => {
    for (const t of texts) {
      expect(t.vi.trim(), JSON.stringify(t)).not.toBe('');
      expect(t.en.trim(), JSON.stringify(t)).not.toBe('');
    }
  });

  it('names Facebook, Zalo and the authorities, each with at least one way to report', () => {
    expect(REPORT_GROUPS.map((g) => g.id)).toEqual(['facebook', 'zalo', 'authorities']);
    for (const g of REPORT_GROUPS) expect(g.links.length).toBeGreaterThan(0);
  });

  it('links are plain https addresses to the services named (nothing to fetch, no tracking query)', () => {
    const urls = REPORT_GROUPS.flatMap((g) => g.links.flatMap((l) => (l.url ? [l.url] : [])));
    expect(urls).toContain('https://www.facebook.com/hacked');
    expect(urls).toContain('https://canhbao.khonggianmang.gov.vn');
    for (const url of urls) {
      const u = new URL(url);
      expect(u.protocol).toBe('https:');
      expect(u.search).toBe('');
      expect(u.hostname).toMatch(/(^|\.)(facebook\.com|zalo\.me|gov\.vn)$/);
    }
  });
});
