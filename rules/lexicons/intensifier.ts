// Crude intensifiers said with a put-down: "ngu vl", "xấu vãi", "hãm vcl". After a trait they sharpen
// an insult; on their own they are the vulgar family's.
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'intensifier',
  about: {
    vi: 'Từ đệm thô tục đi với lời chê: vl, vcl, vãi, vãi chưởng, cmn.',
    en: 'Crude intensifiers said with a put-down: vl, vcl, vãi (damn, as hell).',
  },
  exact: [
    'vãi',
    'vãi cả',
    'vãi chưởng',
    'vãi nồi',
    'vãi đạn',
    'vãi lúa',
    'vãi cả chưởng',
    'vãi lồn',
    'vãi cả lồn',
    'vãi cứt',
    'vãi đái',
    'vãi cả đái',
    'vãi l',
    'vãi loz',
    'vờ lờ',
    'vê lờ',
  ],
  fold: [
    'vl',
    'vcl',
    'vkl',
    'vcc',
    'vch',
    'vcđ',
    'vloz',
    'vlon',
    'vlol',
    'vlz',
    'cmn',
    'cmnr',
    'cmnl',
    'vai lon',
    'vai loz',
    'vai chuong',
    'vai ca lon',
  ],
});
