// The `weapon.carry` slot lexicon (its words and those it shares are in weapon.ts).
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'weapon.carry',
  about: {
    vi: 'Mang, cầm, mài sẵn vũ khí: mang, cầm, vác, xách, giắt, mài sẵn, chuẩn bị.',
    en: 'Carrying or readying a weapon: bring, hold, shoulder, sharpen, get ready.',
  },
  // Exact: folded, "cầm" is "cam", "xách" "sách", "lôi" "lời", "mài" "mai", "thủ" "thu".
  exact: ['cầm', 'xách', 'lôi', 'mài', 'mài sẵn', 'sắm', 'thủ', 'lận', 'cầm theo'],
  bare: ['vác', 'giắt', 'rút', 'cầm sẵn'],
  fold: ['mang', 'mang theo', 'mang sẵn', 'chuẩn bị', 'chuẩn bị sẵn'],
});
