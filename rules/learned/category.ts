// Which category a learned hint names: the model says "offensive", the words around it say what kind.
// A province or region nearby → regional (Điều 4.5), a word for a group of people → hate (4.5),
// a crude word in it → vulgar (4.6), otherwise insult (4.6). Exact accents: "lũ" (a pack) is not
// "lu", "tụi" is not "tui" (I), "Hòa Bình" is left out (it is also "peace").
import { type Token, tokenize } from '../normalize';
import type { Category } from '../types';

const PROVINCES = [
  'an giang',
  'bà rịa',
  'vũng tàu',
  'bắc giang',
  'bắc kạn',
  'bạc liêu',
  'bắc ninh',
  'bến tre',
  'bình định',
  'bình dương',
  'bình phước',
  'bình thuận',
  'cà mau',
  'cần thơ',
  'cao bằng',
  'đà nẵng',
  'đắk lắk',
  'đắk nông',
  'điện biên',
  'đồng nai',
  'đồng tháp',
  'gia lai',
  'hà giang',
  'hà nam',
  'hà nội',
  'hà tĩnh',
  'hải dương',
  'hải phòng',
  'hậu giang',
  'hưng yên',
  'khánh hòa',
  'kiên giang',
  'kon tum',
  'lai châu',
  'lâm đồng',
  'lạng sơn',
  'lào cai',
  'long an',
  'nam định',
  'nghệ an',
  'ninh bình',
  'ninh thuận',
  'phú thọ',
  'phú yên',
  'quảng bình',
  'quảng nam',
  'quảng ngãi',
  'quảng ninh',
  'quảng trị',
  'sóc trăng',
  'sơn la',
  'tây ninh',
  'thái bình',
  'thái nguyên',
  'thanh hóa',
  'huế',
  'tiền giang',
  'sài gòn',
  'trà vinh',
  'tuyên quang',
  'vĩnh long',
  'vĩnh phúc',
  'yên bái',
  'miền bắc',
  'miền nam',
  'miền trung',
  'miền tây',
  'xứ nghệ',
  'xứ thanh',
  'tây nguyên',
  'nam kỳ',
  'bắc kỳ',
  'trung kỳ',
];
const GROUPS = ['bọn', 'lũ', 'tụi', 'chúng nó', 'bọn chúng', 'cả lũ', 'bầy'];
const CRUDE = [
  'đéo',
  'đếch',
  'địt',
  'đụ',
  'lồn',
  'cặc',
  'buồi',
  'đĩ',
  'vl',
  'vcl',
  'vkl',
  'vãi',
  'đm',
  'đcm',
  'đmm',
  'dm',
  'dcm',
  'cc',
  'cl',
  'clgt',
  'clm',
  'đkm',
  'cứt',
  'đách',
  'éo',
  'méo',
];

type Phrase = readonly Pick<Token, 'f' | 'k'>[];
const ORDER: readonly Category[] = ['regional', 'hate', 'vulgar'];

/** Every phrase of the three lexicons by its first syllable (folded), with its category. */
const BY_FIRST = new Map<string, { category: Category; phrase: Phrase }[]>();
for (const [category, list] of [
  ['regional', PROVINCES],
  ['hate', GROUPS],
  ['vulgar', CRUDE],
] as const) {
  for (const p of list) {
    const phrase = tokenize(p);
    const first = (phrase[0] as Token).f;
    BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), { category, phrase }]);
  }
}

const at = (tokens: readonly Token[], i: number, p: Phrase) =>
  p.every((w, k) => {
    const t = tokens[i + k];
    return t !== undefined && t.f === w.f && t.k === w.k;
  });

/** How many words before and after a learned hint are read for its category, within its sentence. */
export const CATEGORY_REACH = 4;

/** The category of a learned hint over tokens [from, to], from the words in and around it. */
export function categoryOf(tokens: readonly Token[], from: number, to: number): Category {
  let a = from;
  while (a > 0 && from - a < CATEGORY_REACH && (tokens[a] as Token).gap !== 2) a--;
  let b = to;
  while (b + 1 < tokens.length && b - to < CATEGORY_REACH && (tokens[b + 1] as Token).gap !== 2) b++;
  const found = new Set<Category>();
  for (let i = a; i <= b; i++) {
    for (const { category, phrase } of BY_FIRST.get((tokens[i] as Token).f) ?? []) {
      // Crude words count only inside the hint itself; places and groups anywhere in reach.
      if (category === 'vulgar' && (i < from || i > to)) continue;
      if (at(tokens, i, phrase)) found.add(category);
    }
  }
  return ORDER.find((c) => found.has(c)) ?? 'insult';
}
