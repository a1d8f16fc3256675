// A claim about what is about to happen, told as settled: "sắp", "từ mai", "tháng sau sẽ".
import { defineLexicon } from './define';

export const prediction = defineLexicon({
  id: 'prediction',
  about: {
    vi: 'Khẳng định điều sắp xảy ra: "sắp", "từ mai", "tháng sau sẽ", "nay mai".',
    en: 'What is about to happen, told as settled: "about to", "from tomorrow", "next month".',
  },
  fold: [
    'sắp tới sẽ',
    'tới đây sẽ',
    'nay mai',
    'từ ngày mai',
    'từ mai',
    'từ tuần sau',
    'từ tháng sau',
    'từ năm sau',
    'tuần sau sẽ',
    'tháng sau sẽ',
    'ngày mai sẽ',
    'đêm nay sẽ',
    'tối nay sẽ',
    'chuẩn bị',
    'chuẩn bị sẽ',
    'about to',
    'from tomorrow',
    'next week',
  ],
  // Folded, "sắp" is "sập".
  exact: ['sắp', 'sắp sửa'],
});
