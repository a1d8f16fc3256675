// Whom a plainly worded threat is aimed at, in everyday or polite address ("anh", "chị", "ông ta",
// "hắn", "gia đình anh"). These words are everywhere: only frames whose other slot is a threat on
// its own ("không đảm bảo an toàn cho", "phải trả giá") use them.
import { defineLexicon } from './define';

/** Titles and pronouns a threat may address or talk about. */
const TITLES = ['anh', 'chị', 'ông', 'bà', 'cô', 'chú', 'bác', 'cậu', 'em', 'bạn', 'con'];
/** Relatives and home of the one addressed: "gia đình anh", "con chị", "nhà ông". */
const KIN = ['gia đình', 'cả nhà', 'vợ con', 'vợ', 'chồng', 'con', 'con cái', 'bố mẹ', 'nhà'];

export const POLITE_TARGETS = [
  ...TITLES,
  ...TITLES.flatMap((t) => [`${t} ta`, `${t} ấy`]),
  ...KIN.flatMap((k) => TITLES.filter((t) => t !== k).map((t) => `${k} ${t}`)),
  'hắn',
  'hắn ta',
  'kẻ đó',
  'kẻ này',
  'kẻ kia',
  'gã đó',
  'gã này',
  'người đó',
  'họ',
  'bọn họ',
  'các người',
  'các anh',
  'các chị',
  'các ông',
  'các bà',
  'các bạn',
  'quý vị',
];

export default defineLexicon({
  id: 'target.polite',
  about: {
    vi: 'Người bị đe dọa, xưng hô thường hoặc lịch sự: anh, chị, ông ta, hắn, gia đình anh.',
    en: 'Whom a plainly worded threat addresses: anh, chị, ông ta, hắn (him), your family.',
  },
  // Exact: folded, "anh" is "ảnh" (photo), "cô" "cố", "bà" "ba", "hắn" "hận", "họ" "ho".
  exact: POLITE_TARGETS,
});
