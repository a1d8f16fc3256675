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

/**
 * English words that are never a Vietnamese syllable typed without accents (no "the" = thể, "so" = số,
 * "me" = mẹ, "an" = ăn, "it" = ít, "go" = gò, "up" = úp, "im" = im, "day" = đây, "say" = say,
 * "am" = âm, "not" = nốt, "lol", which is teencode).
 */
const ENGLISH_ONLY = new Set([
  'you',
  'your',
  "you're",
  'youre',
  'yourself',
  'are',
  'is',
  'was',
  'were',
  'what',
  'this',
  'with',
  'have',
  'has',
  'will',
  'would',
  'should',
  'could',
  'shut',
  'just',
  'why',
  'how',
  'who',
  'they',
  'them',
  'their',
  'people',
  'from',
  'and',
  'of',
  'for',
  "it's",
  "i'm",
  "don't",
  'dont',
  "can't",
  'such',
  'very',
  'really',
  'like',
  'stupid',
  'idiot',
  'dumb',
  'moron',
  'kill',
  'die',
  'hate',
  'love',
  'good',
  'great',
  'back',
  'country',
  'fuck',
  'shit',
  'bitch',
  'please',
  'thanks',
  'thank',
  'there',
  'here',
  'when',
  'where',
  'which',
  'because',
  'about',
  'some',
  'every',
  'all',
  'never',
  'always',
  'yes',
  'she',
  'her',
  'his',
  'him',
  'our',
  'we',
  'been',
  'being',
  'does',
  'did',
  'know',
  'live',
  'want',
  'need',
  'think',
  'look',
  'make',
  'take',
  'come',
  'said',
  'heard',
  'rumor',
  'rumour',
  'urgent',
  'breaking',
  'selling',
  'passports',
  'password',
  'cure',
  'cures',
  'doctors',
  'police',
  'government',
  'tomorrow',
  'everyone',
  'friend',
  'told',
  'leaked',
  'unsigned',
]);

/**
 * A Vietnamese syllable typed without accents: onset, one to three vowels, coda ("nguoi", "khong",
 * "quynh"). English words of three letters or more mostly fail it ("pathetic", "loser", "face", "cry").
 */
const VIET_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
const VOWEL = /[aeiouy]/;
/** English words Vietnamese posts borrow as they are ("shop online inbox nhe" stays Vietnamese). */
const LOANWORDS = new Set([
  'shop',
  'online',
  'offline',
  'inbox',
  'ship',
  'share',
  'like',
  'comment',
  'live',
  'livestream',
  'page',
  'check',
  'team',
  'game',
  'fan',
  'idol',
  'facebook',
  'zalo',
  'clip',
  'video',
  'link',
  'post',
  'status',
  'sale',
  'size',
  'order',
  'test',
  'update',
  'email',
  'mail',
  'code',
  'free',
  'fake',
  'style',
  'trend',
  'hot',
  'cute',
  'selfie',
  'teen',
  'thanks',
  'thank',
  'okela',
  'oke',
  'okie',
  'hix',
  'ahihi',
  'haha',
  'hehe',
  'kaka',
]);

/** English evidence in one word: a word never Vietnamese, or one no Vietnamese syllable spells. */
function englishWord(w: string): boolean {
  if (ENGLISH_ONLY.has(w)) return true;
  if (w.length < 3 || LOANWORDS.has(w) || !VOWEL.test(w) || w.includes("'")) return false;
  return !VIET_SYLLABLE.test(w);
}

/**
 * A short text without Vietnamese letters is English when at least two words, a third of them, are
 * English-only words; or when at least three words, half of its words of three letters or more, are
 * English by shape.
 */
function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  let listed = 0;
  let shaped = 0;
  for (const w of words) {
    if (ENGLISH_ONLY.has(w)) listed++;
    if (englishWord(w)) shaped++;
  }
  // Words of one or two letters ("dm", "me", "ok", "if") are read both ways: once an English-only word
  // is present they do not outvote the longer words.
  const long = words.filter((w) => w.length >= 3).length;
  return (
    (listed >= 2 && listed * 3 >= long) || (shaped >= 3 && shaped * 2 >= (listed > 0 ? long : words.length))
  );
}

export function detectLang(text: string): Lang {
  if (VIETNAMESE_ONLY.test(text)) return 'vi';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.replace(/[^\p{L}]/gu, '').length < SHORT_TEXT) return looksEnglish(sample) ? 'en' : 'vi';
  return franc(sample, { only: ['vie', 'eng'], minLength: 1 }) === 'eng' ? 'en' : 'vi';
}
