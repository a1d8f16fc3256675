// Religions, followers and clergy in English ("muslims", "catholics", "buddhist monks"): the
// religious frames of English posts.
import { defineLexicon } from './define';

const FAITHS = ['muslim', 'christian', 'catholic', 'protestant', 'buddhist', 'hindu', 'jewish', 'religious'];

export default defineLexicon({
  id: 'en.group.religion',
  about: {
    vi: 'Tôn giáo, tín đồ, chức sắc viết bằng tiếng Anh ("muslims", "catholics", "buddhist monks").',
    en: 'Religions, followers and clergy in English ("muslims", "catholics", "buddhist monks").',
  },
  typed: [
    'muslims',
    'islam',
    'christians',
    'christianity',
    'catholics',
    'catholicism',
    'protestants',
    'buddhists',
    'buddhism',
    'hindus',
    'jews',
    'believers',
    'monks',
    'priests',
    'pastors',
    'nuns',
    'clergy',
    'the church',
    'the pagoda',
    'pagodas',
    'cao dai',
    'caodaists',
    'hoa hao',
    'religion',
    'religions',
    'church people',
    'churchgoers',
    ...FAITHS.flatMap((f) => [`${f} people`, `${f} monks`, `${f} priests`, `${f}s`, `${f} followers`]),
    'followers of',
  ],
});
