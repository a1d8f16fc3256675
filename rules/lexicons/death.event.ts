// The `death.event` slot lexicon (its words and those it shares are in death.wish.ts).

import { EVENTS } from './death.wish';
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'death.event',
  about: {
    vi: 'Cái chết, tai họa kể như sự việc: chết sớm, bị xe tông, ung thư; là lời trù khi có người mong.',
    en: 'Death and disaster as facts (die young, hit by a car, cancer); a curse when someone wishes it.',
  },
  exact: EVENTS,
  fold: ['chet som', 'xe tong', 'ung thu', 'dot tu'],
});
