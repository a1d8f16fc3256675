// Paid sex offered: escorts, "sugar" arrangements, sexual massage.
import { defineLexicon } from './define';

export const goodsSex = defineLexicon({
  id: 'goods.sex',
  about: {
    vi: 'Mua bán dâm: gái gọi, gái bao, "đi khách", massage kích dục.',
    en: 'Paid sex: escorts, kept girls, sexual massage.',
  },
  fold: [
    'massage body',
    'body to body',
    'tình một đêm',
    'đi qua đêm',
    'sugar daddy',
    'tìm sugar',
    'nuôi baby',
    'gái xinh qua đêm',
    'em xinh qua đêm',
    'dịch vụ qua đêm',
    'gái gọi',
    'gái gọi cao cấp',
    'gái bao',
    'gái dịch vụ',
    'gái bán hoa',
    'gái làng chơi',
    'mại dâm',
    'dịch vụ tình dục',
    'bao đêm',
    'sugar baby',
    'sugar daddy',
    'massage kích dục',
    'massage happy ending',
    'happy ending',
    'kích dục',
    'escort',
  ],
  exact: ['bán thân', 'tắm tiên', 'bán dâm', 'mua dâm', 'phò', 'đi khách', 'tàu nhanh'],
});
