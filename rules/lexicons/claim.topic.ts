// What rumours are about: health, money, fines and bans, disasters, deaths, children's safety.
import { defineLexicon } from './define';

export const claimTopic = defineLexicon({
  id: 'claim.topic',
  about: {
    vi: 'Chủ đề của tin đồn: sức khỏe, tiền bạc, mức phạt và lệnh cấm, thiên tai, cái chết, an toàn trẻ em.',
    en: "Rumour topics: health, money, fines and bans, disasters, deaths, children's safety.",
  },
  include: [
    'claim.health',
    'claim.money',
    'claim.law',
    'claim.disaster',
    'claim.death',
    'claim.children',
    'claim.coverup',
  ],
});
