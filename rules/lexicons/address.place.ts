// Where someone lives, in words that also name places in general: an address, a building, a
// rented room, a hamlet. Folded, "xóm" is "xòm", "thôn" is "thốn": those need their accents.
import { defineLexicon } from './define';

export const addressPlace = defineLexicon({
  id: 'address.place',
  about: {
    vi: 'Nơi ở nói chung: địa chỉ, chung cư, căn hộ, phòng trọ, thôn xóm (cần tên hoặc số đi kèm).',
    en: 'Where someone lives in general words: address, building, flat, rented room, hamlet.',
  },
  include: ['address.word'],
  fold: [
    'địa chỉ',
    'địa chỉ nhà',
    'chung cư',
    'căn hộ',
    'phòng trọ',
    'khu trọ',
    'nhà trọ',
    'khu phố',
    'address',
  ],
  exact: ['thôn', 'xóm', 'ấp'],
});
