// The `target.you` slot lexicon (its words and those it shares are in target.person.ts).
import { defineLexicon } from './define';
import { YOU, YOU_BARE } from './target.person';

export default defineLexicon({
  id: 'target.you',
  about: {
    vi: 'Nhiều người được gọi thẳng với ý khinh miệt: chúng mày, tụi bây, các người.',
    en: 'Several people addressed in contempt: you lot.',
  },
  exact: YOU.filter((w) => !YOU_BARE.has(w)),
  fold: ['chung may', 'tui may', 'bon may', 'tui bay'],
  bare: [...YOU_BARE],
});
