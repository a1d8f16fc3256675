// A status that by itself keeps a document off social media: classified ("mật", "tối mật"),
// internal circulation, not yet signed, issued or published. Folded, "mật" is "mất".
import { defineLexicon } from './define';

export const docStatusStrong = defineLexicon({
  id: 'doc.status.strong',
  about: {
    vi: 'Tình trạng tự nó cấm đăng: độ mật, nội bộ, chưa ký, chưa ban hành, chưa công bố.',
    en: 'Status that alone keeps a document off social media: classified, internal, unsigned, unissued, unpublished.',
  },
  fold: [
    'tuyệt mật',
    'đóng dấu mật',
    'nội bộ',
    'lưu hành nội bộ',
    'chưa công bố',
    'chưa được công bố',
    'chưa công khai',
    'chưa được công khai',
    'chưa ký',
    'chưa được ký',
    'chưa ký ban hành',
    'chưa ban hành',
    'chưa phát hành',
    'không phổ biến',
    'không được phổ biến',
    'không phát tán',
    'cấm phát tán',
    'không sao chụp',
    'không được sao chụp',
    'confidential',
    'unpublished',
    'unsigned',
    'classified',
  ],
  exact: ['độ mật', 'tối mật', 'mật', 'dấu mật'],
});
