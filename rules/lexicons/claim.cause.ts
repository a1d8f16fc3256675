// Verbs that pin a harm on something: "gây", "gây ra", "dẫn đến", "khiến", "làm … bị".
import { defineLexicon } from './define';

export const claimCause = defineLexicon({
  id: 'claim.cause',
  about: {
    vi: 'Động từ quy kết tác hại: "gây", "gây ra", "dẫn đến", "khiến", "sinh ra", "làm bị".',
    en: 'Verbs that pin a harm on something: "causes", "leads to", "makes you get".',
  },
  fold: [
    'xong',
    'xong thì',
    'xong là',
    'sau khi',
    'liền bị',
    'là bị',
    'thì bị',
    'gây ra',
    'gây nên',
    'khiến',
    'sinh ra',
    'làm bị',
    'sẽ bị',
    'bị',
    'là nguyên nhân',
    'là nguyên nhân gây',
    'tạo ra',
    'chứa chất gây',
    'sẽ chết',
    'causes',
    'cause',
    'leads to',
  ],
  exact: ['gây', 'dẫn đến', 'dẫn tới'],
});
