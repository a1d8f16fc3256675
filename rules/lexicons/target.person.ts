// Whom an insult or a threat is aimed at: one person, the addressee in contempt or someone talked
// about with scorn ("mày", "nó", "thằng kia", "con đó", "lão", "mụ": `target.one`); several people
// addressed ("chúng mày": `target.you`) or talked about ("bọn nó", "cả lũ": `target.them`); their
// family ("cả nhà mày", "bố mẹ mày": `target.family`). `target.person` is one, you and them.
// Exact accents: folded, "mày" is "máy"/"may", "nó" is "no", "thằng" is "tháng", "bọn" is
// "bốn"/"bón", "lũ" is "lụ", "tụi" is "tui" (I). Typed without accents, only phrases that spell
// nothing else are folded ("chung may", "bon no").
import { defineLexicon } from './define';

/** Contemptuous classifiers of one person, and pointers: "thằng" + "này" → "thằng này". */
export const HEADS_ONE = [
  'thằng',
  'con',
  'đứa',
  'lão',
  'mụ',
  'ả',
  'gã',
  'cái thằng',
  'cái con',
  'con mụ',
  'thằng cha',
  'con mẹ',
];
export const HEADS_GROUP = ['bọn', 'lũ', 'tụi', 'đám', 'mấy thằng', 'mấy con', 'mấy đứa', 'cả lũ', 'cả bọn'];
export const POINTERS = ['này', 'kia', 'đó', 'đấy', 'ấy', 'nọ', 'ý'];

/** One person: the addressee and whoever is talked about, in contempt. */
export const ONE = [
  'mày',
  'mầy',
  'nó',
  'hắn',
  'hắn ta',
  'lão',
  'lão ta',
  'lão già',
  'mụ',
  'mụ ta',
  'mụ già',
  'ả',
  'ả ta',
  'gã',
  'gã ta',
  'thằng',
  'thằng cha',
  'thằng chả',
  'con mụ',
  'con mẹ',
  'con mẹ nó',
  'thằng cha nó',
  'con ranh',
  'thằng ranh',
  'thằng nhãi',
  'con nhãi',
  'cái thằng',
  'cái con',
  'cái loại',
  'cái thứ',
  'loại như mày',
  'loại mày',
  'loại như nó',
  'thứ như mày',
  'hạng như mày',
  'hạng mày',
  'ông ta',
  'bà ta',
  'anh ta',
  'cô ta',
  'chị ta',
  'ad',
  'admin',
  'chủ thớt',
  'thớt',
  'thằng chủ',
  'con chủ',
];

/** The addressees, several of them: an insult to "chúng mày" is aimed at whoever reads it. */
export const YOU = [
  'chúng mày',
  'tụi mày',
  'bọn mày',
  'lũ mày',
  'bọn chúng mày',
  'chúng bây',
  'tụi bây',
  'bọn bây',
  'các người',
  'mấy người',
  'lũ các người',
];

/** Several people talked about, in contempt. */
export const THEM = [
  'chúng nó',
  'bọn nó',
  'tụi nó',
  'lũ nó',
  'bọn hắn',
  'bọn chúng',
  'lũ chúng',
  'loại người',
  'hạng người',
  'lũ người',
  'bọn người',
  'cả lũ',
  'cả bọn',
  'cả đám',
  'mấy thằng',
  'mấy con',
  'mấy mụ',
  'mấy lão',
  'bọn',
  'lũ',
  'tụi',
];

/** Whose family: "bố mẹ" + "mày" → "bố mẹ mày". */
export const KIN = [
  'bố mẹ',
  'cha mẹ',
  'bố',
  'mẹ',
  'cha',
  'má',
  'ba má',
  'ông bà',
  'gia đình',
  'nhà',
  'cả nhà',
  'cả họ',
  'cả họ nhà',
  'cả lò',
];
export const KIN_OF = [
  'mày',
  'nó',
  'chúng mày',
  'tụi mày',
  'bọn nó',
  'thằng này',
  'thằng đó',
  'con này',
  'con đó',
];

/** Their family, a favourite target of threats, curses and shaming. */
export const FAMILY = [
  ...KIN.flatMap((k) => KIN_OF.map((w) => `${k} ${w}`)),
  'cả nhà mày',
  'cả nhà nó',
  'cả họ nhà mày',
  'cả họ mày',
  'cả họ nó',
  'cả họ nhà nó',
  'cả lò nhà mày',
  'cả lò mày',
  'cả lò nó',
  'cả dòng họ mày',
  'cả tông ti họ hàng',
  'gia đình mày',
  'gia đình nó',
  'bố mẹ mày',
  'bố mẹ nó',
  'cha mẹ mày',
  'bố mày',
  'mẹ mày',
  'cha mày',
  'má mày',
  'ông bà mày',
  'tổ tiên mày',
  'tổ tiên nhà mày',
  'vợ mày',
  'chồng mày',
  'con mày',
  'con cái mày',
  'vợ con mày',
  'vợ con nó',
];

/**
 * In a sentence typed without any accent these are read as targets: "may ngu vl" is "mày ngu vl",
 * "thang nay" "thằng này". Elsewhere they need their accents ("máy", "may mắn", "tháng này").
 */
export const ONE_BARE = new Set([
  'mày',
  'nó',
  'thằng',
  ...['thằng', 'con'].flatMap((h) => POINTERS.map((p) => `${h} ${p}`)),
]);
export const YOU_BARE = new Set(['chúng bây', 'bọn bây']);
export const THEM_BARE = new Set([
  'cả lũ',
  'cả bọn',
  'mấy thằng',
  ...['bọn', 'lũ'].flatMap((h) => POINTERS.map((p) => `${h} ${p}`)),
]);

export default defineLexicon({
  id: 'target.person',
  about: {
    vi: 'Người bị nhắm tới với ý khinh miệt, một hay nhiều: mày, nó, thằng kia, bọn nó, cả lũ.',
    en: 'Whom abuse is aimed at, in contempt, one or several: you, him, that guy, that lot.',
  },
  include: ['target.one', 'target.you', 'target.them'],
});
