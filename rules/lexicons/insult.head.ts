// The `insult.head` slot lexicon (its words and those it shares are in insult.label.ts).
import { defineLexicon } from './define';
import { HEADS } from './insult.label';

export default defineLexicon({
  id: 'insult.head',
  about: {
    vi: 'Từ đứng trước nhãn miệt thị: đồ, thằng, con, lũ, bọn, cái loại.',
    en: 'Contemptuous heads before a label: đồ, thằng, con, lũ, bọn, cái loại.',
  },
  exact: HEADS,
  // "đồ" alone: typed without accents it is read as the head ("do mat day").
  bare: ['đồ'],
});
