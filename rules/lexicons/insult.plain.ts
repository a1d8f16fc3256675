// The `insult.plain` slot lexicon (its words are in insult.trait.ts, where they also count as traits).
import { defineLexicon } from './define';
import { PLAIN } from './insult.trait';

export default defineLexicon({
  id: 'insult.plain',
  about: {
    vi: 'Lời chê bai con người bằng từ ngữ thường, lịch sự: thiếu hiểu biết, đáng khinh, vô duyên, không biết nhục.',
    en: 'Put-downs in plain, polite words: ignorant, contemptible, graceless, shameless.',
  },
  exact: PLAIN.filter((w) => !w.includes(' ')),
  // In a sentence typed without any accent, the phrases match folded ("anh dung la nguoi thieu hieu biet").
  bare: PLAIN.filter((w) => w.includes(' ')),
});
