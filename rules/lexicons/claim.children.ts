// Child-safety scares: kidnapping, organ theft, trafficking, drugged sweets.
import { defineLexicon } from './define';

export const claimChildren = defineLexicon({
  id: 'claim.children',
  about: {
    vi: 'Tin đồn về an toàn trẻ em: bắt cóc, mổ lấy nội tạng, buôn bán trẻ em, kẹo có thuốc mê.',
    en: 'Child-safety scares: kidnapping, organ theft, child trafficking, drugged sweets.',
  },
  fold: [
    'bắt cóc',
    'bắt cóc trẻ em',
    'bắt cóc trẻ con',
    'bắt trẻ con',
    'bắt trẻ em',
    'bắt cóc học sinh',
    'mổ lấy nội tạng',
    'lấy nội tạng',
    'buôn bán nội tạng',
    'nội tạng',
    'buôn người',
    'buôn bán trẻ em',
    'bán trẻ em',
    'bán sang trung quốc',
    'dụ dỗ trẻ em',
    'dụ trẻ em',
    'thuốc mê',
    'xịt thuốc mê',
    'kẹo có thuốc mê',
    'kẹo tẩm thuốc',
    'xe bắt cóc',
    'kidnap',
    'kidnapping',
    'kidnappers',
  ],
});
