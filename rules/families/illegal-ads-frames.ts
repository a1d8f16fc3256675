// Illegal advertising as frames (Điều 4.6): an offer (selling, a price, a way to order) close to a
// banned good or service named any way people name it (drugs by street name, weapons, wildlife,
// fake papers, exam fraud, loan sharks, debt collectors, deposit-first tasks, betting, sex,
// counterfeits, personal data); a paper sold with a fraud pitch. News, warnings, refusals and
// questions lift the hint.
import { defineFamily } from '../family';

/** News of a bust, a warning, the law: the text is about the trade, not part of it. */
const REPORTED = [
  'bị bắt',
  'bắt giữ',
  'triệt phá',
  'khởi tố',
  'truy tố',
  'xét xử',
  'tuyên án',
  'công an',
  'cảnh sát',
  'đường dây',
  'lừa đảo',
  'cẩn thận',
  'cảnh giác',
  'cảnh báo',
  'tránh xa',
  'đừng',
  'vi phạm',
  'hành vi',
  'phạm tội',
  'nghiêm cấm',
  'bị cấm',
  'xử phạt',
  'bị phạt',
  'trái phép',
  'bất hợp pháp',
  'phạm pháp',
  'nạn',
  'nạn nhân',
  'sập bẫy',
  'thủ đoạn',
  'chiêu trò',
  'băng nhóm',
  'đối tượng',
  'tố giác',
  'phát hiện',
  'thu giữ',
  'tịch thu',
  'phòng chống',
  'tác hại',
  'nguy hiểm',
  'cai nghiện',
  'tàng trữ',
  'buôn',
  'tử hình',
  'bảo tồn',
  'cứu hộ',
  'giải cứu',
  'kiểm lâm',
  'sở thú',
  'vườn thú',
  'thảo cầm viên',
  'vườn quốc gia',
  'tuyên truyền',
  'tẩy chay',
  'phản đối',
  'lên án',
  'chiến sĩ',
  'biên phòng',
  'bộ đội',
];

/** Refusing or asking: "shop cam kết không bán hàng fake", "bán súng hơi có bị phạt không?". */
const REFUSED = [
  'không bán',
  'không nhận',
  'không có',
  'không phải',
  'không dùng',
  'không mua',
  'không ăn',
  'không sử dụng',
  'từ chối',
  'nói không với',
  'cam kết không',
  'tuyệt đối không',
  'chống hàng giả',
  'hàng chính hãng',
  'chính hãng 100%',
];
const ASKED = [
  'có phải',
  'là gì',
  'có hợp pháp',
  'có bị phạt',
  'có vi phạm',
  'có bị bắt',
  'có sao không',
  'bị gì không',
];

/** Toys, models and water guns are not weapons; the saying about ivory is not a trade. */
const NOT_GOODS = [
  {
    terms: ['nước', 'đồ chơi', 'nhựa', 'bắn nước', 'mô hình', 'cho bé', 'xốp', 'thạch'],
    within: 2,
    side: 'after' as const,
  },
  { terms: ['mọc', 'mọc được', 'đồ chơi', 'mô hình'], within: 2, side: 'before' as const },
];

const UNLESS = [
  { terms: REPORTED, within: 10 },
  { terms: REFUSED, within: 4, side: 'before' as const },
  { terms: ASKED, within: 8 },
  ...NOT_GOODS,
];

/** A rule's examples (a named type: the build strips every `examples: { … }` literal). */
type Examples = { flag: string[]; allow: string[] };

/** One selling frame per kind of banned good, each with its own message and examples. */
const KINDS: readonly {
  id: string;
  goods: string;
  /** 'offer.strong' where a price or a purchase is also everyday talk about the goods. */
  offer?: string;
  vi: string;
  en: string;
  examples: Examples;
}[] = [
  {
    id: 'drugs',
    goods: 'goods.drugs',
    vi: 'Chào bán ma túy, chất cấm.',
    en: 'Offering drugs or banned substances.',
    examples: {
      flag: [
        'có [cỏ mỹ] hàng chuẩn, ship toàn quốc',
        'ai cần [kẹo ke] với [thuốc lắc] ib nhé',
        '[nuoc vui], [bóng cười] ship nhanh',
      ],
      allow: ['công an triệt phá đường dây bán cỏ Mỹ qua mạng', 'tác hại của bóng cười với não bộ, đừng mua'],
    },
  },
  {
    id: 'weapons',
    goods: 'goods.weapons',
    vi: 'Chào bán vũ khí, vật liệu nổ, công cụ hỗ trợ.',
    en: 'Offering weapons, explosives or restricted tools.',
    examples: {
      flag: ['cần bán [súng hơi] cồn, ib zalo', 'có [roi điện] với [bình xịt hơi cay] giá sỉ'],
      allow: ['bán súng nước đồ chơi cho bé, ship toàn quốc', 'bán súng hơi có bị phạt không mọi người?'],
    },
  },
  {
    id: 'wildlife',
    goods: 'goods.wildlife',
    offer: 'offer.strong',
    vi: 'Mua bán động vật hoang dã hoặc sản phẩm từ động vật được bảo vệ.',
    en: 'Trading protected wild animals or their parts.',
    examples: {
      flag: ['cần bán [sừng tê giác] nguyên chiếc, giá tốt', 'thu mua [vảy tê tê], [mật gấu] giá cao'],
      allow: ['buôn bán ngà voi bị xử lý hình sự', 'miệng chó không mọc được ngà voi'],
    },
  },
  {
    id: 'fraud-papers',
    goods: 'goods.papers',
    vi: 'Chào bán giấy tờ, văn bằng giả.',
    en: 'Offering forged papers or diplomas.',
    examples: {
      flag: ['nhận [làm bằng đại học] giá rẻ, inbox', 'có [căn cước giả], liên hệ zalo'],
      allow: ['công an bắt đường dây làm bằng giả', 'mình đi làm bằng lái xe máy, thi hai lần mới đậu'],
    },
  },
  {
    id: 'exam-fraud',
    goods: 'goods.exam',
    vi: 'Quảng cáo dịch vụ gian lận thi cử, chạy chọt.',
    en: 'Advertising exam fraud or bought favours.',
    examples: {
      flag: ['[nhận thi hộ] ielts, cam kết điểm, ib', 'bán [tai nghe siêu nhỏ] cho kỳ thi, ship kín'],
      allow: ['thi hộ là hành vi gian lận bị nghiêm cấm', 'cho hỏi chạy việc có bị phạt không?'],
    },
  },
  {
    id: 'loan-shark',
    goods: 'goods.loan',
    vi: 'Quảng cáo cho vay nặng lãi, "tín dụng đen".',
    en: 'Advertising loan sharking ("black credit").',
    examples: {
      flag: ['hỗ trợ [vay online] [chỉ cần cccd], liên hệ zalo', '[cho vay lãi] ngày, [giải ngân nhanh], ib'],
      allow: [
        'cảnh báo lừa đảo vay online qua app',
        'ngân hàng hạ lãi suất cho vay mua nhà, liên hệ chi nhánh',
      ],
    },
  },
  {
    id: 'debt-collection',
    goods: 'goods.debt',
    vi: 'Quảng cáo dịch vụ đòi nợ thuê (bị cấm từ năm 2021).',
    en: 'Advertising debt collection for hire (banned since 2021).',
    examples: {
      flag: ['bên em [nhận đòi nợ] thuê, uy tín, liên hệ zalo', 'chuyên [xử lý nợ khó đòi], bao nhanh, ib'],
      allow: [
        'mình nhận được thư ngân hàng đòi nợ, có khiếu nại được không?',
        'đòi nợ thuê là ngành nghề bị cấm',
      ],
    },
  },
  {
    id: 'task-scam',
    goods: 'goods.task',
    vi: 'Việc làm "nhiệm vụ" bắt nạp tiền trước: dấu hiệu lừa đảo.',
    en: 'A "task" job that asks for money up front: a sign of fraud.',
    examples: {
      flag: [
        'tuyển ctv [làm nhiệm vụ] online, ib ngay',
        '[việc nhẹ lương cao], [nạp trước] hoàn tiền, liên hệ',
      ],
      allow: [
        'cảnh giác chiêu việc nhẹ lương cao, nạp tiền làm nhiệm vụ',
        'nhiệm vụ tuần này của cả phòng là hoàn thành báo cáo',
      ],
    },
  },
  {
    id: 'betting',
    goods: 'goods.betting',
    vi: 'Quảng cáo cờ bạc, cá độ là vi phạm pháp luật.',
    en: 'Advertising gambling or betting is illegal.',
    examples: {
      flag: ['ae nào cần [kèo bóng] chuẩn thì ib', 'có link [đá gà online] uy tín, ib nhận'],
      allow: ['công an triệt phá đường dây cá độ bóng đá', 'nhận mọi kèo tâm sự nhé'],
    },
  },
  {
    id: 'sex',
    goods: 'goods.sex',
    vi: 'Quảng cáo mua bán dâm.',
    en: 'Advertising paid sex.',
    examples: {
      flag: ['có [gái gọi cao cấp], giá hạt dẻ, liên hệ', 'nhận [massage kích dục] tại nhà, ib zalo'],
      allow: ['công an bắt quả tang đường dây mua bán dâm', 'tiệm massage chân giá rẻ, liên hệ đặt lịch'],
    },
  },
  {
    id: 'body',
    goods: 'goods.body',
    offer: 'offer.strong',
    vi: 'Mua bán nội tạng, mang thai hộ vì tiền hoặc mua bán trẻ em là vi phạm pháp luật.',
    en: 'Trading organs, paid surrogacy or babies is illegal.',
    examples: {
      flag: ['cần [mua thận] nhóm máu O, giá cao, liên hệ', '[nhận mang thai hộ] trọn gói, ib zalo'],
      allow: ['bác sĩ ghép thận thành công cho bệnh nhân', 'luật cho phép mang thai hộ vì mục đích nhân đạo'],
    },
  },
  {
    id: 'counterfeit',
    goods: 'goods.counterfeit',
    offer: 'offer.strong',
    vi: 'Chào bán hàng giả, hàng nhái, hàng lậu hoặc không rõ nguồn gốc.',
    en: 'Offering counterfeit, smuggled or stolen goods.',
    examples: {
      flag: ['[giày rep] giống auth, ship cod', 'túi [super fake] giá rẻ, có sẵn'],
      allow: [
        'shop cam kết không bán hàng super fake, hoàn tiền nếu phát hiện',
        'cảnh giác hàng rep 1:1 bán trên mạng',
      ],
    },
  },
  {
    id: 'personal-data',
    goods: 'goods.data',
    offer: 'offer.strong',
    vi: 'Mua bán dữ liệu cá nhân, tài khoản, hoặc dịch vụ xâm phạm đời tư.',
    en: 'Trading personal data or accounts, or services that invade privacy.',
    examples: {
      flag: ['bán [data khách hàng] bất động sản, giá rẻ', 'nhận [hack facebook], [định vị điện thoại], ib'],
      allow: ['mua bán dữ liệu cá nhân là vi phạm pháp luật', 'công an bắt nhóm mua bán tài khoản ngân hàng'],
    },
  },
];

/** English: news of a bust, a warning. */
const EN_REPORTED = [
  'arrested',
  'police',
  'seized',
  'busted',
  'illegal',
  'crackdown',
  'beware',
  'scam',
  'warning',
  "don't buy",
  'do not buy',
  'report',
];

export const illegalAdsFrames = defineFamily({
  defaults: { category: 'illegal-ads', clause: '4.6', severity: 'high' },
  rules: [
    ...KINDS.map((k) => ({
      id: `illegal-ads-offer-${k.id}`,
      kind: 'frame' as const,
      main: 'goods',
      within: 10,
      message: { vi: k.vi, en: k.en },
      slots: [
        { name: 'goods', lexicons: [k.goods] },
        // A phone or Zalo to reach the seller is an offer too.
        { name: 'offer', lexicons: [k.offer ?? 'offer', 'personal.contact'] },
      ],
      unless: UNLESS,
      examples: k.examples,
    })),
    {
      id: 'illegal-ads-paper-pitch',
      kind: 'frame',
      main: 'paper',
      within: 8,
      message: {
        vi: 'Chào bán giấy tờ, văn bằng làm giả hoặc cấp sai quy định.',
        en: 'Offering forged or improperly issued papers.',
      },
      slots: [
        { name: 'paper', lexicons: ['paper.plain'] },
        { name: 'pitch', lexicons: ['pitch.fake'] },
        { name: 'offer', lexicons: ['offer'], optional: true },
      ],
      unless: [
        { terms: REPORTED, within: 10 },
        { terms: ASKED, within: 8 },
      ],
      examples: {
        flag: [
          'nhận làm [giấy khám sức khỏe] không cần khám, lấy ngay trong ngày',
          '[bằng lái xe] a1 b2 không cần thi, bao đậu 100%',
          'bao làm [bằng đại học] có hồ sơ gốc, tra cứu được',
        ],
        allow: [
          'bằng lái xe hạng B2 thi ở đâu thì dễ đậu hả mọi người?',
          'trung tâm đào tạo bằng lái xe, học lý thuyết miễn phí',
        ],
      },
    },
    {
      id: 'en-illegal-ads-offer',
      kind: 'frame',
      lang: 'en',
      main: 'goods',
      within: 8,
      severity: 'high',
      message: {
        vi: 'Chào bán hàng hóa, dịch vụ bị pháp luật cấm.',
        en: 'Offering goods or services that the law bans.',
      },
      slots: [
        { name: 'goods', lexicons: ['en.goods'] },
        { name: 'offer', lexicons: ['en.offer'] },
      ],
      unless: [{ terms: EN_REPORTED, within: 10 }],
      examples: {
        flag: ['selling [weed] and [mdma], discreet delivery, dm me'],
        allow: ['police seized guns and ammo in the raid, selling them is illegal'],
      },
    },
  ],
});
