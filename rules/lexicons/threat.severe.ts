// The `threat.severe` slot lexicon (its words and those it shares are in threat.act.ts).
import { defineLexicon } from './define';
import { SET_PHRASES, SEVERE, severeBare } from './threat.act';

export default defineLexicon({
  id: 'threat.severe',
  about: {
    vi: 'Cụm đe dọa tự thân: liệu hồn, tới số, cho ăn đòn, úp sọt, thấy mặt là…, biết nhà mày.',
    en: 'Phrases that threaten on their own: watch it, your number is up, a beating served, an ambush, "I know where you live".',
  },
  exact: SEVERE.filter((w) => !severeBare(w)),
  bare: SEVERE.filter(severeBare),
  // Typed without accents anywhere: phrases that spell nothing else.
  fold: [
    ...SET_PHRASES,
    'up sot',
    'xu dep',
    'lieu hon',
    'cho an don',
    'cho an dap',
    'thay mat la',
    'gap la danh',
    'thue giang ho',
    'goi giang ho',
    'ra duong can than',
    'chet voi tao',
  ],
});
