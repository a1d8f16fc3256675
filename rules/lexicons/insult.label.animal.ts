// The `insult.label.animal` slot lexicon (its words and those it shares are in insult.label.ts).
import { defineLexicon } from './define';
import { ANIMAL_LABELS } from './insult.label';

export default defineLexicon({
  id: 'insult.label.animal',
  about: {
    vi: 'Con vật, trẻ mồ côi, kẻ ăn xin khi thành nhãn chửi người: (thằng) chó, (đồ) lợn, (đồ) con hoang.',
    en: 'Animals, orphans, beggars as labels for a person: dog, pig, bastard.',
  },
  exact: ANIMAL_LABELS,
});
