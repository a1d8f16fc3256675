// Personal data that identifies or locates someone: numbers (phone, ID, account) and places
// (address, school, workplace).
import { defineLexicon } from './define';

export const personalDatum = defineLexicon({
  id: 'personal.datum',
  about: {
    vi: 'Dữ liệu cá nhân định danh hoặc định vị một người: số điện thoại, căn cước, tài khoản, địa chỉ, trường lớp, nơi làm.',
    en: 'Personal data that identifies or locates someone: phone, ID, account, address, school, workplace.',
  },
  include: ['personal.id', 'personal.place'],
});
