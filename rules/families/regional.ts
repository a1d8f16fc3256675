// Regional discrimination (phân biệt vùng miền, Điều 4.5): slang slurs for people of a region, and
// contempt aimed at the people of a province or region.
import { defineFamily } from '../family';
import { COUNTER_SPEECH, QUOTED } from './contexts';

/**
 * A slur named to report or reject it: counter-speech before it (QUOTED) or right after it
 * ("viết 'bắc kỳ' là miệt thị người miền Bắc"), or a report that someone was fined for it.
 */
const CONDEMNED = [
  ...QUOTED,
  { terms: COUNTER_SPEECH, within: 8, side: 'after' },
  { terms: ['bị phạt', 'xử phạt', 'bị xử lý', 'bị tố'], within: 8, side: 'before' },
] as const;

/** The colonial division into Bắc Kỳ, Trung Kỳ, Nam Kỳ, named as history. */
const HISTORY = [
  'thời pháp',
  'chia thành',
  'pháp thuộc',
  'thực dân',
  'cách chia',
  'bảo hộ',
  'nhà nguyễn',
  'triều nguyễn',
  'xứ',
  'thời kỳ thuộc địa',
  'thuộc địa',
  'lịch sử',
] as const;

const MSG = {
  vi: 'Từ miệt thị người theo vùng miền.',
  en: 'A slur against people from a region of Vietnam.',
};

/** Counter-speech against regional prejudice ("đừng vơ đũa cả nắm"). */
const NOT_ALL = ['không phải', 'đâu phải', 'chẳng phải', 'ở đâu cũng có', 'vơ đũa', 'quy chụp'] as const;

/** Provinces (not whole regions: "bọn miền Bắc" is covered by the contempt rule above) after "bọn", "tụi". */
const PROVINCES = [
  'thanh hóa',
  'nghệ an',
  'hà tĩnh',
  'quảng bình',
  'quảng trị',
  'quảng nam',
  'quảng ngãi',
  'thái bình',
  'nam định',
  'hải dương',
  'hải phòng',
  'hưng yên',
  'bắc ninh',
  'bình định',
  'xứ nghệ',
  'xứ thanh',
  // Whole regions: "lũ miền Trung" is a flood, but "bọn miền Trung", "tụi miền Tây" are not.
  'miền bắc',
  'miền nam',
  'miền trung',
  'miền tây',
] as const;
const PACK_PLACES = PROVINCES.flatMap((p) => [`bọn ${p}`, `tụi ${p}`, `lũ dân ${p}`, `bọn dân ${p}`]);

const HIGHLAND_MSG = {
  vi: 'Lấy dân tộc thiểu số, người miền núi ra để miệt thị.',
  en: 'Using ethnic minorities or highland people as an insult.',
};
const HIGHLAND_REPLACE = [
  { vi: 'đồng bào dân tộc thiểu số', en: 'ethnic minority people' },
  { vi: 'người miền núi', en: 'highland people' },
];
const HIGHLAND_SUGGESTION = {
  vi: 'Dùng "đồng bào dân tộc thiểu số", "người miền núi", và nói về việc cụ thể.',
  en: 'Say "đồng bào dân tộc thiểu số" (ethnic minority people) and talk about the act itself.',
};

export const regional = defineFamily({
  defaults: { category: 'regional', clause: '4.5', severity: 'high' },
  rules: [
    {
      id: 'regional-slur-bac-ky',
      kind: 'terms',
      message: MSG,
      suggestion: { vi: 'Dùng "người miền Bắc".', en: 'Say "người miền Bắc" (people from the North).' },
      replace: [{ vi: 'người miền Bắc', en: 'people from the North' }],
      terms: [
        'bắc kỳ',
        'bắc kì',
        'backy',
        'backi',
        'parky',
        'parki',
        'pắc kỳ',
        'pắc kì',
        'bake',
        'bắc kỳ chó',
        'bắc kỳ rau muống',
        'dân rau muống',
        // Southern slang for Northerners who came South after 1975.
        'bắc 75',
        'bắc kỳ 75',
      ],
      unless: [
        ...CONDEMNED,
        { terms: HISTORY, within: 10 },
        {
          terms: ['bánh', 'lò', 'nướng', 'cookie', 'cookies', 'cake', 'cakes', 'bread', 'oven', 'học làm'],
          within: 3,
        },
        // English "to bake", "I bake": a verb, not a slur.
        {
          terms: ['to', 'i', 'we', 'you', 'will', 'let', "let's"],
          within: 1,
          side: 'before',
          accents: 'exact',
        },
      ],
      examples: {
        flag: [
          'bọn [bắc kỳ] vào đây đông quá',
          '[parky] thì biết gì',
          '[Bắc-kỳ] láo toét',
          '[pắc kì] vào nam làm gì',
        ],
        allow: [
          'người miền Bắc ăn phở nhiều',
          'đừng gọi người ta là bắc kỳ, như thế là kỳ thị',
          'Bắc Kỳ, Trung Kỳ, Nam Kỳ là cách chia của thực dân Pháp',
          'viết "bắc kỳ" là miệt thị người miền Bắc',
          'I like to bake cookies',
        ],
      },
    },
    {
      id: 'regional-slur-nam-ky',
      kind: 'terms',
      message: MSG,
      suggestion: { vi: 'Dùng "người miền Nam".', en: 'Say "người miền Nam" (people from the South).' },
      replace: [{ vi: 'người miền Nam', en: 'people from the South' }],
      // Exact: folded, "năm kỷ niệm", "năm Kỷ Hợi", "năm kỳ diệu" all spell "nam ky".
      accents: 'exact',
      terms: [
        'nam kỳ',
        'nam kì',
        'nam ky',
        'nam ki',
        'namki',
        'namky',
        'namkiki',
        'nam kì lục tặc',
        'nam kỳ lục tặc',
      ],
      unless: [...CONDEMNED, { terms: [...HISTORY, 'khởi nghĩa', 'lục tỉnh', 'kỳ khởi'], within: 10 }],
      examples: {
        flag: ['[namki] toàn thích nổ', 'dân [nam kỳ] thì biết gì', '[nam ky] lai cai'],
        allow: [
          'khởi nghĩa Nam Kỳ năm 1940',
          'bài hát về Nam Kỳ lục tỉnh',
          'chúc mừng năm Kỷ Hợi',
          'lễ kỷ niệm năm kỷ niệm',
        ],
      },
    },
    {
      id: 'regional-slur-trung-ky',
      kind: 'terms',
      message: MSG,
      suggestion: { vi: 'Dùng "người miền Trung".', en: 'Say "người miền Trung" (people from the Centre).' },
      replace: [{ vi: 'người miền Trung', en: 'people from the Centre' }],
      terms: ['trung kỳ', 'trung kì', 'trungki', 'cá gỗ', 'dân cá gỗ', 'thanh hóa 36', 'dân 36'],
      unless: [...CONDEMNED, { terms: [...HISTORY, 'tuyên truyền'], within: 10 }],
      examples: {
        flag: ['bọn [trung kỳ] keo kiệt', '[dân 36] đi đâu cũng trộm'],
        allow: ['đồng bằng sông Cửu Long là vựa lúa', 'quê tôi ở miền Trung'],
      },
    },
    {
      // "bọn thanh hóa", "tụi nghệ an": a province named as a pack, contemptuous on its own.
      // Not "lũ": "lũ miền Trung", "lũ Quảng Nam" are floods.
      id: 'regional-group-contempt',
      kind: 'terms',
      severity: 'medium',
      message: {
        vi: 'Gọi người một tỉnh, một vùng là "bọn", "tụi": lời lẽ phân biệt vùng miền.',
        en: 'Calling the people of a province a "pack" is regional contempt.',
      },
      suggestion: {
        vi: 'Dùng "người <tỉnh>", "bà con <tỉnh>".',
        en: 'Say "người <province>" (people of …).',
      },
      terms: PACK_PLACES,
      unless: [...QUOTED, { terms: NOT_ALL, within: 6 }],
      examples: {
        flag: ['[bọn thanh hóa] lại kéo vào đây', '[tụi nghệ an] đi đâu cũng bám nhau'],
        allow: ['bọn mình ở Thanh Hóa đi Hà Nội chơi', 'đừng gọi là bọn Thanh Hóa, người ta cũng như mình'],
      },
    },
    {
      // Ethnic minorities and highland people: "dân tộc", "miền núi", "rừng rú" turned into an insult.
      // ("mọi" and its packs are ethnic slurs: the hate family.) Exact: "đồ" ≠ "đó", "con" ≠ "còn".
      id: 'regional-highland-slur',
      kind: 'terms',
      accents: 'exact',
      message: HIGHLAND_MSG,
      suggestion: HIGHLAND_SUGGESTION,
      replace: HIGHLAND_REPLACE,
      terms: [
        'thằng dân tộc',
        'con dân tộc',
        'bọn dân tộc',
        'lũ dân tộc',
        'tụi dân tộc',
        'mấy đứa dân tộc',
        'thằng miền núi',
        'con miền núi',
        'đồ miền núi',
        'bọn miền núi',
        'lũ miền núi',
        'tụi miền núi',
        'đồ rừng rú',
        'thằng rừng rú',
        'dân rừng rú',
        'bọn rừng rú',
        'đồ cà răng căng tai',
        'bọn cà răng căng tai',
        'lũ cà răng căng tai',
      ],
      unless: [
        ...CONDEMNED,
        // "những người con dân tộc Thái", "các con dân tộc": children of a people, said with pride.
        { terms: ['người', 'những', 'các'], within: 1, side: 'before', accents: 'exact' },
        // "bọn dân tộc chủ nghĩa": nationalists.
        { terms: ['chủ nghĩa', 'cực đoan'], within: 2, side: 'after' },
      ],
      examples: {
        flag: ['[lũ dân tộc] lại kéo xuống chợ', '[thằng miền núi] thì biết gì', '[đồ rừng rú] về núi đi'],
        allow: [
          'những người con dân tộc Thái giỏi giang',
          'bọn dân tộc chủ nghĩa cực đoan ở châu Âu',
          'bọn mình đi phượt miền núi',
        ],
      },
    },
    {
      id: 'regional-highland-contempt',
      kind: 'terms',
      message: HIGHLAND_MSG,
      suggestion: HIGHLAND_SUGGESTION,
      replace: HIGHLAND_REPLACE,
      // Not "dân tộc" alone: "cả dân tộc đồng lòng", "độc lập dân tộc".
      terms: [
        'người dân tộc',
        'dân tộc thiểu số',
        'đồng bào dân tộc',
        'đồ dân tộc',
        'dân tộc trên núi',
        'trên núi',
      ],
      near: {
        terms: [
          'mọi rợ',
          'man rợ',
          'ở bẩn',
          'hôi hám',
          'hôi',
          'thất học',
          'vô học',
          'ngu',
          'ngu dốt',
          'dốt',
          'rừng rú',
          'ăn lông ở lỗ',
          'về rừng',
          'về núi',
          'cút về',
          'chưa tiến hóa',
          'khỉ',
          'thì biết gì',
          'biết gì',
        ],
        within: 3,
        accents: 'exact',
        extend: true,
      },
      unless: [
        ...CONDEMNED,
        { terms: NOT_ALL, within: 6 },
        // "mặc đồ dân tộc", "bộ đồ dân tộc": ethnic dress.
        { terms: ['mặc', 'bộ', 'trang phục', 'may', 'thuê', 'bán'], within: 2, side: 'before' },
        { terms: ['hủ tục', 'xóa mù', 'xóa bỏ', 'giúp', 'hỗ trợ', 'dạy', 'phổ cập', 'tỷ lệ'], within: 8 },
      ],
      examples: {
        flag: ['[đồ dân tộc mọi rợ]', '[người dân tộc biết gì] mà nói'],
        allow: [
          'mặc đồ dân tộc đi chụp ảnh Tết',
          'đồng bào dân tộc thiểu số ở Hà Giang đón Tết sớm',
          'chương trình xóa mù chữ cho người dân tộc thất học',
        ],
      },
    },
  ],
});
