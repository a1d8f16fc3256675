// English internal documents, their status and share verbs, for the civil-servant profile.
import { defineLexicon } from './define';

export const enDoc = defineLexicon({
  id: 'en.doc',
  about: { vi: 'Văn bản nội bộ, tiếng Anh.', en: 'English internal documents.' },
  fold: [
    'draft',
    'memo',
    'minutes',
    'meeting minutes',
    'internal report',
    'report',
    'exam paper',
    'exam',
    'answer key',
    'budget',
    'estimate',
    'personnel list',
    'promotion list',
    'decision',
    'inspection report',
    'tender',
    'bid documents',
    'document',
    'documents',
    'file',
    'files',
  ],
});
