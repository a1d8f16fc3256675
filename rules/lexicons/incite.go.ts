// The `incite.go` slot lexicon (its words and those it shares are in incite.ts).
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'incite.go',
  about: {
    vi: 'Lời rủ đi đánh người: lên đồ, đi xử, kéo quân, truy sát.',
    en: 'Going after someone as a group: gear up, go sort him out, send the troops, hunt down.',
  },
  exact: [
    'kéo nhau qua',
    'kéo nhau đến',
    'kéo nhau tới',
    'kéo quân',
    'lên đồ',
    'lên đồ đi',
    'đi xử',
    'ra xử',
    'vào xử',
    'qua xử',
    'đến xử',
    'tới xử',
    'đi đánh',
    'đi đập',
    'đi chém',
    'truy sát',
    'săn lùng',
    'truy lùng',
    'xông vào',
    'tràn vào',
    'bao vây',
  ],
  fold: ['di xu', 'truy sat'],
});
