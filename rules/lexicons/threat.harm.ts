// The `threat.harm` slot lexicon (its words and those it shares are in threat.act.ts).
import { defineLexicon } from './define';
import { HARM, HARM_BARE, STANDALONE } from './threat.act';

export default defineLexicon({
  id: 'threat.harm',
  about: {
    vi: 'Cụm gây hại cần người bị nhắm tới hoặc người nói trong câu: đánh chết, ăn đòn, mang dao, cho người đến.',
    en: 'Harm phrases that need a target or a speaker in the clause: beat to death, a beating, carrying a knife, people sent.',
  },
  exact: HARM.filter((w) => !HARM_BARE.has(w) && !STANDALONE.has(w)),
  // In a sentence typed without any accent, these match folded ("tao danh chet may").
  bare: [...HARM_BARE].filter((w) => !STANDALONE.has(w)),
  // Typed without accents anywhere: phrases that spell nothing else.
  fold: [
    'danh chet',
    'giet chet',
    'chem chet',
    'dam chet',
    'an don',
    'an dao',
    'an kep dong',
    'an keo dong',
    'danh vo mom',
    'dam vo mom',
    'thue giang ho',
  ],
});
