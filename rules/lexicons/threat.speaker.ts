// Who threatens: the writer, speaking in scorn ("tao", "bố mày", "anh em tao"). With a harm phrase it
// makes the threat plain ("tao đánh chết", "anh em tao qua xử").
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'threat.speaker',
  about: {
    vi: 'Người nói đe dọa, xưng hô trịch thượng: tao, bố mày, anh em tao, bọn tao.',
    en: 'The threatening writer, speaking in scorn: tao, bố mày (your father here), my boys.',
  },
  // Exact: folded, "tao" is also "táo" / "tạo"; typed without accents "tao" stays "tao".
  exact: [
    'tao',
    'bố mày',
    'bố mày đây',
    'ông mày',
    'bà mày',
    'cụ mày',
    'anh mày',
    'chị mày',
    'bọn tao',
    'tụi tao',
    'chúng tao',
    'lũ tao',
    'anh em tao',
    'ae tao',
    'đàn em tao',
    'đại ca tao',
    'hội tao',
    'người của tao',
    'đệ tao',
  ],
});
