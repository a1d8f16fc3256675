// What makes a document not for posting: the strong statuses of doc.status.strong, and drafts,
// originals, scans, pending approval, an exam not yet sat. Folded, "nháp" is "nhập".
import { defineLexicon } from './define';

export const docStatus = defineLexicon({
  id: 'doc.status',
  about: {
    vi: 'Tình trạng không được đăng: độ mật, nội bộ, chưa ký, chưa công bố, bản nháp, bản gốc, đề chưa thi.',
    en: 'Status that keeps a document off social media: classified, internal, unsigned, unpublished, draft, original, exam not yet sat.',
  },
  include: ['doc.status.strong'],
  fold: [
    'chưa duyệt',
    'chưa phê duyệt',
    'chưa thông qua',
    'chưa chính thức',
    'chưa ai biết',
    'chưa ai có',
    'chưa có trên mạng',
    'chưa đăng',
    'đang trình',
    'sắp ban hành',
    'chỉ dùng trong',
    'bản gốc',
    'bản scan',
    'bản chụp',
    'trước giờ thi',
    'sắp thi',
    'độc quyền',
    'internal',
    'leaked',
    'sáng mai thi',
    'ngày mai thi',
    'mai thi',
    'chiều nay thi',
  ],
  exact: ['chưa họp', 'chưa thi', 'nháp', 'bản nháp'],
});
