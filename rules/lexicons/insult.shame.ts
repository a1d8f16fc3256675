// The `insult.shame` slot lexicon (its words and those it shares are in insult.family.ts).
import { defineLexicon } from './define';
import { SHAME } from './insult.family';

export default defineLexicon({
  id: 'insult.shame',
  about: {
    vi: 'Lời chê gia đình, dòng dõi: không biết dạy, đẻ ra cái loại, nghèo kiết xác, vô giáo dục.',
    en: 'What is said to shame a family: never taught, bore such a thing, dirt poor, uneducated.',
  },
  exact: SHAME,
});
