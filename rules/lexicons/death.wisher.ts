// The `death.wisher` slot lexicon (its words and those it shares are in death.wish.ts).
import { defineLexicon } from './define';

const WISHERS = [
  'chúc',
  'chúc cho',
  'mong',
  'mong cho',
  'mong sao',
  'cầu cho',
  'cầu mong',
  'cầu trời',
  'cầu trời cho',
  'trời cho',
  'ước gì',
  'ước cho',
  'nguyền rủa',
  'rủa',
  'trù',
  'trù ẻo',
  'đáng đời',
  'đáng kiếp',
  'cho đáng đời',
  'sớm muộn gì cũng',
];
/** Typed without accents, "rủa" is "rửa" (wash) and "trù" "trừ" (minus): those two stay exact. */
const wisherBare = (w: string) => w !== 'rủa' && w !== 'trù';

export default defineLexicon({
  id: 'death.wisher',
  about: {
    vi: 'Lời mong, chúc, cầu cho điều xấu xảy ra: chúc, mong, cầu cho, cầu trời, đáng đời.',
    en: 'Wishing or praying for harm: wish, hope, pray that, serves them right.',
  },
  exact: WISHERS.filter((w) => !wisherBare(w)),
  // In a sentence typed without any accent: "chuc ca nha may chet het".
  bare: WISHERS.filter(wisherBare),
  fold: ['cau cho', 'cau mong', 'cau troi', 'dang kiep', 'tru eo'],
});
