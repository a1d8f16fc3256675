// A person declared doomed or deserving death: "hắn phải chết", "kẻ đó đáng bị xử tử".
import { defineLexicon } from './define';

export const DOOM = [
  'phải chết',
  'đáng chết',
  'nên chết',
  'phải bị giết',
  'đáng bị giết',
  'nên bị giết',
  'đáng bị xử tử',
  'phải bị xử tử',
  'nên bị xử tử',
  'đáng bị xử bắn',
  'phải bị xử bắn',
  'nên bị xử bắn',
  'đáng bị bắn',
  'nên bị bắn',
  'đáng bị đánh chết',
  'không đáng sống',
  'không đáng được sống',
  'không xứng đáng được sống',
  'không nên sống',
  'phải biến mất',
  'phải bị trừ khử',
  'cần bị trừ khử',
];

export default defineLexicon({
  id: 'threat.doom',
  about: {
    vi: 'Tuyên bố một người phải chết, đáng bị giết: phải chết, đáng bị xử tử, không đáng sống.',
    en: 'Declaring someone doomed or deserving death: must die, deserves execution, does not deserve to live.',
  },
  exact: DOOM.filter((w) => !w.includes(' ')),
  bare: DOOM,
});
