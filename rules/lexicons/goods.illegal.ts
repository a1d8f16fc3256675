// Every illegal good or service a selling frame looks for (the goods.* lexicons together).
import { defineLexicon } from './define';

export const goodsIllegal = defineLexicon({
  id: 'goods.illegal',
  about: {
    vi: 'Hàng hóa, dịch vụ bị cấm: ma túy, vũ khí, động vật hoang dã, giấy tờ giả, gian lận thi, tín dụng đen, đòi nợ thuê, việc "nhiệm vụ", cờ bạc, mại dâm, hàng giả, dữ liệu cá nhân.',
    en: 'Banned goods and services: drugs, weapons, wildlife, fake papers, exam fraud, loan sharks, debt collectors, task scams, gambling, sex, counterfeits, personal data.',
  },
  include: [
    'goods.drugs',
    'goods.weapons',
    'goods.wildlife',
    'goods.papers',
    'goods.exam',
    'goods.loan',
    'goods.debt',
    'goods.task',
    'goods.betting',
    'goods.sex',
    'goods.counterfeit',
    'goods.data',
    'goods.body',
  ],
});
