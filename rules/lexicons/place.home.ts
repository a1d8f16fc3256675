// Where a threatened person lives, works or studies, or where their family is: "nhà mày", "tận nhà",
// "chỗ mày làm", "trường con mày". Exact accents: folded, "nhà mày" is "nhà máy" (a factory).
import { defineLexicon } from './define';

/** Whose place: the addressee and those talked about in contempt. */
export const WHOSE = ['mày', 'nó', 'chúng mày', 'tụi mày', 'bọn nó', 'thằng đó', 'con đó', 'thằng'];
export const PLACES = [
  'nhà',
  'tận nhà',
  'nhà riêng',
  'quê',
  'phòng trọ',
  'chỗ làm',
  'chỗ làm của',
  'công ty',
  'cơ quan',
  'quán',
  'trường',
  'trường con',
];

export default defineLexicon({
  id: 'place.home',
  about: {
    vi: 'Nơi ở, nơi làm, trường học của người bị đe dọa: nhà mày, tận nhà, chỗ mày làm, trường con mày.',
    en: "Where the threatened person lives, works or studies: your house, right to your door, your workplace, your child's school.",
  },
  exact: [
    ...PLACES.filter((p) => p !== 'nhà').flatMap((p) => WHOSE.map((w) => `${p} ${w}`)),
    'tận nhà',
    'tận cửa',
    'tận cổng',
    'trước cửa nhà',
    'trước cổng nhà',
    'đến tận nơi',
    'tận nơi',
  ],
  // In a sentence typed without any accent, "qua nha may" is "qua nhà mày".
  bare: WHOSE.map((w) => `nhà ${w}`),
  // Typed without accents: "nha may" is a factory, "nha no" stays ambiguous; these are not.
  fold: [
    'nha chung may',
    'nha tui may',
    'nha bon no',
    'nha thang do',
    'nha thang kia',
    'tan nha',
    'que may',
    'nha no',
  ],
});
