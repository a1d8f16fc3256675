// English status that keeps a document private: confidential, internal, unsigned, unpublished.
import { defineLexicon } from './define';

export const enStatus = defineLexicon({
  id: 'en.status',
  about: {
    vi: 'Tình trạng không được đăng, tiếng Anh.',
    en: 'English status that keeps a document private.',
  },
  fold: [
    'confidential',
    'classified',
    'secret',
    'top secret',
    'internal',
    'internal only',
    'unpublished',
    'not yet published',
    'not published',
    'unsigned',
    'not signed',
    'not yet signed',
    'unreleased',
    'not released',
    'not public',
    'restricted',
    'before the exam',
    'leaked',
    'draft',
  ],
});
