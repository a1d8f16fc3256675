// Counterfeit goods and money offered as such ("hàng fake", "rep 1:1", "like auth", "tiền giả").
import { defineLexicon } from './define';

export const goodsCounterfeit = defineLexicon({
  id: 'goods.counterfeit',
  about: {
    vi: 'Hàng giả, hàng nhái, tiền giả được chào bán: hàng fake, rep 1:1, like auth, super fake.',
    en: 'Counterfeits offered as such: fakes, 1:1 replicas, "like authentic", counterfeit money.',
  },
  fold: [
    'hàng lậu',
    'hàng nhập lậu',
    'thuốc lá lậu',
    'xe không giấy tờ',
    'xe không giấy',
    'xe tang vật',
    'xe bãi',
    'xe trộm',
    'hàng trộm',
    'điện thoại trộm',
    'fake 1:1',
    'rep 1:1',
    'hàng rep',
    'replica',
    'super fake',
    'siêu cấp',
    'like auth',
    'hàng copy',
    'fake loại 1',
    'hàng fake loại 1',
    'auth 1:1',
    'rep 11',
    'hàng super fake',
    'giày rep',
    'túi rep',
    'đồng hồ rep',
    'counterfeit',
  ],
});
