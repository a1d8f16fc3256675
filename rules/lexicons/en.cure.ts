// English cure claims: "cures", "kills the virus", "gets rid of … for good".
import { defineLexicon } from './define';

export const enCure = defineLexicon({
  id: 'en.cure',
  about: { vi: 'Lời hứa chữa khỏi bằng tiếng Anh.', en: 'English cure promises.' },
  fold: [
    'cure',
    'cures',
    'cured',
    'heal',
    'heals',
    'healed',
    'kill',
    'kills',
    'destroys',
    'prevents',
    'protects against',
    'reverses',
    'gets rid of',
    'get rid of',
    'wipes out',
    'immune to',
  ],
});
