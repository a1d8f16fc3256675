// English: someone other than the writer, or the writer's child.
import { defineLexicon } from './define';

export const enPerson = defineLexicon({
  id: 'en.person',
  about: {
    vi: 'Người thứ ba hoặc con của người viết, tiếng Anh.',
    en: "Someone else, or the writer's child, in English.",
  },
  fold: [
    'his',
    'her',
    'their',
    'that guy',
    'that girl',
    'this guy',
    'this girl',
    'that woman',
    'that man',
    'my ex',
    'my neighbor',
    'my neighbour',
    'my boss',
    'my coworker',
    'my wife',
    'my husband',
    'my son',
    'my daughter',
    'my kid',
    'my kids',
    'my child',
    'our son',
    'our daughter',
    'the kid',
  ],
});
