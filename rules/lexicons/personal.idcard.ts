// Words before an identity number that is personal data whoever posts it: citizen ID, passport,
// tax, social insurance, student number, card number.
import { defineLexicon } from './define';

export const personalIdcard = defineLexicon({
  id: 'personal.idcard',
  about: {
    vi: 'Từ đi trước số định danh: căn cước, chứng minh nhân dân, hộ chiếu, mã số thuế, số bảo hiểm, số thẻ.',
    en: 'Words before an identity number: citizen ID, passport, tax code, social insurance, card number.',
  },
  fold: [
    'cccd',
    'cmnd',
    'cmt',
    'căn cước',
    'căn cước công dân',
    'chứng minh nhân dân',
    'chứng minh thư',
    'số định danh',
    'mã định danh',
    'định danh cá nhân',
    'hộ chiếu',
    'passport',
    'số hộ chiếu',
    'mã số thuế cá nhân',
    'mst cá nhân',
    'số bhxh',
    'mã bhxh',
    'số sổ bảo hiểm',
    'thẻ bhyt',
    'mã thẻ bhyt',
    'số thẻ bảo hiểm',
    'mã học sinh',
    'mã sinh viên',
    'mssv',
    'id card',
    'id number',
  ],
});
