// The `target.one` slot lexicon (its words and those it shares are in target.person.ts).
import { defineLexicon } from './define';
import { HEADS_ONE, ONE, ONE_BARE, POINTERS } from './target.person';

export default defineLexicon({
  id: 'target.one',
  about: {
    vi: 'Một người bị nhắm tới với ý khinh miệt: mày, nó, thằng kia, con đó, lão, mụ.',
    en: 'One person abuse is aimed at, in contempt: you, him/her, that guy, that woman, the old man.',
  },
  exact: [...ONE, ...HEADS_ONE.flatMap((h) => POINTERS.map((p) => `${h} ${p}`))].filter(
    (w) => !ONE_BARE.has(w),
  ),
  // Typed without accents: phrases that spell no everyday words.
  fold: ['thang cha', 'thang kia', 'con kia', 'con mu', 'lao gia', 'mu gia'],
  bare: [...ONE_BARE],
});
