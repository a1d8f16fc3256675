// English words before personal data: phone number, home address, ID, school and class.
import { defineLexicon } from './define';

export const enDatum = defineLexicon({
  id: 'en.datum',
  about: { vi: 'Từ đi trước dữ liệu cá nhân, tiếng Anh.', en: 'English words before personal data.' },
  fold: [
    'phone number',
    'phone',
    'number',
    'cell',
    'address',
    'home address',
    'lives at',
    'lives on',
    'id number',
    'id card',
    'passport',
    'passport number',
    'bank account',
    'account number',
    'card number',
    'school',
    'goes to',
    'class',
    'grade',
  ],
});
