// Protected wild animals and their parts. Folded, "hổ" is "họ" / "hồ": the "hổ" forms need accents.
import { defineLexicon } from './define';

const TIGER = [
  'cao hổ',
  'cao hổ cốt',
  'hổ cốt',
  'xương hổ',
  'da hổ',
  'nanh hổ',
  'răng hổ',
  'vuốt hổ',
  'móng hổ',
  'hổ con',
  'thịt hổ',
  'rượu hổ cốt',
];

export const goodsWildlife = defineLexicon({
  id: 'goods.wildlife',
  about: {
    vi: 'Động vật hoang dã được bảo vệ và bộ phận của chúng: ngà voi, sừng tê giác, tê tê, cao hổ, mật gấu.',
    en: 'Protected wild animals and their parts: ivory, rhino horn, pangolin, tiger bone, bear bile.',
  },
  fold: [
    'ngà voi',
    'vòng ngà',
    'sừng tê giác',
    'sừng tê',
    'tê tê',
    'vảy tê tê',
    'gấu con',
    'tay gấu',
    'cao khỉ',
    'culi',
    'voọc',
    'vượn con',
    'rùa biển',
    'rùa núi vàng',
    'chim quý hiếm',
    'động vật quý hiếm',
    'động vật hoang dã',
    'thú rừng',
    'thịt thú rừng',
    'thú hoang dã',
    'sơn dương',
    'cao sơn dương',
    'rắn hổ chúa',
    'ivory',
    'rhino horn',
    'pangolin',
  ],
  exact: ['cu li', 'đồi mồi', 'khỉ con', 'mật gấu', 'vích', ...TIGER],
});
