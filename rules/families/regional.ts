// Regional discrimination (phân biệt vùng miền, Điều 4.5): slang slurs for people of a region, and
// contempt aimed at the people of a province or region.
import type { RuleSpec } from '../types';
import { QUOTED } from './contexts';

const MSG = {
  vi: 'Từ miệt thị người theo vùng miền.',
  en: 'A slur against people from a region of Vietnam.',
};

/** Provinces and regions most often targeted online, in their usual written forms. */
const PLACES = [
  'thanh hóa',
  'nghệ an',
  'hà tĩnh',
  'nghệ tĩnh',
  'quảng bình',
  'quảng trị',
  'quảng nam',
  'thái bình',
  'nam định',
  'hải phòng',
  'hà nội',
  'sài gòn',
  'miền bắc',
  'miền nam',
  'miền trung',
  'miền tây',
  'người bắc',
  'người nam',
  'người trung',
  'dân bắc',
  'dân nam',
  'dân trung',
  'dân miền tây',
  'tây nguyên',
] as const;

export const regional = [
  {
    id: 'regional-slur-bac-ky',
    kind: 'terms',
    category: 'regional',
    severity: 'high',
    clause: '4.5',
    message: MSG,
    suggestion: { vi: 'Dùng "người miền Bắc".', en: 'Say "người miền Bắc" (people from the North).' },
    terms: ['bắc kỳ', 'bắc kì', 'backy', 'backi', 'parky', 'parki', 'bake', 'bắc kỳ chó', 'bắc kỳ rau muống'],
    unless: [
      ...QUOTED,
      { terms: ['thời pháp', 'chia thành', 'pháp thuộc', 'xứ', 'thời kỳ thuộc địa', 'lịch sử'], within: 10 },
      { terms: ['bánh', 'lò', 'nướng', 'cookie', 'cake'], within: 3 },
    ],
    examples: {
      flag: ['bọn bắc kỳ vào đây đông quá', 'parky thì biết gì', 'Bắc-kỳ láo toét'],
      allow: ['người miền Bắc ăn phở nhiều', 'đừng gọi người ta là bắc kỳ, như thế là kỳ thị'],
    },
  },
  {
    id: 'regional-slur-nam-ky',
    kind: 'terms',
    category: 'regional',
    severity: 'high',
    clause: '4.5',
    message: MSG,
    suggestion: { vi: 'Dùng "người miền Nam".', en: 'Say "người miền Nam" (people from the South).' },
    terms: ['nam kỳ', 'nam kì', 'namki', 'namky', 'namkiki'],
    unless: [
      ...QUOTED,
      {
        terms: ['khởi nghĩa', 'lục tỉnh', 'thời pháp', 'chia thành', 'pháp thuộc', 'xứ', 'lịch sử'],
        within: 10,
      },
    ],
    examples: {
      flag: ['namki toàn thích nổ', 'dân nam kỳ thì biết gì'],
      allow: ['khởi nghĩa Nam Kỳ năm 1940', 'bài hát về Nam Kỳ lục tỉnh'],
    },
  },
  {
    id: 'regional-slur-trung-ky',
    kind: 'terms',
    category: 'regional',
    severity: 'high',
    clause: '4.5',
    message: MSG,
    suggestion: { vi: 'Dùng "người miền Trung".', en: 'Say "người miền Trung" (people from the Centre).' },
    terms: ['trung kỳ', 'trung kì', 'trungki', 'cá gỗ', 'dân cá gỗ', 'thanh hóa 36', 'dân 36'],
    unless: [
      ...QUOTED,
      { terms: ['thời pháp', 'chia thành', 'pháp thuộc', 'xứ', 'lịch sử', 'tuyên truyền'], within: 10 },
    ],
    examples: {
      flag: ['bọn trung kỳ keo kiệt', 'dân 36 đi đâu cũng trộm'],
      allow: ['đồng bằng sông Cửu Long là vựa lúa', 'quê tôi ở miền Trung'],
    },
  },
  {
    id: 'regional-contempt',
    kind: 'terms',
    category: 'regional',
    severity: 'high',
    clause: '4.5',
    message: {
      vi: 'Quy chụp xấu cho cả người dân một vùng, một tỉnh.',
      en: "Blaming a whole province's or region's people.",
    },
    suggestion: {
      vi: 'Nói về hành vi của một người cụ thể, không về quê quán.',
      en: "Talk about one person's behaviour, not where they come from.",
    },
    terms: PLACES,
    near: {
      terms: [
        'trộm cướp',
        'ăn cắp',
        'ăn trộm',
        'lừa đảo',
        'mọi rợ',
        'mất dạy',
        'khốn nạn',
        'rác rưởi',
        'cặn bã',
        'mạt hạng',
        'hạ đẳng',
        'súc vật',
        'đuổi về',
        'cút về',
        'tránh xa',
        'không cho thuê',
        'không tuyển',
        'xảo trá',
        'keo kiệt',
        'bẩn tính',
      ],
      within: 4,
      extend: true,
    },
    unless: [...QUOTED, { terms: ['không phải', 'đâu phải', 'chẳng phải', 'ở đâu cũng có'], within: 5 }],
    examples: {
      flag: ['dân thanh hóa toàn trộm cướp', 'không cho thuê nhà người nghệ an'],
      allow: [
        'Thanh Hóa có biển Sầm Sơn rất đẹp',
        'người ở đâu cũng có người tốt người xấu, đâu phải cứ Thanh Hóa là trộm cướp',
      ],
    },
  },
] as const satisfies readonly RuleSpec[];
