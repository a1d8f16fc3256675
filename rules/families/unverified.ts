// Unverified claims (Điều 4.4): hearsay told as fact, pressure to share before checking, fabricated
// announcements, miracle cures, sweeping figures without a source. A link to an official or
// licensed-press source removes the hint.
import { defineFamily } from '../family';

const CHECK = {
  vi: 'Kiểm tra lại từ nguồn chính thống trước khi chia sẻ, hoặc dẫn nguồn.',
  en: 'Check an official source before sharing, or cite one.',
};

/** Named licensed press or an official page cited in words: the claim has a source. */
export const NEWS_SOURCE = [
  'theo báo',
  'báo điện tử',
  'theo thông tin từ',
  'cổng thông tin',
  'thông cáo báo chí',
  'trang chính thức',
  'website chính thức',
  'vnexpress',
  'dân trí',
  'vietnamnet',
  'vtv',
  'vov',
  'ttxvn',
  'vietnamplus',
  'znews',
  'zingnews',
  'báo tuổi trẻ',
  'báo thanh niên',
  'báo nhân dân',
  'báo lao động',
  'báo chính phủ',
];

/** The writer warns against the claim or names it as false. */
export const DEBUNKED = [
  'tin đồn thất thiệt',
  'tin giả',
  'sai sự thật',
  'bác bỏ',
  'bịa đặt',
  'xử phạt',
  'lừa đảo',
];

/** Not spreading: "đừng share gấp", "không nên chia sẻ ngay". */
const DONT = ['đừng', 'không nên', 'chớ', 'tránh'];

/** The writer sharing something themselves ("mình share ngay"), or thanking for it. */
const SELF_SHARING = ['mình', 'tôi', 'em', 'tớ', 'tui', 'cảm ơn', 'đã', 'vừa'];

/** Authorities whose name fake announcements borrow, and how such announcements begin. */
const AUTHORITIES = [
  'bộ y tế',
  'bộ công an',
  'bộ giáo dục',
  'bộ gd',
  'bộ tài chính',
  'bộ giao thông',
  'bộ quốc phòng',
  'chính phủ',
  'thủ tướng',
  'công an',
  'bảo hiểm xã hội',
  'bhxh',
  'ngân hàng nhà nước',
  'nhnn',
  'evn',
  'cục csgt',
  'csgt',
  'who',
];
const ANNOUNCES = [
  'vừa thông báo',
  'vừa ra thông báo',
  'vừa phát thông báo',
  'vừa ra lệnh',
  'vừa ra quyết định',
  'khẩn cấp thông báo',
  'thông báo khẩn',
  'phát cảnh báo khẩn',
  'vừa ban hành lệnh',
  'chính thức cấm',
  'chính thức xác nhận',
  'vừa công bố',
];

/** Messages shared by a near rule and its fixed-phrase sibling. */
/** A cure claim reported as false advertising or warned against. */
const CURE_DEBUNKED = {
  terms: [...DEBUNKED, 'quảng cáo sai', 'quảng cáo thổi phồng', 'cảnh giác', 'theo các bác sĩ'],
  within: 10,
};

const CURE = {
  message: {
    vi: 'Lời hứa chữa bệnh thần kỳ chưa được kiểm chứng.',
    en: 'An unproven promise of a miracle cure.',
  },
  suggestion: {
    vi: 'Hỏi ý kiến bác sĩ hoặc dẫn nguồn y khoa.',
    en: 'Ask a doctor or cite a medical source.',
  },
} as const;
const FAKE_OFFICIAL = {
  vi: 'Thông báo nhân danh cơ quan nhà nước nhưng không có nguồn.',
  en: 'An announcement in the name of an authority, with no source.',
} as const;

/** A news report or a debunking around a fake announcement. */
const FAKE_OFFICIAL_UNLESS = [
  { terms: NEWS_SOURCE, within: 8 },
  { terms: DEBUNKED, within: 10 },
] as const;

export const unverified = defineFamily({
  defaults: { category: 'unverified', clause: '4.4', severity: 'medium', suggestion: CHECK },
  rules: [
    {
      id: 'unverified-share-urgency',
      kind: 'terms',
      message: {
        vi: 'Thúc giục chia sẻ gấp là dấu hiệu quen thuộc của tin giả.',
        en: 'Pressure to share at once is a common sign of false news.',
      },
      terms: [
        'share gấp',
        'chia sẻ gấp',
        'share ngay',
        'chia sẻ ngay',
        'share liền',
        'share mạnh',
        'chia sẻ mạnh',
        'lan tỏa ngay',
        'hãy chia sẻ cho mọi người cùng biết',
        'gửi cho 10 người',
        'chuyển tiếp cho 10 người',
        'copy và gửi',
        'báo chí không dám đăng',
        'báo chí không dám đưa tin',
        'truyền thông im lặng',
        'sự thật bị che giấu',
        'họ không muốn bạn biết',
        'share trước khi bị xóa',
        'chia sẻ trước khi quá muộn',
        'share cho mọi người cùng biết',
        'đọc xong nhớ share',
        'không share là',
        'nếu không chia sẻ',
        'lan truyền ngay',
        'tin này sẽ bị xóa',
        'bài này sẽ bị xóa',
        'sự thật mà báo chí',
        'sự thật mà truyền thông',
        'truyền thông không nói',
        'báo chí không nói',
        'sự thật bị giấu kín',
        'gửi tin nhắn này cho',
        'chuyển tin nhắn này cho',
        'nếu không sẽ gặp xui xẻo',
        'nếu không sẽ gặp vận xui',
      ],
      unless: [
        { terms: DONT, within: 3, side: 'before' },
        { terms: SELF_SHARING, within: 2, side: 'before' },
      ],
      unlessOfficialLink: true,
      examples: {
        flag: [
          '[Share gấp] trước khi bị xóa!!!',
          '[báo chí không dám đưa tin] vụ này đâu',
          '[gửi tin nhắn này cho] 10 người, nếu không sẽ gặp xui xẻo',
        ],
        allow: [
          'cảm ơn bạn đã chia sẻ bài viết',
          'đọc bản tin đầy đủ tại https://chinhphu.vn , share gấp cho mọi người',
          'kiểm tra nguồn đã, đừng share gấp',
          'hay quá, mình share ngay cho nhóm lớp',
        ],
      },
    },
    {
      id: 'unverified-before-removal',
      kind: 'terms',
      message: {
        vi: '"Xem, chia sẻ trước khi bị xóa" là dấu hiệu quen thuộc của tin giả.',
        en: '"See and share it before it is removed" is a common sign of false news.',
      },
      terms: [
        'trước khi bị xóa',
        'trước khi bị gỡ',
        'trước khi bài bị xóa',
        'trước khi bài bị gỡ',
        'trước khi clip bị gỡ',
        'trước khi clip bị xóa',
        'kẻo bị xóa',
        'kẻo bị gỡ',
        'kẻo bài bị xóa',
        'kẻo bài bị gỡ',
        'kẻo clip bị gỡ',
        'kẻo clip bị xóa',
        'sắp bị xóa',
        'sắp bị gỡ',
        'bài này bị xóa',
        'bài này bị gỡ',
        'clip này bị gỡ',
        'bị xóa bất cứ lúc nào',
        'bị gỡ bất cứ lúc nào',
      ],
      near: {
        terms: [
          'share',
          'chia sẻ',
          'lan tỏa',
          'lan truyền',
          'xem ngay',
          'xem gấp',
          'xem nhanh',
          'coi gấp',
          'coi ngay',
          'lưu lại',
          'sự thật',
        ],
        within: 8,
      },
      unless: [{ terms: DONT, within: 3, side: 'before' }],
      unlessOfficialLink: true,
      examples: {
        flag: [
          'Mọi người chia sẻ nhanh [trước khi bài bị gỡ] nhé',
          'sợ [bài này bị xóa] nên ae lưu lại và share liền',
        ],
        allow: [
          'nhớ tải ảnh về trước khi bị xóa tài khoản vì lâu không đăng nhập',
          'bài viết vi phạm sẽ bị gỡ theo quy định',
        ],
      },
    },
    {
      id: 'unverified-fake-official',
      kind: 'terms',
      message: FAKE_OFFICIAL,
      // "<authority> <announces>": the announcement, with the authority right before it (one hint
      // over both; a near rule, not every pair as a term, keeps the compiled ruleset small).
      terms: ANNOUNCES,
      near: { terms: AUTHORITIES, within: 1, side: 'before', extend: true },
      unless: FAKE_OFFICIAL_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          '[Bộ Y tế vừa thông báo]: uống nước chanh nóng diệt virus',
          '[BHXH vừa thông báo] dừng chi trả lương hưu từ tháng sau',
        ],
        allow: [
          'Bộ Y tế vừa thông báo số ca mắc mới, xem tại https://moh.gov.vn/tin-tuc',
          'Theo VnExpress, Bộ Y tế vừa thông báo thêm 500 ca mắc mới',
          'công ty vừa thông báo lịch nghỉ Tết',
        ],
      },
    },
    {
      id: 'unverified-fake-official-phrase',
      kind: 'terms',
      message: FAKE_OFFICIAL,
      terms: [
        'thông báo khẩn của bộ',
        'thông báo khẩn từ bộ công an',
        'lệnh phong tỏa toàn',
        'sắp đổi tiền',
        'ngân hàng nhà nước sắp',
        'từ ngày mai cấm',
      ],
      unless: FAKE_OFFICIAL_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: ['Nhà nước [sắp đổi tiền] rồi', '[từ ngày mai cấm] xe máy vào nội thành'],
        allow: ['Theo VnExpress, từ ngày mai cấm xe tải vào giờ cao điểm', 'ngày mai trời nắng'],
      },
    },
    {
      id: 'unverified-miracle-cure-phrase',
      kind: 'terms',
      message: CURE.message,
      suggestion: CURE.suggestion,
      terms: [
        'chữa khỏi 100%',
        'khỏi 100%',
        'chữa bách bệnh',
        'trị bách bệnh',
        'diệt sạch tế bào ung thư',
        'không cần đi viện',
        'bác sĩ không muốn bạn biết',
        'tiêu diệt virus',
        'diệt virus corona',
        'bài thuốc gia truyền chữa',
        'chữa khỏi hoàn toàn',
        'khỏi hoàn toàn sau',
        'bác sĩ cũng phải bất ngờ',
        'y học bó tay',
        'đẩy lùi ung thư',
        'tiêu diệt tế bào ung thư',
        'trị dứt điểm',
        'khỏi bệnh sau 7 ngày',
        'khỏi cần uống thuốc',
        'không cần uống thuốc tây',
        'bỏ luôn thuốc tây',
      ],
      unless: [
        {
          terms: ['không', 'không thể', 'chưa', 'chẳng', 'chưa thể', 'làm gì có'],
          within: 2,
          side: 'before',
        },
        CURE_DEBUNKED,
      ],
      unlessOfficialLink: true,
      examples: {
        flag: ['lá này [chữa khỏi 100]% mọi bệnh', 'uống nước gừng nóng để [tiêu diệt virus] trong cổ họng'],
        allow: [
          'thuốc kháng sinh phải dùng theo đơn bác sĩ',
          'phần mềm diệt virus máy tính',
          'thuốc này không chữa khỏi hoàn toàn, chỉ giúp kiểm soát bệnh',
        ],
      },
    },
    {
      // Folded, "thần dược" is "thân được" / "thần được": only with its accents.
      id: 'unverified-miracle-drug',
      kind: 'terms',
      accents: 'exact',
      message: CURE.message,
      suggestion: CURE.suggestion,
      terms: ['thần dược', 'thuốc thần', 'thần dược chữa'],
      unless: [{ terms: [...DEBUNKED, 'không có', 'làm gì có', 'không phải'], within: 4 }],
      unlessOfficialLink: true,
      examples: {
        flag: ['lá này là [thần dược] cho người tiểu đường'],
        allow: ['mong người thân được an lành', 'không có thần dược nào chữa bách bệnh'],
      },
    },
    {
      id: 'unverified-sweeping-figure',
      kind: 'pattern',
      severity: 'low',
      message: {
        vi: 'Con số tuyệt đối không kèm nguồn; hãy kiểm tra trước khi tin.',
        en: 'A sweeping figure with no source; check before believing it.',
      },
      pattern:
        '(?<![\\p{L}\\p{N}])(?:100|9\\d)\\s?%\\s(?:người|dân|bác sĩ|nhà khoa học|chuyên gia|trường hợp|ca|phụ nữ|đàn ông|trẻ em|nguoi|dan)(?![\\p{L}\\p{N}])',
      near: {
        terms: [
          'chứng minh',
          'khẳng định',
          'đều',
          'đã',
          'đang',
          'bị',
          'mắc',
          'khỏi',
          'chết',
          'tin',
          'xác nhận',
          'không biết',
          'sai cách',
        ],
        within: 8,
      },
      unless: [
        {
          terms: [
            'theo',
            'khảo sát',
            'thống kê',
            'nghiên cứu',
            'số liệu',
            'báo cáo',
            'tỷ lệ',
            'đạt',
            'công bố',
          ],
          within: 10,
        },
      ],
      unlessOfficialLink: true,
      examples: {
        flag: ['[99% người] dùng điện thoại đều bị ung thư não', '[90% người] Việt đang ăn sai cách'],
        allow: [
          'lớp tôi 100% học sinh đỗ tốt nghiệp, theo https://moet.gov.vn',
          'tỷ lệ tiêm đạt 95% người trưởng thành, theo số liệu của Bộ Y tế',
        ],
      },
    },
  ],
});
