// Diseases named in English health rumours and cure claims.
import { defineLexicon } from './define';

export const enDisease = defineLexicon({
  id: 'en.disease',
  about: { vi: 'Bệnh trong tin đồn tiếng Anh.', en: 'Diseases in English health rumours.' },
  fold: [
    'covid',
    'covid 19',
    'corona',
    'coronavirus',
    'cancer',
    'diabetes',
    'hiv',
    'aids',
    'flu',
    'dengue',
    'stroke',
    'heart disease',
    'high blood pressure',
    'hypertension',
    'tumor',
    'tumors',
    'tumour',
    'autism',
    'alzheimer',
    'gout',
    'arthritis',
  ],
});
