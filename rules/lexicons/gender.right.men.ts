// What a sexist remark denies men: to cry, be weak, cook, do housework, care for children ("đàn
// ông không được khóc", "đàn ông mà cũng vào bếp").
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'gender.right.men',
  about: {
    vi: 'Điều bị phủ nhận với nam giới ("khóc", "yếu đuối", "vào bếp", "làm việc nhà").',
    en: 'What men are denied ("khóc", "yếu đuối", "vào bếp", "làm việc nhà").',
  },
  typed: [
    'khóc',
    'khóc lóc',
    'yếu đuối',
    'vào bếp',
    'nấu ăn',
    'làm việc nhà',
    'rửa bát',
    'nghỉ sinh',
    'chăm con',
    'làm đẹp',
    'mặc màu hồng',
    'để tóc dài',
  ],
});
