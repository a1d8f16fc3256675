// Where someone or their family can be found, named to frighten: "tôi biết con chị học trường nào".
import { defineLexicon } from './define';

export const WHEREABOUTS = [
  'đang ở đâu',
  'sống ở đâu',
  'nhà ở đâu',
  'ở chỗ nào',
  'học trường nào',
  'học lớp nào',
  'học ở đâu',
  'làm ở đâu',
  'làm chỗ nào',
  'đi đường nào',
  'về lúc mấy giờ',
  'về đường nào',
  'mấy giờ tan làm',
  'mấy giờ tan học',
  'địa chỉ nhà',
  'biển số xe',
];

export default defineLexicon({
  id: 'threat.whereabouts',
  about: {
    vi: 'Nơi ở, nơi học, đường đi của một người, nêu ra để dọa: đang ở đâu, học trường nào, về lúc mấy giờ.',
    en: "Where someone lives, studies or goes, named to frighten: where you are, your child's school, when you get home.",
  },
  bare: WHEREABOUTS,
});
