// Debt collection by force, offered as a service.
import { defineLexicon } from './define';

export const goodsDebt = defineLexicon({
  id: 'goods.debt',
  about: {
    vi: 'Dịch vụ đòi nợ thuê, xiết nợ.',
    en: 'Debt collection by force, for hire.',
  },
  fold: [
    'đòi nợ thuê',
    'dịch vụ đòi nợ',
    'nhận đòi nợ',
    'đòi nợ khó',
    'nợ khó đòi',
    'đòi nợ uy tín',
    'đòi nợ nhanh',
    'xử lý nợ xấu',
    'xử lý con nợ',
    'xử lý nợ khó đòi',
    'xiết nợ',
    'siết nợ',
    'debt collection',
  ],
});
