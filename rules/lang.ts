// Decides whether a text is Vietnamese or English. franc alone is unreliable on short Vietnamese
// (and on Vietnamese typed without accents), so Vietnamese-only letters decide first, short texts
// default to Vietnamese, and franc-min (restricted to vie/eng) decides the rest.
import { franc } from 'franc-min';
import { VIETNAMESE_ONLY } from './letters';
import type { Lang } from './types';

/** Below this many characters a text without Vietnamese letters is still taken as Vietnamese. */
export const SHORT_TEXT = 40;
/** franc reads at most this much: enough to decide, and it keeps long texts cheap. */
const SAMPLE = 600;

export function detectLang(text: string): Lang {
  if (VIETNAMESE_ONLY.test(text)) return 'vi';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.replace(/[^\p{L}]/gu, '').length < SHORT_TEXT) return 'vi';
  return franc(sample, { only: ['vie', 'eng'], minLength: 1 }) === 'eng' ? 'en' : 'vi';
}
