// Where a person can be found: home address parts, school and class, workplace, date of birth.
// Folded, "phố" is "phở", "phường" is "phương", "quận" is "quán", "huyện" is "huyền", "xã" is
// "xa", "tỉnh" is "tình", "đường" is "dương": those need their accents.
import { defineLexicon } from './define';

export const personalPlace = defineLexicon({
  id: 'personal.place',
  about: {
    vi: 'Nơi tìm được một người: địa chỉ nhà, trường lớp, nơi làm việc, ngày sinh.',
    en: 'Where someone can be found: home address, school and class, workplace, date of birth.',
  },
  include: ['address.place', 'school.place'],
  fold: [
    'nhà ở',
    'nhà tại',
    'số nhà',
    'ngách',
    'hẻm',
    'kiệt',
    'xóm trọ',
    'ký túc xá',
    'làm ở',
    'làm tại',
    'làm việc ở',
    'làm việc tại',
    'công tác tại',
    'công ty',
    'nơi làm việc',
    'ngày sinh',
    'sinh ngày',
    'quê ở',
    'quê quán',
    'thành phố',
    'tp',
    'lives at',
  ],
  exact: ['ngõ', 'lớp', 'cơ quan', 'chỗ làm', 'phố', 'đường', 'phường', 'quận', 'huyện', 'xã', 'tỉnh'],
});
