// The `target.them` slot lexicon (its words and those it shares are in target.person.ts).
import { defineLexicon } from './define';
import { HEADS_GROUP, POINTERS, THEM, THEM_BARE } from './target.person';

export default defineLexicon({
  id: 'target.them',
  about: {
    vi: 'Nhiều người bị nói tới với ý khinh miệt: bọn nó, lũ đó, cả bọn, mấy thằng kia.',
    en: 'Several people talked about in contempt: that lot, the whole pack.',
  },
  exact: [...THEM, ...HEADS_GROUP.flatMap((h) => POINTERS.map((p) => `${h} ${p}`))].filter(
    (w) => !THEM_BARE.has(w),
  ),
  fold: ['bon no', 'tui no', 'lu no', 'bon chung'],
  bare: [...THEM_BARE],
});
