// Confidential and internal documents (Điều 5.2, civil servants): classification stamps, internal
// circulation marks, unpublished drafts, official document numbers.
import { defineFamily } from '../family';

const PROFILE = ['civil-servant'] as const;
const RULES = {
  vi: 'Kiểm tra nội quy cung cấp thông tin của cơ quan trước khi đăng.',
  en: "Check your agency's rules on sharing information before posting.",
};

/** What a classification stamp is put on: "công văn TỐI MẬT", "tài liệu tuyệt mật". */
const DOCUMENTS = [
  'văn bản',
  'công văn',
  'công điện',
  'tài liệu',
  'hồ sơ',
  'báo cáo',
  'kế hoạch',
  'quyết định',
  'tờ trình',
  'biên bản',
  'chỉ thị',
  'phương án',
  'danh sách',
  'độ mật',
  'đóng dấu',
  'file',
];

/** Citing a published document by its number ("Căn cứ Quyết định số 874/QĐ-BTTTT"). */
const CITING = ['căn cứ', 'theo', 'thực hiện', 'tại', 'kèm theo', 'quy định tại', 'triển khai', 'hướng dẫn'];

/** A classified document, by its stamp or its words. */
const CLASSIFIED = {
  vi: 'Văn bản có độ mật không được đăng lên mạng xã hội.',
  en: 'A classified document must not be posted on social networks.',
};

export const confidential = defineFamily({
  defaults: {
    category: 'confidential',
    clause: '5.2',
    severity: 'high',
    suggestion: RULES,
    profiles: PROFILE,
  },
  rules: [
    {
      id: 'confidential-classification',
      kind: 'terms',
      accents: 'exact',
      message: CLASSIFIED,
      terms: ['độ mật', 'dấu mật', 'đóng dấu mật', 'bí mật nhà nước', 'bí mật công tác'],
      examples: {
        flag: ['[Độ mật]: Tối mật. Kế hoạch kiểm tra', '[bí mật nhà nước], xem nhanh kẻo bị xóa'],
        allow: ['mật ong rừng nguyên chất', 'tôi mất chìa khóa rồi', 'bí mật của bánh ngon là bột mới'],
      },
    },
    {
      // The stamp words: only on a document, since "chuyện tối mật nhé" is a joke.
      id: 'confidential-classification-stamp',
      kind: 'terms',
      accents: 'exact',
      message: CLASSIFIED,
      terms: ['tối mật', 'tuyệt mật', 'thông tin mật'],
      near: { terms: DOCUMENTS, within: 6, accents: 'exact' },
      examples: {
        flag: ['gửi mọi người văn bản [TỐI MẬT] của sở', 'chụp được công văn [tuyệt mật] của tỉnh'],
        allow: ['chuyện tối mật nhé: mai sinh nhật sếp', 'công thức nấu phở tuyệt mật của mẹ'],
      },
    },
    {
      // A stamp standing alone: on a line of its own, or in brackets ("[MẬT]", "(TỐI MẬT)").
      id: 'confidential-stamp-line',
      kind: 'pattern',
      message: {
        vi: 'Dấu độ mật trên văn bản: văn bản mật không được đăng lên mạng xã hội.',
        en: 'A classification stamp: a classified document must not be posted on social networks.',
      },
      pattern:
        '(?:(?<=^|\\n)[ \\t]{0,8}(?:tối mật|tuyệt mật|mật)[ \\t]{0,8}(?=\\n|$)|[\\[(](?:tối mật|tuyệt mật|mật)[\\])])',
      examples: {
        flag: ['[MẬT]\nCông văn về việc rà soát nhân sự', '[\\[MẬT\\]] Báo cáo tình hình quý III'],
        allow: ['Mật ong rừng\nchính gốc Tây Bắc', 'đắng như mật'],
      },
    },
    {
      id: 'confidential-internal',
      kind: 'terms',
      severity: 'medium',
      message: {
        vi: 'Tài liệu nội bộ hoặc chưa công bố: chỉ đăng khi cơ quan cho phép.',
        en: 'An internal or unpublished document: post it only if your agency allows.',
      },
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
        'dự thảo chưa công khai',
        'quy hoạch chưa công khai',
        'kết luận chưa công khai',
        'văn bản chưa công khai',
        'tài liệu chưa công khai',
        'danh sách chưa công khai',
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
        'chụp trộm văn bản',
      ],
      // A reminder not to share is not a leak.
      unless: [
        { terms: ['không được', 'đừng', 'nghiêm cấm', 'không nên', 'tuyệt đối không', 'nhắc'], within: 6 },
      ],
      examples: {
        flag: [
          '[lưu hành nội bộ], anh chị xem tham khảo',
          'kết quả thanh tra [chưa công bố] nhưng mình gửi trước',
        ],
        allow: ['dự thảo luật đã được đăng lấy ý kiến nhân dân công khai', 'cả phòng đi liên hoan cuối năm'],
      },
    },
    {
      id: 'confidential-document-number',
      kind: 'pattern',
      severity: 'medium',
      message: {
        vi: 'Số hiệu văn bản hành chính: văn bản này đã được công bố chưa?',
        en: 'An official document number: has this document been made public?',
      },
      pattern:
        '(?<![\\p{L}\\p{N}])số(?:\\s|:\\s|\\s:\\s|:)?\\d{1,6}\\/(?:\\d{4}\\/)?[A-ZĐ]{1,8}-[A-ZĐ0-9-]{1,24}(?![\\p{L}\\p{N}])',
      unless: [{ terms: CITING, within: 4, side: 'before' }],
      unlessOfficialLink: true,
      examples: {
        flag: ['[Số: 123/QĐ-UBND] ngày 5/3, chưa ai biết đâu', 'gửi anh em [Số 45/2024/TT-BTC] bản gốc'],
        allow: [
          'phòng số 123 tầng 4',
          'Quyết định Số: 874/QĐ-BTTTT đăng tại https://mic.gov.vn',
          'Căn cứ Quyết định số 874/QĐ-BTTTT ban hành Bộ Quy tắc ứng xử',
        ],
      },
    },
  ],
});
