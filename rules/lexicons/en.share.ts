// English share and leak verbs.
import { defineLexicon } from './define';

export const enShare = defineLexicon({
  id: 'en.share',
  about: { vi: 'Động từ chia sẻ, làm lộ, tiếng Anh.', en: 'English share and leak verbs.' },
  fold: [
    'sharing',
    'share',
    'here is',
    "here's",
    'attached',
    'posting',
    'posted',
    'leak',
    'leaking',
    'leaked',
    'sending',
    'send',
    'forward',
    'dm me',
    'snapped',
    'photo of',
    'got a copy',
    'have a copy',
  ],
});
