// Hating or despising a group, said right before it ("ghét dân X", "khinh bọn theo đạo", "tởm mấy
// thằng bê đê"): typed, so "ghet", "khinh" match without accents.
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'contempt',
  about: {
    vi: 'Lời ghét, khinh, ghê tởm nói ngay trước một nhóm người ("ghét dân X", "khinh bọn Y").',
    en: 'Hating, despising or loathing, said right before a group ("ghét dân X", "khinh bọn Y").',
  },
  typed: [
    'ghét',
    'ghét nhất',
    'ghét nhất là',
    'ghét cay ghét đắng',
    'ghét cái bọn',
    'khinh',
    'khinh bỉ',
    'coi khinh',
    'kinh tởm',
    'ghê tởm',
    'dị ứng với',
    'không ưa',
    'chả ưa',
    'chẳng ưa',
    'không ưa nổi',
    'căm thù',
    'thù ghét',
    'căm ghét',
    'ghét bỏ',
  ],
  // Exact: typed without accents "tom" is a name or "tôm" (shrimp).
  exact: ['tởm'],
});
