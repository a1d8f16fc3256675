// The violence and insult slot lexicons: well formed, registered, and broad enough to generalise;
// folded entries must not spell the everyday words they were kept apart from.
import { describe, expect, it } from 'vitest';
import { LEXICONS, lexiconWords } from '../../rules/lexicons';
import { LEXICON_ID } from '../../rules/lexicons/define';
import { tokenize } from '../../rules/normalize';

const HARM_LEXICONS = [
  'target.one',
  'target.you',
  'target.them',
  'target.person',
  'target.family',
  'threat.strike',
  'threat.harm',
  'threat.severe',
  'threat.act',
  'threat.speaker',
  'weapon',
  'weapon.carry',
  'place.home',
  'death.wish',
  'death.event',
  'death.wisher',
  'incite',
  'incite.go',
  'insult.trait',
  'insult.head',
  'insult.head.animal',
  'insult.label',
  'insult.label.animal',
  'insult.shame',
  'insult.family',
  'accuse.act',
  'intensifier',
];

const size = (id: string) => {
  const w = lexiconWords(id, LEXICONS);
  return new Set([...w.fold, ...w.exact, ...w.bare]).size;
};
const folded = (w: string) =>
  tokenize(w)
    .map((t) => t.f)
    .join(' ');

describe('violence and insult lexicons', () => {
  it.each(HARM_LEXICONS)('%s is registered, named and explained in both languages', (id) => {
    const lex = LEXICONS.get(id);
    expect(lex, id).toBeDefined();
    expect(id).toMatch(LEXICON_ID);
    expect(lex?.about.vi.length).toBeGreaterThan(10);
    expect(lex?.about.en.length).toBeGreaterThan(10);
    for (const inc of lex?.include ?? []) expect(LEXICONS.has(inc), inc).toBe(true);
  });

  it.each(HARM_LEXICONS)('%s: every word reads as at least one syllable, none listed twice by mode', (id) => {
    const lex = LEXICONS.get(id);
    const all = [...(lex?.fold ?? []), ...(lex?.exact ?? []), ...(lex?.bare ?? [])];
    for (const w of all) expect(tokenize(w).length, w).toBeGreaterThan(0);
    const exact = new Set(lex?.exact ?? []);
    for (const w of lex?.bare ?? []) expect(exact.has(w), `${w} is both exact and bare`).toBe(false);
  });

  it('are broad enough to generalise beyond listed phrases', () => {
    expect(size('insult.trait')).toBeGreaterThanOrEqual(400);
    expect(size('insult.label') + size('insult.label.animal')).toBeGreaterThanOrEqual(120);
    expect(size('threat.act')).toBeGreaterThanOrEqual(500);
    expect(size('target.person')).toBeGreaterThanOrEqual(100);
    expect(size('weapon')).toBeGreaterThanOrEqual(50);
    expect(size('death.wish')).toBeGreaterThanOrEqual(60);
  });

  it('folded entries spell none of the everyday phrases they collide with', () => {
    // Typed without accents, these are "tháng này", "còn đi", "đó ăn hai", "bạn chết", "tôi sợ", "lên đó".
    const everyday = [
      'tháng này',
      'còn đi',
      'đó ăn hai',
      'bạn chết',
      'tôi sợ',
      'lên đó',
      'bài nào',
      'cho mà',
    ];
    for (const id of HARM_LEXICONS) {
      const fold = new Set(lexiconWords(id, LEXICONS).fold.map(folded));
      for (const e of everyday) expect(fold.has(folded(e)), `${id} folds "${e}"`).toBe(false);
    }
  });
});
