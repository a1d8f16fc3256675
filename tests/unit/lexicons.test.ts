// The slot lexicons: one file per lexicon named by its id, well-formed words, includes that exist,
// the sizes the frames rely on, and the three accent modes (fold, typed, exact) as the matcher sees them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, tokenize } from '../../rules/index';
import { defineLexicon, LEXICONS, type Lexicon, lexiconWords } from '../../rules/lexicons';
import { LEXICON_ID } from '../../rules/lexicons/define';
import type { RuleSpec } from '../../rules/types';

const DIR = join(import.meta.dirname, '../../rules/lexicons');
const words = (id: string) => {
  const w = lexiconWords(id, LEXICONS);
  return [...w.fold, ...w.typed, ...w.exact, ...w.bare];
};

describe('slot lexicons', () => {
  it('one file per lexicon, named by its id, every file registered', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'define.ts' && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect([...LEXICONS.keys()].sort()).toEqual(files);
  });

  it.each([...LEXICONS.values()].map((l) => [l.id, l] as const))('%s is well formed', (id, lex) => {
    expect(id).toMatch(LEXICON_ID);
    expect(lex.about.vi.length).toBeGreaterThan(10);
    expect(lex.about.en.length).toBeGreaterThan(10);
    for (const inc of lex.include ?? []) expect(LEXICONS.has(inc), inc).toBe(true);
    const own = [...(lex.fold ?? []), ...(lex.typed ?? []), ...(lex.exact ?? []), ...(lex.bare ?? [])];
    for (const w of own) {
      expect(w, `"${w}" is trimmed lower-case`).toBe(w.trim().toLowerCase());
      expect(tokenize(w).length, `"${w}" has words`).toBeGreaterThan(0);
    }
    // A word in two accent modes would match twice: say it once.
    const typed = new Set(lex.typed ?? []);
    expect((lex.exact ?? []).filter((w) => typed.has(w))).toEqual([]);
    expect(words(id).length).toBeGreaterThan(0);
  });

  it('the group lexicons reach every province and the union covers them all', () => {
    const region = new Set(words('group.region'));
    // a sample across the country: north, centre, highlands, south, and old names
    for (const p of ['hà giang', 'điện biên', 'thanh hóa', 'quảng trị', 'kon tum', 'bạc liêu', 'hà tây'])
      expect(region.has(p) || region.has(`dân ${p}`), p).toBe(true);
    const any = new Set(words('group.any'));
    for (const id of ['group.region', 'group.ethnic', 'group.religion', 'group.gender', 'group.lgbt'])
      for (const w of words(id)) expect(any.has(w), `${id}: ${w}`).toBe(true);
  });

  it('has at least 400 negative traits and the 54 ethnic groups', () => {
    expect(words('trait.negative').length).toBeGreaterThanOrEqual(400);
    const ethnic = new Set(words('group.ethnic'));
    for (const g of ['người tày', 'dân tộc ê đê', 'người chăm', 'dân tộc brâu', 'người ơ đu'])
      expect(ethnic.has(g), g).toBe(true);
  });
});

describe('accent modes of lexicon words', () => {
  const lex = (mode: 'fold' | 'typed' | 'exact'): Lexicon =>
    defineLexicon({ id: 'test.word', about: { vi: 'từ thử', en: 'a test word' }, [mode]: ['hai lòng'] });
  const rule: RuleSpec = {
    id: 'test-word-frame',
    kind: 'frame',
    category: 'insult',
    severity: 'low',
    clause: '4.5',
    message: { vi: 'm', en: 'm' },
    slots: [{ name: 'word', lexicons: ['test.word'] }],
  };
  const hits = (mode: 'fold' | 'typed' | 'exact', text: string) =>
    createChecker({ builtin: [rule], lexicons: new Map([['test.word', lex(mode)]]), lang: 'vi' }).check(text)
      .length;

  it('fold matches any accents, typed as written or none, exact only as written', () => {
    // [text, fold, typed, exact]
    const table = [
      ['anh ấy hai lòng', 1, 1, 1], // as written
      ['anh ay hai long', 1, 1, 0], // typed without accents
      ['anh ấy hài lòng', 1, 0, 0], // another word: satisfied
    ] as const;
    for (const [text, fold, typed, exact] of table)
      expect([hits('fold', text), hits('typed', text), hits('exact', text)], text).toEqual([
        fold,
        typed,
        exact,
      ]);
  });
});
