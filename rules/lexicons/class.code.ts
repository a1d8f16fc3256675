// A school class as written in Vietnam: grade and letter ("lớp 3A"), often with a number ("12A1",
// "6B3"). The bare form needs the number; with "lớp" any code counts.
import { defineLexicon } from './define';

const GRADES = Array.from({ length: 12 }, (_, i) => String(i + 1));
const LETTERS = [...'abcd'];
const CODES = GRADES.flatMap((g) => LETTERS.map((l) => `${g}${l}`));
const NUMBERED = CODES.flatMap((c) => Array.from({ length: 6 }, (_, i) => `${c}${i + 1}`));

export const classCode = defineLexicon({
  id: 'class.code',
  about: {
    vi: 'Tên lớp học cụ thể: "lớp 3A", "12A1", "lớp Chồi 2".',
    en: 'A particular school class: "class 3A", "12A1".',
  },
  fold: [
    ...CODES.map((c) => `lớp ${c}`),
    ...NUMBERED,
    ...['chồi', 'lá', 'mầm', 'nhà trẻ'].flatMap((k) => [
      `lớp ${k}`,
      ...['1', '2', '3', '4', '5', 'a', 'b', 'c'].map((n) => `lớp ${k} ${n}`),
    ]),
  ],
});
