// Bodies for sale: organs, commercial surrogacy, babies.
import { defineLexicon } from './define';

export const goodsBody = defineLexicon({
  id: 'goods.body',
  about: {
    vi: 'Mua bán nội tạng, mang thai hộ vì tiền, mua bán trẻ sơ sinh.',
    en: 'Organs, commercial surrogacy and babies for sale.',
  },
  fold: [
    'mua thận',
    'bán gan',
    'mua gan',
    'bán nội tạng',
    'mua nội tạng',
    'nội tạng',
    'mang thai hộ',
    'nhận mang thai hộ',
    'đẻ thuê',
    'đẻ mướn',
    'bán tinh trùng',
    'bán trẻ sơ sinh',
    'mua trẻ sơ sinh',
    'cho con nuôi có tiền',
    'kidney for sale',
    'giác mạc',
    'bán máu',
    'mua máu',
    'sinh con thuê',
    'mang thai thuê',
    'bán trẻ',
    'mua trẻ',
  ],
  exact: ['bán thận', 'đẻ hộ', 'bán trứng', 'hiến thận', 'cần thận', 'bán con', 'mua con'],
});
