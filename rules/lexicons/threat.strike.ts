// The `threat.strike` slot lexicon (its words and those it shares are in threat.act.ts).
import { defineLexicon } from './define';
import { AMBIGUOUS_BARE, STANDALONE, STRIKE, STRIKE_BARE } from './threat.act';

const strikeBare = (w: string) => STRIKE_BARE.has(w) || (w.includes(' ') && !AMBIGUOUS_BARE.has(w));

export default defineLexicon({
  id: 'threat.strike',
  about: {
    vi: 'Động từ đánh, giết thông thường: chỉ là đe dọa khi nhắm thẳng vào người (đánh nó, chém mày).',
    en: 'Everyday striking and killing verbs: a threat only when aimed right at a person.',
  },
  exact: STRIKE.filter((w) => !strikeBare(w) && !STANDALONE.has(w)),
  // In a sentence typed without any accent: "chém", "đập", and phrases ("phong hoa", "bop co").
  bare: STRIKE.filter((w) => strikeBare(w) && !STANDALONE.has(w)),
  fold: ['giet', 'xien', 'hiep dam', 'danh hoi dong', 'bat coc', 'thu tieu', 'tru khu', 'ha sat', 'sat hai'],
});
