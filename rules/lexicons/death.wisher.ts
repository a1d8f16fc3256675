// The `death.wisher` slot lexicon (its words and those it shares are in death.wish.ts).
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'death.wisher',
  about: {
    vi: 'Lời mong, chúc, cầu cho điều xấu xảy ra: chúc, mong, cầu cho, cầu trời, đáng đời.',
    en: 'Wishing or praying for harm: wish, hope, pray that, serves them right.',
  },
  exact: [
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
  ],
  fold: ['cau cho', 'cau mong', 'cau troi', 'dang kiep', 'tru eo'],
});
