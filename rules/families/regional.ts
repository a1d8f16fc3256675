// Regional discrimination (phân biệt vùng miền, Điều 4.5): slang slurs for people of a region, and
// contempt aimed at the people of a province or region.
import type { RuleSpec } from '../types';
import { NEWS_REPORTING, QUOTED } from './contexts';

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
  'xứ nghệ',
  'dân nghệ',
  'bắc ninh',
  'hải dương',
  'hưng yên',
  'quảng ngãi',
  'bình định',
  'đồng nai',
  'bình dương',
  'hà nam',
  'ninh bình',
  'đà nẵng',
  'huế',
  'miền ngoài',
  'miền trong',
  'dân tỉnh lẻ',
] as const;

/** Contempt and discrimination words that, next to a place, blame its whole people. */
const CONTEMPT = [
  'trộm cướp',
  'trộm cắp',
  'ăn cắp',
  'ăn cắp vặt',
  'ăn trộm',
  'trộm chó',
  'lừa đảo',
  'mọi rợ',
  'man rợ',
  'mất dạy',
  'vô học',
  'thất học',
  'khốn nạn',
  'rác rưởi',
  'cặn bã',
  'mạt hạng',
  'hạ đẳng',
  'súc vật',
  'lươn lẹo',
  'gian manh',
  'gian xảo',
  'xảo trá',
  'hèn hạ',
  'keo kiệt',
  'bẩn tính',
  'ăn bẩn',
  'toàn bọn',
  'toàn phường',
  'đuổi về',
  'cút về',
  'tránh xa',
  'không cho thuê',
  'không tuyển',
  'không nhận người',
] as const;

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
] as const;
const PACK_PLACES = PROVINCES.flatMap((p) => [`bọn ${p}`, `tụi ${p}`, `lũ dân ${p}`, `bọn dân ${p}`]);

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
      terms: CONTEMPT,
      within: 4,
      extend: true,
    },
    unless: [
      ...QUOTED,
      { terms: NOT_ALL, within: 6 },
      // News about a place ("tình trạng trộm cắp ở Hà Tĩnh tăng"), not a verdict on its people.
      { terms: [...NEWS_REPORTING, 'tình trạng', 'thiệt hại', 'vụ', 'băng nhóm', 'đối tượng'], within: 6 },
    ],
    examples: {
      flag: [
        'dân thanh hóa toàn trộm cướp',
        'không cho thuê nhà người nghệ an',
        'dân xứ nghệ lươn lẹo lắm',
        'bọn hải dương toàn phường ăn cắp vặt',
      ],
      allow: [
        'Thanh Hóa có biển Sầm Sơn rất đẹp',
        'người ở đâu cũng có người tốt người xấu, đâu phải cứ Thanh Hóa là trộm cướp',
      ],
    },
  },
  {
    // "bọn thanh hóa", "tụi nghệ an": a province named as a pack, contemptuous on its own.
    // Not "lũ": "lũ miền Trung", "lũ Quảng Nam" are floods.
    id: 'regional-group-contempt',
    kind: 'terms',
    category: 'regional',
    severity: 'medium',
    clause: '4.5',
    message: {
      vi: 'Gọi người một tỉnh, một vùng là "bọn", "tụi": lời lẽ phân biệt vùng miền.',
      en: 'Calling the people of a province a "pack" is regional contempt.',
    },
    suggestion: { vi: 'Dùng "người <tỉnh>", "bà con <tỉnh>".', en: 'Say "người <province>" (people of …).' },
    terms: PACK_PLACES,
    unless: [...QUOTED, { terms: NOT_ALL, within: 6 }],
    examples: {
      flag: ['bọn thanh hóa lại kéo vào đây', 'tụi nghệ an đi đâu cũng bám nhau'],
      allow: ['bọn mình ở Thanh Hóa đi Hà Nội chơi', 'đừng gọi là bọn Thanh Hóa, người ta cũng như mình'],
    },
  },
] as const satisfies readonly RuleSpec[];
