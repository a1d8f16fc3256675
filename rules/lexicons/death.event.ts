// The `death.event` slot lexicon (its words and those it shares are in death.wish.ts).

import { EVENTS } from './death.wish';
import { defineLexicon } from './define';

/** "mù" typed without accents is "mu" (a hat), "què" "que" (a stick): single syllables stay exact. */
const eventBare = (w: string) => w === 'chết' || w.includes(' ');

export default defineLexicon({
  id: 'death.event',
  about: {
    vi: 'Cái chết, tai họa kể như sự việc: chết sớm, bị xe tông, ung thư; là lời trù khi có người mong.',
    en: 'Death and disaster as facts (die young, hit by a car, cancer); a curse when someone wishes it.',
  },
  exact: EVENTS.filter((w) => !eventBare(w)),
  // In a sentence typed without any accent: "chet", and phrases that spell nothing else there.
  bare: EVENTS.filter(eventBare),
  fold: ['chet som', 'xe tong', 'ung thu', 'dot tu'],
});
