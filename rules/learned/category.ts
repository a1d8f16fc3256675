// Which category a learned hint names: the model says "offensive", the words around it say what kind.
// A word for a group of people within CATEGORY_REACH (the group lexicons the frames share, plus the
// provinces and pack words below) names it: a place → regional, a faith → religious, women, men or
// LGBT people → gender, an ethnic group, nation, minority or disability → hate (all Điều 4.5); else a
// crude word in the hint itself → vulgar, otherwise insult (4.6). The lists below keep exact accents:
// "lũ" (a pack) is not "lu", "tụi" is not "tui" (I), "Hòa Bình" is left out (it is also "peace").
import { LEXICONS, lexiconWords } from '../lexicons/index';
import { SyllableTrie } from '../matcher';
import type { Token } from '../normalize';
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

/**
 * The group lexicons the frames share (rules/lexicons/group.*), by the category a remark about that
 * group belongs to. Age and occupation are left out: contempt for "bọn công an" or "mấy ông già" is
 * an insult, not discrimination under Điều 4.5.
 */
const GROUP_LEXICONS: readonly (readonly [string, Category])[] = [
  ['group.region', 'regional'],
  ['group.religion', 'religious'],
  ['group.gender', 'gender'],
  ['group.lgbt', 'gender'],
  ['group.ethnic', 'hate'],
  ['group.nation', 'hate'],
  ['group.minority', 'hate'],
  ['group.disability', 'hate'],
];
/** Which category wins when the words around a hint name several: the most specific first. */
const ORDER: readonly Category[] = ['regional', 'religious', 'gender', 'hate', 'vulgar'];

interface Lexicons {
  trie: SyllableTrie;
  /** Category by trie id. */
  categories: Category[];
}
let lexicons: Lexicons | null = null;

/** The trie of every word that names a category, built on first use (hundreds of lexicon words). */
function compiled(): Lexicons {
  if (lexicons) return lexicons;
  const trie = new SyllableTrie();
  const categories: Category[] = [];
  const add = (words: readonly string[], category: Category, accents: 'fold' | 'typed' | 'exact') => {
    const id = categories.length;
    categories.push(category);
    for (const w of words) trie.add(w, id, accents);
  };
  for (const [id, category] of GROUP_LEXICONS) {
    const w = lexiconWords(id, LEXICONS);
    add(w.fold, category, 'fold');
    add(w.typed, category, 'typed');
    add(w.exact, category, 'exact');
  }
  add(PROVINCES, 'regional', 'exact');
  add(GROUPS, 'hate', 'exact');
  add(CRUDE, 'vulgar', 'exact');
  lexicons = { trie, categories };
  return lexicons;
}

/**
 * How many words before and after a learned hint are read for its category. Group and place words
 * count across sentences within this reach (a comment about a group often names it once, then
 * insults it); crude words only inside the hint.
 */
export const CATEGORY_REACH = 8;

/** The category of a learned hint over tokens [from, to], from the words in and around it. */
export function categoryOf(tokens: readonly Token[], from: number, to: number): Category {
  const a = Math.max(0, from - CATEGORY_REACH);
  const b = Math.min(tokens.length - 1, to + CATEGORY_REACH);
  const { trie, categories } = compiled();
  const found = new Set<Category>();
  for (const hit of trie.match(tokens.slice(a, b + 1))) {
    const category = categories[hit.id] as Category;
    if (category === 'vulgar' && (a + hit.from < from || a + hit.to > to)) continue;
    found.add(category);
  }
  return ORDER.find((c) => found.has(c)) ?? 'insult';
}
