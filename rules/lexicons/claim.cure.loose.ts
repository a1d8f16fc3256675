// Cure verbs in their plain forms ("lá ổi trị tiểu đường", "tỏi phòng ung thư"), for frames that
// also need a home remedy beside them. Folded, "chữa" is "chưa": its forms need their accents.
import { defineLexicon } from './define';

export const claimCureLoose = defineLexicon({
  id: 'claim.cure.loose',
  about: {
    vi: 'Động từ chữa, phòng bệnh ở dạng thường: "chữa", "trị", "phòng", "ngừa", "diệt", "đẩy lùi".',
    en: 'Plain cure and prevention verbs: "treats", "cures", "prevents", "kills".',
  },
  include: ['claim.cure'],
  fold: [
    'là hết',
    'sẽ hết',
    'hết sạch',
    'khỏi luôn',
    'hết luôn',
    'chữa khỏi',
    'chữa được',
    'chữa dứt điểm',
    'trị',
    'trị hết',
    'khỏi',
    'phòng',
    'phòng ngừa',
    'phòng chống',
    'diệt',
    'đẩy lùi',
    'hết bệnh',
    'prevents',
    'treats',
  ],
  exact: ['ngừa', 'chữa', 'chữa hết', 'chữa dứt'],
});
