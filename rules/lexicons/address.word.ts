// The parts of an address that only a home address has: house number, lane, alley. Folded, "ngõ"
// is "ngô": it needs its accents.
import { defineLexicon } from './define';

export const addressWord = defineLexicon({
  id: 'address.word',
  about: {
    vi: 'Thành phần chỉ có ở địa chỉ nhà: số nhà, ngõ, ngách, hẻm, kiệt.',
    en: 'Parts only a home address has: house number, lane, alley.',
  },
  fold: [
    'số nhà',
    'ngách',
    'hẻm',
    'nhà số',
    'căn số',
    'căn hộ số',
    'phòng số',
    'đường số',
    'hẻm số',
    'ngõ số',
    'tổ dân phố',
    'khu tập thể',
    'số phòng',
  ],
  exact: ['ngõ'],
});
