// Cover-up claims: "they are hiding it", "the press won't report it".
import { defineLexicon } from './define';

export const claimCoverup = defineLexicon({
  id: 'claim.coverup',
  about: {
    vi: 'Lời cáo buộc che giấu: "che giấu", "bưng bít", "không công bố", "báo chí không dám đưa".',
    en: 'Cover-up claims: "they are hiding it", "not announced", "the press won\'t report it".',
  },
  fold: [
    'che giấu',
    'giấu nhẹm',
    'ém nhẹm',
    'bưng bít',
    'giấu thông tin',
    'không công bố',
    'không dám công bố',
    'không dám đưa tin',
    'không dám đăng',
    'báo chí không đưa',
    'báo chí im lặng',
    'truyền thông im lặng',
    'cover up',
  ],
});
