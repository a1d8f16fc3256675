// The `target.family` slot lexicon (its words and those it shares are in target.person.ts).
import { defineLexicon } from './define';
import { FAMILY } from './target.person';

export default defineLexicon({
  id: 'target.family',
  about: {
    vi: 'Gia đình của người bị nhắm tới: cả nhà mày, bố mẹ nó, con mày.',
    en: 'The family of whom abuse is aimed at: cả nhà mày, bố mẹ nó, con mày.',
  },
  exact: FAMILY,
  fold: ['ca nha may', 'ca ho nha may', 'bo me may', 'ca lo nha may'],
});
