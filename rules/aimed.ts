// Whom abuse is aimed at. A hint of a toxic category ("ngu như bò") also underlines, in the same
// sentence and close by, the words that aim it or carry it: "thằng này", "chúng mày", "tụi nó",
// "chửi", "vl". They are part of the same hint (one card, one count), never a hint of their own:
// alone, each of them is an everyday word ("con tôi", "nó đi học", "chửi thề là không hay").
import type { Finding, RuleCategory, Span } from './types';

/** Categories whose hints carry aimed words. */
export const AIMED_CATEGORIES: ReadonlySet<RuleCategory> = new Set([
  'hate',
  'violence',
  'regional',
  'religious',
  'gender',
  'insult',
  'vulgar',
]);

/** How many words on each side of a hint are looked at, within its sentence. */
export const AIMED_WITHIN = 6;

/**
 * Lowercase NFC, exact accents: an unaccented "may" (lucky) or "no" (full) is not "mày" or "nó".
 * Longest phrase first at each word.
 */
export const AIMED_PHRASES: readonly string[] = [
  // the addressee, in contempt ("bây", "mi", "chúng" alone are "bây giờ", "mi" the note, "chúng ta")
  'mày',
  'm',
  'chúng mày',
  'chúng m',
  'chúng bây',
  'tụi mày',
  'tụi bây',
  'bọn mày',
  'lũ mày',
  'mẹ mày',
  'cha mày',
  'bố mày',
  'tổ cha mày',
  // the speaker who threatens or scorns
  'tao',
  'bố mày đây',
  // the people talked about, in contempt
  'nó',
  'hắn',
  'chúng nó',
  'bọn nó',
  'tụi nó',
  'lũ nó',
  'bọn chúng',
  'bọn',
  'tụi',
  'lũ',
  'đám',
  'kẻ',
  // the classifier, not a "mấy" before it: people underline "thằng", not "mấy thằng"
  'thằng',
  'con',
  'mẹ nó',
  'cha nó',
  // what is done to them, and the crude intensifiers said with it
  'chửi',
  'sủa',
  'vl',
  'vcl',
  'vkl',
  'vãi',
  'éo',
  'đéo',
];

const WORD = /[\p{L}\p{M}\p{N}]+/uy;
const SENTENCE_END = /[.!?;\n\r]/u;
const MAX_PHRASE = Math.max(...AIMED_PHRASES.map((p) => p.split(' ').length));
const PHRASES = new Set(AIMED_PHRASES);

interface Word {
  start: number;
  end: number;
  key: string;
}

/** Up to `n` words from `from` in direction `dir`, stopping at a sentence end. */
function wordsFrom(text: string, from: number, dir: 1 | -1, n: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (out.length < n) {
    // skip what is between words; a sentence end stops the walk
    while (dir > 0 ? i < text.length : i > 0) {
      const ch = dir > 0 ? (text[i] as string) : (text[i - 1] as string);
      if (SENTENCE_END.test(ch)) return out;
      if (/[\p{L}\p{M}\p{N}]/u.test(ch)) break;
      i += dir;
    }
    if (dir > 0 ? i >= text.length : i <= 0) break;
    let a = i;
    let b = i;
    if (dir > 0) {
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      b = i + (m ? m[0].length : 1);
      i = b;
    } else {
      while (a > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[a - 1] as string)) a--;
      i = a;
    }
    out.push({ start: a, end: b, key: text.slice(a, b).normalize('NFC').toLowerCase() });
  }
  return out;
}

/** The aimed words around one finding: phrases of AIMED_PHRASES among the words in reach. */
function aimedAround(text: string, f: Finding): Span[] {
  const before = wordsFrom(text, f.start, -1, AIMED_WITHIN).reverse();
  const after = wordsFrom(text, f.end, 1, AIMED_WITHIN);
  const out: Span[] = [];
  for (const words of [before, after]) {
    let i = 0;
    while (i < words.length) {
      let len = Math.min(MAX_PHRASE, words.length - i);
      for (; len > 0; len--) {
        const key = words
          .slice(i, i + len)
          .map((w) => w.key)
          .join(' ');
        if (PHRASES.has(key)) break;
      }
      if (len > 0) {
        out.push({ start: (words[i] as Word).start, end: (words[i + len - 1] as Word).end });
        i += len;
      } else i++;
    }
  }
  return out;
}

/**
 * Adds `related` spans to the findings of toxic categories. Pure function of the text and the
 * findings (their own `related` is recomputed), so a re-check of a window agrees with a full check.
 * A word inside any finding, or already aimed by an earlier finding, is not taken again.
 */
export function withAimedWords(text: string, findings: readonly Finding[]): Finding[] {
  const taken: Span[] = findings.map((f) => ({ start: f.start, end: f.end }));
  const free = (s: Span) => !taken.some((t) => s.start < t.end && t.start < s.end);
  return findings.map((f) => {
    const { related: _old, ...base } = f;
    if (!AIMED_CATEGORIES.has(f.category)) return base;
    const mine = aimedAround(text, f).filter(free);
    if (!mine.length) return base;
    taken.push(...mine);
    return { ...base, related: mine.sort((a, b) => a.start - b.start) };
  });
}
