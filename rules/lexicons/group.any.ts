// Any group of people: the union of the group lexicons, for frames about a group whatever it is.
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'group.any',
  about: {
    vi: 'Bất kỳ nhóm người nào: vùng miền, dân tộc, tôn giáo, giới, LGBT, khuyết tật, tuổi, nghề.',
    en: 'Any group of people: region, ethnicity, religion, gender, LGBT, disability, age, occupation.',
  },
  include: [
    'group.region',
    'group.ethnic',
    'group.religion',
    'group.gender',
    'group.lgbt',
    'group.disability',
    'group.age',
    'group.occupation',
    'group.political',
  ],
});
