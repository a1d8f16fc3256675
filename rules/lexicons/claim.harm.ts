// Harms that health scares promise: diseases, death, infertility, birth defects, tracking.
import { defineLexicon } from './define';

export const claimHarm = defineLexicon({
  id: 'claim.harm',
  about: {
    vi: 'Tác hại được đồn: bệnh hiểm nghèo, tử vong, vô sinh, dị tật, đột quỵ, bị theo dõi.',
    en: 'Harms promised by health scares: disease, death, infertility, birth defects, tracking.',
  },
  include: ['claim.disease'],
  fold: [
    'chết',
    'tử vong',
    'đột tử',
    'chết người',
    'ngộ độc',
    'nhiễm độc',
    'quái thai',
    'teo não',
    'suy giảm trí nhớ',
    'biến đổi gen',
    'thay đổi adn',
    'tê liệt',
    'liệt',
    'bị theo dõi',
    'theo dõi',
    'định vị',
    'nghe lén',
    'infertility',
    'autism',
  ],
  exact: ['mù', 'đông máu', 'dị tật'],
});
