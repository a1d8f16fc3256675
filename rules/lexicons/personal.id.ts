// Words that introduce a personal number: contact and account numbers, and identity numbers.
import { defineLexicon } from './define';

export const personalId = defineLexicon({
  id: 'personal.id',
  about: {
    vi: 'Từ đi kèm một số cá nhân: số điện thoại, căn cước, hộ chiếu, số tài khoản, số thẻ, biển số xe.',
    en: 'Words before a personal number: phone, citizen ID, passport, bank account, card, licence plate.',
  },
  include: ['personal.contact', 'personal.idcard'],
});
