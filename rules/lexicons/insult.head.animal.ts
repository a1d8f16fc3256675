// The `insult.head.animal` slot lexicon (its words and those it shares are in insult.label.ts).
import { defineLexicon } from './define';
import { ANIMAL_HEADS } from './insult.label';

export default defineLexicon({
  id: 'insult.head.animal',
  about: {
    vi: 'Từ đứng trước nhãn con vật khi dùng để chửi người: đồ, thằng, lũ (không "con").',
    en: 'Heads before an animal label used on a person: đồ, thằng, lũ (not "con").',
  },
  exact: ANIMAL_HEADS,
  bare: ['đồ'],
});
