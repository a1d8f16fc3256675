// Foreign nationalities (and Vietnamese as a nation) as people ("người Trung Quốc", "bọn Mỹ", "dân
// Ấn Độ", "gái Nhật"): alone a nation is mostly the state, a place or its goods ("ở Mỹ", "hàng Trung
// Quốc"), so it counts only after a people word.
import { defineLexicon } from './define';

/** Nations and their people, as named in everyday writing (matched alone and as people). */
const NATIONS: readonly string[] = [
  'trung quốc',
  'trung hoa',
  'đại lục',
  'tq',
  'hàn quốc',
  'nam hàn',
  'bắc hàn',
  'triều tiên',
  'nhật bản',
  'nhật',
  'mỹ',
  'hoa kỳ',
  'nga',
  'pháp',
  'anh quốc',
  'đức',
  'ý',
  'tây ban nha',
  'bồ đào nha',
  'hà lan',
  'ấn độ',
  'pakistan',
  'bangladesh',
  'thái lan',
  'campuchia',
  'cam pu chia',
  'philippines',
  'philippin',
  'phi líp pin',
  'indonesia',
  'indo',
  'malaysia',
  'mã lai',
  'singapore',
  'myanmar',
  'miến điện',
  'đài loan',
  'hồng kông',
  'hong kong',
  'châu phi',
  'nam phi',
  'nigeria',
  'châu á',
  'châu âu',
  'trung đông',
  'ả rập',
  'do thái',
  'israel',
  'palestine',
  'iran',
  'afghanistan',
  'úc',
  'canada',
  'mexico',
  'brazil',
  'việt nam',
  'vn',
  'bắc kinh',
  'thượng hải',
  'tây',
  'việt kiều',
];

/**
 * Nations whose name folds onto an everyday word ("ý" an idea, "đức" virtue, "úc" ≈ "ức", "mỹ" ≈
 * "mì", "miên" ≈ "miền"): matched with their accents.
 */
const PEOPLE_ONLY_EXACT: readonly string[] = [
  'ý',
  'miên',
  'hàn',
  'đức',
  'nga',
  'tây',
  'úc',
  'nhật',
  'mỹ',
  'pháp',
  'lào',
  'việt',
];

/** What makes a nation its people: "người Mỹ", "bọn Tàu", "gái Nhật". */
const NATION_PEOPLE = ['người', 'dân', 'bọn', 'tụi', 'lũ', 'đám', 'thằng', 'con', 'gái', 'trai'] as const;

export default defineLexicon({
  id: 'group.nation',
  about: {
    vi: 'Người một quốc gia ("người Trung Quốc", "bọn Mỹ", "dân Ấn Độ").',
    en: 'People of a nation ("người Trung Quốc", "bọn Mỹ", "dân Ấn Độ").',
  },
  prefixes: NATION_PEOPLE,
  prefixed: NATIONS.filter((n) => !PEOPLE_ONLY_EXACT.includes(n)),
  exact: PEOPLE_ONLY_EXACT.flatMap((n) => NATION_PEOPLE.map((p) => `${p} ${n}`)),
});
