// Fake papers: forged diplomas, licences, IDs, certificates, invoices and the pitch that sells them
// ("không cần thi", "bao đậu", "có hồ sơ gốc"). Folded, "bằng giả" is "bảng giá": accents needed.
import { defineLexicon } from './define';

const DIPLOMAS = [
  'bằng đại học',
  'bằng cao đẳng',
  'bằng cấp 3',
  'bằng thạc sĩ',
  'bằng tiến sĩ',
  'bằng tốt nghiệp',
  'bằng lái',
  'bằng lái xe',
  'bằng cấp',
  'chứng chỉ',
  'bằng',
];

export const goodsPapers = defineLexicon({
  id: 'goods.papers',
  about: {
    vi: 'Giấy tờ, văn bằng giả và lời chào làm chúng: bằng giả, làm bằng, căn cước giả, hóa đơn khống.',
    en: 'Fake papers and their pitch: forged diplomas, licences, IDs, invoices ("no exam needed").',
  },
  fold: [
    ...DIPLOMAS.filter((d) => !['bằng', 'bằng lái', 'bằng lái xe', 'chứng chỉ', 'bằng cấp'].includes(d)).map(
      (d) => `làm ${d}`,
    ),
    'bằng lái không cần thi',
    'chứng chỉ không cần thi',
    'phôi bằng',
    'phôi thật',
    'bằng thật 100%',
    'giấy tờ giả',
    'làm giấy tờ giả',
    'cccd giả',
    'căn cước giả',
    'cmnd giả',
    'hộ chiếu giả',
    'visa giả',
    'sổ đỏ giả',
    'sổ hồng giả',
    'giấy khai sinh giả',
    'giấy chứng nhận giả',
    'hóa đơn vat',
    'hóa đơn đỏ',
    'hóa đơn khống',
    'mua bán hóa đơn',
    'xuất hóa đơn khống',
    'bảng điểm giả',
    'học bạ giả',
    'làm con dấu',
    'cà vẹt giả',
    'fake id',
    'fake diploma',
    'fake degree',
  ],
  // Folded, "giả" (fake) is "giá" (price): "bằng lái giá rẻ".
  exact: ['khắc dấu', 'bằng giả', 'dấu giả', ...DIPLOMAS.filter((d) => d !== 'bằng').map((d) => `${d} giả`)],
});
