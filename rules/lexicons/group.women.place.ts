// Women of a place as a group ("gái Thanh Hóa", "phụ nữ miền Tây", "vợ Nghệ An"): a remark about
// them is about a sex and a region at once, so the gender frame reads it beside the regional one.
import { defineLexicon } from './define';
import { PLACE_NAMES } from './group.region';

export default defineLexicon({
  id: 'group.women.place',
  about: {
    vi: 'Phụ nữ một tỉnh, một vùng như một nhóm ("gái Thanh Hóa", "phụ nữ miền Tây", "vợ Nghệ An").',
    en: 'Women of a province or region as a group ("gái Thanh Hóa", "phụ nữ miền Tây", "vợ Nghệ An").',
  },
  prefixes: [
    'gái',
    'con gái',
    'em gái',
    'đàn bà',
    'phụ nữ',
    'chị em',
    'vợ',
    'lấy vợ',
    'mấy con',
    'bọn con gái',
    'mấy bà',
    'các bà',
    'mấy cô',
    'gái gú',
  ],
  prefixed: PLACE_NAMES,
});
