// A child: the writer's own ("con tôi", "bé nhà mình", "cháu") or another ("thằng bé", "con bé",
// "học sinh"). Folded, "bé" is "bể" / "bế" and "cháu" is "châu": those need their accents.
import { defineLexicon } from './define';

const MINE = ['tôi', 'mình', 'em', 'tớ', 'tui', 'tao', 'anh', 'chị'];

export const child = defineLexicon({
  id: 'child',
  about: {
    vi: 'Trẻ em: con của người viết ("con tôi", "bé nhà mình", "cháu") hoặc của người khác ("thằng bé", "học sinh").',
    en: 'A child: the writer\'s own ("my son", "our little one") or another ("the boy", "a pupil").',
  },
  fold: [
    ...['con trai', 'con gái', 'con út', 'con cả'].flatMap((c) => MINE.map((m) => `${c} ${m}`)),
    'con gái nhà',
    'con trai nhà',
    'con của',
    'thằng bé',
    'con bé',
    'cậu bé',
    'cu tí',
    'em bé',
    'my son',
    'my daughter',
    'my kid',
    'hs',
    'em học sinh',
  ],
  // Folded, "con tôi" is "còn tôi".
  exact: [
    ...['con', 'con nhà'].flatMap((c) => MINE.map((m) => `${c} ${m}`)),
    'thằng cu',
    'cô bé',
    'bé nhà',
    'bé con',
    'bé trai',
    'bé gái',
    'cháu bé',
    'cháu gái',
    'cháu trai',
    'cháu nội',
    'cháu ngoại',
    ...MINE.flatMap((m) => [`bé nhà ${m}`, `cháu ${m}`, `cháu nhà ${m}`]),
    'đứa nhỏ',
    'đứa con',
    'nhóc',
    'cu cậu',
    'bé',
    'cháu',
    'con bé',
    'con gái',
    'con trai',
  ],
});
