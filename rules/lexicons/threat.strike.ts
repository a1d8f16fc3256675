// The `threat.strike` slot lexicon (its words and those it shares are in threat.act.ts).
import { defineLexicon } from './define';
import { STANDALONE, STRIKE, STRIKE_BARE } from './threat.act';

export default defineLexicon({
  id: 'threat.strike',
  about: {
    vi: 'Động từ đánh, giết thông thường: chỉ là đe dọa khi nhắm thẳng vào người (đánh nó, chém mày).',
    en: 'Everyday striking and killing verbs: a threat only when aimed right at a person.',
  },
  exact: STRIKE.filter((w) => !STRIKE_BARE.has(w) && !STANDALONE.has(w)),
  bare: [...STRIKE_BARE],
  fold: ['giet', 'xien', 'hiep dam', 'danh hoi dong', 'bat coc', 'thu tieu', 'tru khu', 'ha sat', 'sat hai'],
});
