// Unverified claims as frames (Điều 4.4): a claim about health, money, fines, disasters, deaths or
// children's safety carried by hearsay, or by two of urgency, certainty and borrowed authority; a
// cure promised for a disease. A source, a debunking, a scam warning or a question lifts the hint.
import { defineFamily } from '../family';
import { DEBUNKED, NEWS_SOURCE } from './unverified';

const CHECK = {
  vi: 'Kiểm tra lại từ nguồn chính thống trước khi chia sẻ, hoặc dẫn nguồn.',
  en: 'Check an official source before sharing, or cite one.',
};

/** The writer names the claim as false, or warns against a scam. */
const REFUTED = [
  ...DEBUNKED,
  'tin vịt',
  'fake news',
  'không đúng sự thật',
  'thông tin sai',
  'tin sai',
  'không có chuyện',
  'làm gì có chuyện',
  'đừng tin',
  'chưa được kiểm chứng',
  'chưa kiểm chứng',
  'chưa có căn cứ',
  'không có căn cứ',
  'vô căn cứ',
  'đính chính',
  'tung tin',
  'tung tin sai',
  'chiêu trò',
  'thủ đoạn',
  'giả mạo',
  'mạo danh',
  'giả danh',
  'cảnh giác',
  'bịa',
  'hoang đường',
  'mê tín',
  // Shared with a hedge, as unconfirmed: responsible, not a rumour told as fact.
  'chưa chắc',
  'không biết có đúng',
  'không biết đúng không',
  'không biết thật hư',
  'chưa rõ thật hư',
  'chờ thông tin chính thức',
  'đợi thông tin chính thức',
  'chờ xác nhận',
  'chưa xác nhận',
  'chưa được xác nhận',
  'chưa có thông tin chính thức',
  'kiểm chứng',
  'kiểm tra lại',
  'đừng vội tin',
];

/** Asking whether it is true is not spreading it. Folded, "hỏi" is "hơi". */
const ASKING = [
  'có thật không',
  'có đúng không',
  'thật không',
  'đúng không',
  'phải không',
  'có phải',
  'có ai biết',
  'ai biết không',
  'xin hỏi',
  'cho hỏi',
  'thực hư',
  'có ai xác nhận',
  'thật hả',
  'thật à',
  'không ạ',
  'hả mọi người',
  'không mọi người',
  'liệu có',
  'tại sao',
  'vì sao',
  'sao lại',
  'is it true',
];

/** A named official source or its channel: "theo khuyến cáo của Sở Y tế", "lịch đã đăng trên web". */
const CITED = [
  'theo khuyến cáo',
  'khuyến cáo của',
  'theo trung tâm',
  'theo sở',
  'theo bộ',
  'theo cơ quan',
  'theo ubnd',
  'theo chính quyền',
  'theo lịch',
  'theo kế hoạch của',
  'trên web',
  'trên website',
  'trang web',
  'đã đăng trên',
  'đã công bố',
  'fanpage chính thức',
  'trang fanpage',
];

/** Films, stories and games: a death in the plot is no rumour. */
const FICTION = [
  'bộ phim',
  'trong phim',
  'tập cuối',
  'nhân vật',
  'trong truyện',
  'tiểu thuyết',
  'trong game',
  'spoil',
];

/** Around every rumour frame: a cited source, a debunking or scam warning, a question. */
const RUMOUR_UNLESS = [
  {
    terms: [
      ...NEWS_SOURCE,
      'theo thông báo',
      'thông báo của',
      'theo quyết định',
      'theo công văn',
      'lịch tiêm',
      'điểm tiêm',
      'đăng ký tiêm',
      ...CITED,
    ],
    within: 12,
  },
  { terms: FICTION, within: 12 },
  { terms: REFUTED, within: 12 },
  { terms: ASKING, within: 10 },
];

/** A cure claim negated, hedged with "may", or reported about treated patients. Exact: "chưa" is "chữa". */
const CURE_UNLESS = [
  {
    terms: [
      'không',
      'không thể',
      'chưa',
      'chẳng',
      'chưa thể',
      'làm gì có',
      'không có',
      'chưa có',
      'không hề',
      'không giúp',
      'khó',
    ],
    within: 4,
    side: 'before' as const,
    accents: 'exact' as const,
  },
  {
    terms: ['có thể', 'giúp hỗ trợ', 'hỗ trợ', 'nếu phát hiện sớm', 'phát hiện sớm', 'bệnh nhân', 'ca bệnh'],
    within: 8,
  },
  {
    terms: [
      ...REFUTED,
      'quảng cáo sai',
      'quảng cáo thổi phồng',
      'theo các bác sĩ',
      'theo bác sĩ',
      'nghiên cứu',
    ],
    within: 12,
  },
  { terms: ASKING, within: 10 },
];

const RUMOUR = {
  vi: 'Tin đồn về một chuyện hệ trọng, kể như sự thật mà không có nguồn.',
  en: 'A rumour about a serious matter, told as fact without a source.',
};
const CURE = {
  message: { vi: 'Lời hứa chữa bệnh chưa được kiểm chứng.', en: 'An unproven promise of a cure.' },
  suggestion: {
    vi: 'Hỏi ý kiến bác sĩ hoặc dẫn nguồn y khoa.',
    en: 'Ask a doctor or cite a medical source.',
  },
};

/** English: cited sources and debunking words. */
const EN_SOURCES = [
  'according to',
  'reported by',
  'official',
  'ministry website',
  'reuters',
  'bbc',
  'vnexpress',
  'who.int',
];
const EN_DEBUNK = [
  'fake news',
  'hoax',
  'not true',
  'false',
  'debunked',
  'misinformation',
  'rumor is',
  'rumour is',
  "don't believe",
  'do not believe',
  'is it true',
  'scam',
  'beware',
];
const EN_RUMOUR_UNLESS = [
  { terms: EN_SOURCES, within: 12 },
  {
    terms: ['episode', 'movie', 'film', 'series', 'season', 'novel', 'character', 'in the game', 'spoiler'],
    within: 12,
  },
  { terms: EN_DEBUNK, within: 12 },
];

export const unverifiedFrames = defineFamily({
  defaults: { category: 'unverified', clause: '4.4', severity: 'medium', suggestion: CHECK, message: RUMOUR },
  rules: [
    {
      id: 'unverified-hearsay',
      kind: 'frame',
      main: 'hearsay',
      within: 20,
      slots: [
        { name: 'hearsay', lexicons: ['hearsay'] },
        { name: 'claim', lexicons: ['claim.topic'] },
        { name: 'urgency', lexicons: ['urgency', 'certainty'], optional: true },
      ],
      // "chưa nghe nói", "lần đầu mới nghe nói đến": heard of, not heard that. Exact: "chưa" is "chữa".
      unless: [
        ...RUMOUR_UNLESS,
        {
          terms: ['chưa', 'mới', 'lần đầu', 'chưa từng', 'chưa bao giờ', 'không', 'chịu', 'chẳng'],
          within: 2,
          side: 'before' as const,
          accents: 'exact' as const,
        },
      ],
      unlessOfficialLink: true,
      examples: {
        flag: [
          '[nghe nói] tháng sau ngân hàng nhà nước đổi tiền, ai giữ tiền mặt thì lo đi',
          '[người nhà mình làm ở] bệnh viện kể đã có 30 người tử vong mà không ai công bố',
          '[nghe đồn] tối nay có động đất mạnh ở Hà Nội, mọi người chú ý',
          '[nghe bao] tu thang 7 xe may khong chinh chu se bi phat tien 5 trieu',
          '[nghe nói] ngân hàng X sắp vỡ nợ, rút tiền ngay đi',
        ],
        allow: [
          'nghe nói phim này hay lắm, cuối tuần đi xem không?',
          'tin đồn thất thiệt: nghe nói ngân hàng sắp phá sản, đừng tin',
          'nghe nói sắp đổi tiền, có thật không mọi người?',
          'theo VnExpress, nghe nói giá xăng tuần sau tăng nhẹ',
          'nghe nói mai trời đẹp, đi picnic nhé',
          'theo https://moh.gov.vn , tin khẩn: số ca mắc tăng',
          'nghe nói sắp có phim mới, Đà Lạt mát lắm',
        ],
      },
    },
    {
      id: 'unverified-urgent-claim',
      kind: 'frame',
      main: 'claim',
      within: 10,
      slots: [
        { name: 'urgency', lexicons: ['urgency', 'urge.share'] },
        { name: 'claim', lexicons: ['claim.topic'] },
        { name: 'backing', lexicons: ['certainty', 'authority', 'prediction'] },
      ],
      unless: RUMOUR_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          'KHẨN: Bộ Y tế yêu cầu [cách ly] toàn thành phố từ tối nay',
          'tin nóng, chắc chắn 100% ngày mai [cấm xe máy] vào nội thành',
          'cảnh báo: bác sĩ bảo ăn rau muống bây giờ bị [ngộ độc] hết',
        ],
        allow: [
          'Khẩn cấp sơ tán dân khỏi vùng lũ, theo báo Tuổi Trẻ',
          'cảnh báo chiêu lừa đảo giả danh công an gọi điện phạt nguội',
        ],
      },
    },
    {
      // Pressure to pass it on or act on it at once, around a serious claim.
      id: 'unverified-spread-claim',
      kind: 'frame',
      main: 'urge',
      within: 20,
      slots: [
        { name: 'urge', lexicons: ['urge.share'] },
        { name: 'claim', lexicons: ['claim.topic'] },
      ],
      unless: RUMOUR_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          'ngân hàng Đông Á sắp phá sản, ai có tiền gửi thì [rút tiền ngay] đi',
          'xăng sẽ tăng giá mạnh từ tối nay, mọi người [share cho người thân] biết',
        ],
        allow: ['mọi người share cho nhau link đăng ký học bổng nhé', 'đừng ăn quá no trước khi ngủ'],
      },
    },
    {
      // "…mà báo chí không đưa tin", "bị bưng bít": a cover-up alleged around a serious claim.
      id: 'unverified-coverup-claim',
      kind: 'frame',
      main: 'coverup',
      within: 20,
      slots: [
        { name: 'coverup', lexicons: ['claim.coverup'] },
        { name: 'claim', lexicons: ['claim.topic'] },
      ],
      unless: RUMOUR_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          'tiêm xong nhiều người đột tử mà [báo chí không đưa] tin',
          'số ca tử vong thật bị [bưng bít], không ai dám nói',
        ],
        allow: [
          'báo chí không đưa tin vì đó là tin đồn thất thiệt',
          'công ty giấu nhẹm chuyện tăng ca, nhân viên bức xúc',
        ],
      },
    },
    {
      // A news-flash opener ("TIN KHẨN:", "tin nóng") before a serious claim.
      id: 'unverified-alarm-claim',
      kind: 'frame',
      main: 'alarm',
      within: 10,
      slots: [
        {
          name: 'alarm',
          terms: [
            'tin khẩn',
            'tin nóng',
            'khẩn',
            'cực khẩn',
            'cảnh báo khẩn',
            'thông báo khẩn',
            'hỏa tốc',
            'báo động đỏ',
            'tin sốc',
            'cực sốc',
            'tin hot',
            'breaking',
          ],
          accents: 'exact',
        },
        { name: 'claim', lexicons: ['claim.topic'] },
      ],
      // "khẩn cấp", "khẩn trương" are urgent steps, not a news flash ("thu hồi khẩn cấp").
      unless: [...RUMOUR_UNLESS, { terms: ['cấp', 'trương'], within: 1, side: 'after' as const }],
      unlessOfficialLink: true,
      examples: {
        flag: [
          '[Tin khẩn]: ngày mai phong tỏa toàn thành phố',
          '[KHẨN]: nước máy quận 7 nhiễm độc, đừng uống',
        ],
        allow: [
          'Tin nóng: đội tuyển Việt Nam vô địch AFF Cup',
          'theo https://moh.gov.vn , tin khẩn: số ca mắc tăng',
        ],
      },
    },
    {
      // Outright vouching ("chắc chắn 100%", "tin chuẩn") for a serious claim.
      id: 'unverified-vouched-claim',
      kind: 'frame',
      main: 'certainty',
      within: 20,
      slots: [
        { name: 'certainty', lexicons: ['certainty.strong'] },
        { name: 'claim', lexicons: ['claim.topic'] },
      ],
      unless: RUMOUR_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: ['[chắc chắn 100]% tháng sau đổi tiền, giữ vàng đi', '[tin chuẩn]: ngân hàng ABC sắp phá sản'],
        allow: ['tin chuẩn: tối nay có mưa rào', 'chắc chắn 100% mình sẽ đi dự đám cưới'],
      },
    },
    {
      id: 'unverified-certain-authority-claim',
      kind: 'frame',
      main: 'claim',
      within: 10,
      slots: [
        { name: 'certainty', lexicons: ['certainty'] },
        { name: 'claim', lexicons: ['claim.topic'] },
        { name: 'authority', lexicons: ['authority'] },
      ],
      unless: RUMOUR_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          'WHO đã xác nhận uống rượu mỗi ngày chống được [covid], chắc chắn luôn',
          'chắc chắn công an sẽ [phạt nặng] ai ra đường tối nay',
        ],
        allow: [
          'Bộ Y tế đã xác nhận thêm 20 ca mắc, theo cổng thông tin của bộ',
          'chắc chắn bác sĩ sẽ khám kỹ cho bé',
        ],
      },
    },
    {
      id: 'unverified-miracle-cure',
      kind: 'frame',
      main: 'cure',
      within: 3,
      ordered: true,
      message: CURE.message,
      suggestion: CURE.suggestion,
      slots: [
        { name: 'remedy', lexicons: ['claim.remedy'], optional: true },
        { name: 'cure', lexicons: ['claim.cure'] },
        { name: 'disease', lexicons: ['claim.disease'] },
      ],
      unless: CURE_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          'uống nước tỏi [chữa khỏi] covid',
          'bài thuốc này [trị dứt điểm] tiểu đường chỉ sau 1 tháng',
          'tinh dầu tràm [tiêu diệt] virus corona',
          'lá này [chữa khỏi hẳn] tiểu đường',
          'uong nuoc la oi moi sang [khoi han] tieu duong',
        ],
        allow: [
          'thuốc này không chữa khỏi tiểu đường, chỉ giúp kiểm soát',
          'ung thư phát hiện sớm có thể chữa khỏi',
          'bác sĩ đã chữa khỏi cho 3 bệnh nhân covid',
          'bệnh tiểu đường cần điều trị lâu dài',
          'cảnh giác quảng cáo trị dứt điểm gout',
        ],
      },
    },
    {
      id: 'unverified-remedy-cure',
      kind: 'frame',
      main: 'cure',
      within: 6,
      message: CURE.message,
      suggestion: CURE.suggestion,
      slots: [
        { name: 'remedy', lexicons: ['claim.remedy'] },
        { name: 'cure', lexicons: ['claim.cure.loose'] },
        { name: 'disease', lexicons: ['claim.disease'] },
      ],
      unless: CURE_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: [
          'uong nuoc toi [chua khoi] covid',
          'ăn tỏi sống mỗi sáng [phòng] ung thư',
          'lá ổi [trị] tiểu đường hay lắm',
        ],
        allow: ['gừng không chữa được covid đâu, đừng tin', 'mật ong có thể giúp hỗ trợ điều trị viêm họng'],
      },
    },
    {
      // "<vaccine / 5G / noodles> gây <infertility / cancer / death>": a scare pinned on a thing.
      id: 'unverified-harm-claim',
      kind: 'frame',
      main: 'harm',
      within: 5,
      ordered: true,
      message: {
        vi: 'Lời đồn về tác hại sức khỏe chưa được kiểm chứng.',
        en: 'An unproven health scare.',
      },
      suggestion: {
        vi: 'Dẫn nguồn y khoa hoặc hỏi ý kiến bác sĩ trước khi chia sẻ.',
        en: 'Cite a medical source or ask a doctor before sharing.',
      },
      slots: [
        { name: 'suspect', lexicons: ['claim.suspect'] },
        { name: 'cause', lexicons: ['claim.cause'] },
        { name: 'harm', lexicons: ['claim.harm'] },
      ],
      unless: [
        ...CURE_UNLESS,
        {
          terms: [
            'nguy cơ',
            'tác dụng phụ',
            'hiếm gặp',
            'rất hiếm',
            'chưa có bằng chứng',
            'không có bằng chứng',
            'khoa học',
            'nghiên cứu',
          ],
          within: 12,
        },
      ],
      unlessOfficialLink: true,
      examples: {
        flag: [
          'tiêm vắc xin covid gây [vô sinh], ai chưa tiêm thì đừng tiêm',
          'sóng 5g là nguyên nhân gây [covid]',
        ],
        allow: ['vắc xin không gây vô sinh, Bộ Y tế đã khẳng định', 'ăn mì tôm nhiều có nguy cơ gây béo phì'],
      },
    },
    {
      id: 'unverified-urgent-certain',
      kind: 'frame',
      main: 'certainty',
      within: 10,
      severity: 'low',
      message: {
        vi: 'Khẳng định chắc chắn kèm thúc giục lan truyền là dấu hiệu quen thuộc của tin giả.',
        en: 'Certainty with pressure to spread it is a common sign of false news.',
      },
      slots: [
        { name: 'certainty', lexicons: ['certainty'] },
        {
          name: 'urgency',
          terms: [
            'share gấp',
            'share ngay',
            'chia sẻ ngay',
            'chia sẻ gấp',
            'lan tỏa',
            'share mạnh',
            'share liền',
            'báo cho người thân',
            'share cho mọi người',
            'chia sẻ cho mọi người',
          ],
        },
      ],
      unless: [...RUMOUR_UNLESS, { terms: ['đừng', 'không nên', 'chớ'], within: 3, side: 'before' as const }],
      unlessOfficialLink: true,
      examples: {
        flag: ['[sự thật 100]%, mọi người share gấp'],
        allow: ['nói thật là mình không thích share lung tung'],
      },
    },
    {
      id: 'en-unverified-hearsay',
      kind: 'frame',
      lang: 'en',
      main: 'hearsay',
      within: 12,
      message: {
        vi: 'Tin đồn về một chuyện hệ trọng, kể như sự thật mà không có nguồn.',
        en: 'A rumour about a serious matter, told as fact without a source.',
      },
      suggestion: {
        vi: 'Kiểm tra lại từ nguồn chính thống trước khi chia sẻ, hoặc dẫn nguồn.',
        en: 'Check an official source before sharing, or cite one.',
      },
      slots: [
        { name: 'hearsay', lexicons: ['en.hearsay'] },
        { name: 'claim', lexicons: ['en.claim'] },
      ],
      unless: EN_RUMOUR_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: ['[I heard] the banks will freeze all accounts next week, withdraw your money now'],
        allow: [
          'I heard the new movie is great, want to go this weekend?',
          'I heard the outbreak rumor is fake news',
        ],
      },
    },
    {
      id: 'en-unverified-urgent-claim',
      kind: 'frame',
      lang: 'en',
      main: 'urgency',
      within: 12,
      message: {
        vi: 'Thúc giục lan truyền một tin hệ trọng chưa kiểm chứng.',
        en: 'Pressure to spread an unverified serious claim.',
      },
      suggestion: {
        vi: 'Kiểm tra lại từ nguồn chính thống trước khi chia sẻ, hoặc dẫn nguồn.',
        en: 'Check an official source before sharing, or cite one.',
      },
      slots: [
        { name: 'urgency', lexicons: ['en.urgency'] },
        { name: 'claim', lexicons: ['en.claim'] },
      ],
      unless: EN_RUMOUR_UNLESS,
      unlessOfficialLink: true,
      examples: {
        flag: ['[URGENT]: kidnappers in a white van are taking children near the school'],
        allow: ['Urgent: the flood relief team needs volunteers, according to the city website'],
      },
    },
    {
      id: 'en-unverified-cure',
      kind: 'frame',
      lang: 'en',
      main: 'cure',
      within: 4,
      ordered: true,
      message: { vi: 'Lời hứa chữa bệnh chưa được kiểm chứng.', en: 'An unproven promise of a cure.' },
      suggestion: {
        vi: 'Hỏi ý kiến bác sĩ hoặc dẫn nguồn y khoa.',
        en: 'Ask a doctor or cite a medical source.',
      },
      slots: [
        { name: 'cure', lexicons: ['en.cure'] },
        { name: 'disease', lexicons: ['en.disease'] },
      ],
      unless: [
        {
          terms: ["doesn't", 'does not', "can't", 'cannot', 'no', 'not', 'never', 'may', 'might', 'could'],
          within: 3,
          side: 'before' as const,
        },
        ...EN_RUMOUR_UNLESS,
      ],
      unlessOfficialLink: true,
      examples: {
        flag: ['drinking garlic water [cures] covid in 3 days'],
        allow: ['garlic does not cure covid, see a doctor', 'early treatment may cure some cancers'],
      },
    },
  ],
});
