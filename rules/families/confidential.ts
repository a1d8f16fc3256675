// Confidential and internal documents (Điều 5.2, civil servants): classification stamps, internal
// circulation marks, unpublished drafts, official document numbers.
import type { RuleSpec } from '../types';

const PROFILE = ['civil-servant'] as const;
const RULES = {
  vi: 'Kiểm tra nội quy cung cấp thông tin của cơ quan trước khi đăng.',
  en: "Check your agency's rules on sharing information before posting.",
};

export const confidential = [
  {
    id: 'confidential-classification',
    kind: 'terms',
    category: 'confidential',
    severity: 'high',
    clause: '5.2',
    accents: 'exact',
    profiles: PROFILE,
    message: {
      vi: 'Văn bản có độ mật không được đăng lên mạng xã hội.',
      en: 'A classified document must not be posted on social networks.',
    },
    suggestion: RULES,
    terms: [
      'tối mật',
      'tuyệt mật',
      'độ mật',
      'tài liệu mật',
      'văn bản mật',
      'dấu mật',
      'đóng dấu mật',
      'hồ sơ mật',
      'bí mật nhà nước',
      'bí mật công tác',
      'thông tin mật',
    ],
    examples: {
      flag: ['gửi mọi người văn bản TỐI MẬT của sở', 'tài liệu mật về dự án, xem nhanh kẻo bị xóa'],
      allow: ['mật ong rừng nguyên chất', 'tôi mất chìa khóa rồi', 'bí mật của bánh ngon là bột mới'],
    },
  },
  {
    id: 'confidential-internal',
    kind: 'terms',
    category: 'confidential',
    severity: 'medium',
    clause: '5.2',
    profiles: PROFILE,
    message: {
      vi: 'Tài liệu nội bộ hoặc chưa công bố: chỉ đăng khi cơ quan cho phép.',
      en: 'An internal or unpublished document: post it only if your agency allows.',
    },
    suggestion: RULES,
    terms: [
      'tài liệu nội bộ',
      'lưu hành nội bộ',
      'văn bản nội bộ',
      'thông tin nội bộ',
      'không phổ biến',
      'không được phổ biến',
      'không phát tán',
      'chưa công bố',
      'chưa được công bố',
      'chưa ban hành',
      'bản dự thảo chưa',
      'dự thảo nội bộ',
      'biên bản họp nội bộ',
      'kết luận cuộc họp nội bộ',
      'chỉ lưu hành nội bộ',
      'không sao chụp',
      'cấm sao chụp',
      'không được sao chụp',
      'không tiết lộ ra ngoài',
      'không cung cấp cho báo chí',
      'không chia sẻ ra ngoài',
      'chưa ký ban hành',
      'bản chưa ký',
      'công văn mật',
      'chụp trộm văn bản',
    ],
    examples: {
      flag: [
        'chia sẻ anh em tài liệu nội bộ của phòng',
        'kết quả thanh tra chưa công bố nhưng mình gửi trước',
      ],
      allow: ['dự thảo luật đã được đăng lấy ý kiến nhân dân công khai', 'cả phòng đi liên hoan cuối năm'],
    },
  },
  {
    id: 'confidential-document-number',
    kind: 'pattern',
    category: 'confidential',
    severity: 'medium',
    clause: '5.2',
    profiles: PROFILE,
    message: {
      vi: 'Số hiệu văn bản hành chính: văn bản này đã được công bố chưa?',
      en: 'An official document number: has this document been made public?',
    },
    suggestion: RULES,
    pattern:
      '(?<![\\p{L}\\p{N}])số(?:\\s|:\\s|\\s:\\s|:)?\\d{1,6}\\/(?:\\d{4}\\/)?[A-ZĐ]{1,8}-[A-ZĐ0-9-]{1,24}(?![\\p{L}\\p{N}])',
    unlessOfficialLink: true,
    examples: {
      flag: ['Số: 123/QĐ-UBND ngày 5/3, chưa ai biết đâu', 'gửi anh em Số 45/2024/TT-BTC bản gốc'],
      allow: ['phòng số 123 tầng 4', 'Quyết định Số: 874/QĐ-BTTTT đăng tại https://mic.gov.vn'],
    },
  },
] as const satisfies readonly RuleSpec[];
