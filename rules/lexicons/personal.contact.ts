// Words that introduce a number to reach or pay someone: phone, Zalo, bank account, card, tax,
// insurance, licence plate.
import { defineLexicon } from './define';

export const personalContact = defineLexicon({
  id: 'personal.contact',
  about: {
    vi: 'Từ đi kèm số để liên lạc, thanh toán: số điện thoại, zalo, số tài khoản, số thẻ, biển số xe.',
    en: 'Words before a contact or account number: phone, Zalo, bank account, card, licence plate.',
  },
  fold: [
    'số điện thoại',
    'số đt',
    'sdt',
    'điện thoại',
    'phone',
    'số phone',
    'zalo',
    'số zalo',
    'số tài khoản',
    'tài khoản ngân hàng',
    'tk ngân hàng',
    'thẻ atm',
    'thẻ tín dụng',
    'mã số thuế',
    'mst',
    'bhxh',
    'số bhxh',
    'số bảo hiểm',
    'thẻ bhyt',
    'bảo hiểm y tế',
    'biển số',
    'biển số xe',
    'bks',
    'biển kiểm soát',
    'phone number',
  ],
});
