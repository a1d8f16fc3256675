// Women and men as a group: the union of `group.women` and `group.men`.
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'group.gender',
  about: {
    vi: 'Phụ nữ hoặc nam giới như một nhóm ("phụ nữ", "đàn bà", "con gái", "đàn ông", "bọn con trai").',
    en: 'Women or men as a group ("phụ nữ", "đàn bà", "con gái", "đàn ông", "bọn con trai").',
  },
  include: ['group.women', 'group.men'],
});
