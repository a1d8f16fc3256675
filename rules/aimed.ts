// Whom abuse is aimed at. A hint of a toxic category ("ngu như bò") also underlines, in the same
// sentence and close by, the words that aim it or carry it: "thằng này", "chúng mày", "tụi nó",
// "chửi", "vl". They are part of the same hint (one card, one count), never a hint of their own:
// alone, each of them is an everyday word ("con tôi", "nó đi học", "chửi thề là không hay").
import { type Finding, type RuleCategory, type Span, TOXIC_CATEGORIES } from './types';

/** Categories whose hints carry aimed words: the toxic ones. */
export const AIMED_CATEGORIES: ReadonlySet<RuleCategory> = new Set(TOXIC_CATEGORIES);

/** How many words on each side of a hint are looked at, within its sentence. */
export const AIMED_WITHIN = 10;

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
  'thg',
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

/**
 * Words taken only right next to the hint, with nothing but spaces between: "thứ rác rưởi",
 * "loại mất dạy", "chết mẹ", "ngu như bò mồm", and unaccented "may"/"no" typed for "mày"/"nó".
 */
export const AIMED_NEXT_TO: readonly string[] = [
  'thứ',
  'loại',
  'mồm',
  'mẹ',
  'bố',
  'má',
  'cha',
  'may',
  'no',
  't',
];
const NEXT_TO = new Set(AIMED_NEXT_TO);

/** Phrases by their first word, longest first. */
const BY_FIRST = new Map<string, string[][]>();
for (const p of AIMED_PHRASES) {
  const words = p.split(' ');
  const list = BY_FIRST.get(words[0] as string) ?? [];
  list.push(words);
  BY_FIRST.set(words[0] as string, list);
}
for (const list of BY_FIRST.values()) list.sort((x, y) => y.length - x.length);

/** Longest aimed word, in UTF-16 units, even typed decomposed (NFD). */
const MAX_WORD = 12;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A letter, mark or digit; Vietnamese letters without the Unicode regex (this runs per character). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  return WORD_CHAR.test(text[i] as string);
}

/** . ! ? ; and line breaks end a sentence. */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13;

interface Word {
  start: number;
  end: number;
  key: string;
}

/** Up to AIMED_WITHIN words from `from` in direction `dir`, stopping at a sentence end. */
function wordsFrom(text: string, from: number, dir: 1 | -1): Word[] {
  const out: Word[] = [];
  let i = from;
  const n = text.length;
  while (out.length < AIMED_WITHIN) {
    // what lies between words; a sentence end stops the walk
    if (dir > 0) {
      while (i < n && !isWordChar(text, i)) {
        if (isSentenceEnd(text.charCodeAt(i))) return out;
        i++;
      }
      if (i >= n) break;
      const a = i;
      while (i < n && isWordChar(text, i)) i++;
      out.push({
        start: a,
        end: i,
        key: i - a > MAX_WORD ? '' : text.slice(a, i).normalize('NFC').toLowerCase(),
      });
    } else {
      while (i > 0 && !isWordChar(text, i - 1)) {
        if (isSentenceEnd(text.charCodeAt(i - 1))) return out.reverse();
        i--;
      }
      if (i <= 0) break;
      const b = i;
      while (i > 0 && isWordChar(text, i - 1)) i--;
      out.push({
        start: i,
        end: b,
        key: b - i > MAX_WORD ? '' : text.slice(i, b).normalize('NFC').toLowerCase(),
      });
    }
  }
  return dir > 0 ? out : out.reverse();
}

/** The aimed words around one finding: phrases of AIMED_PHRASES among the words in reach. */
function aimedAround(text: string, f: Finding): Span[] {
  const before = wordsFrom(text, f.start, -1);
  const after = wordsFrom(text, f.end, 1);
  const out: Span[] = [];
  for (const words of [before, after]) {
    let i = 0;
    while (i < words.length) {
      const phrases = BY_FIRST.get((words[i] as Word).key);
      const len = phrases?.find((p) => p.every((w, k) => words[i + k]?.key === w))?.length ?? 0;
      if (len > 0) {
        out.push({ start: (words[i] as Word).start, end: (words[i + len - 1] as Word).end });
        i += len;
      } else i++;
    }
  }
  const last = before[before.length - 1];
  if (
    last &&
    NEXT_TO.has(last.key) &&
    /^\s+$/u.test(text.slice(last.end, f.start)) &&
    !out.some((o) => o.start === last.start)
  ) {
    out.push({ start: last.start, end: last.end });
  }
  const first = after[0];
  if (
    first &&
    NEXT_TO.has(first.key) &&
    /^\s+$/u.test(text.slice(f.end, first.start)) &&
    !out.some((o) => o.start === first.start)
  ) {
    out.push({ start: first.start, end: first.end });
  }
  return out;
}

/**
 * Adds `related` spans to the findings of toxic categories. Pure function of the text and the
 * findings (their own `related` is recomputed), so a re-check of a window agrees with a full check.
 * A word inside any finding, or already aimed by an earlier finding, is not taken again.
 */
export function withAimedWords(text: string, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => AIMED_CATEGORIES.has(f.category) || f.slots)) return findings.map(withoutRelated);
  // Characters already underlined (findings and their frames' slots, then words taken): linear
  // however many findings.
  const taken = new Uint8Array(text.length);
  for (const f of findings) {
    taken.fill(1, f.start, f.end);
    for (const s of f.slots ?? []) taken.fill(1, s.start, s.end);
  }
  const free = (s: Span) => taken.subarray(s.start, s.end).every((c) => c === 0);
  return findings.map((f) => {
    const base = withoutRelated(f);
    // A frame's other slots are underlined with it, whatever its category.
    const slots: Span[] = (f.slots ?? []).map((s) => ({ start: s.start, end: s.end }));
    const mine = AIMED_CATEGORIES.has(f.category) ? aimedAround(text, f).filter(free) : [];
    if (!mine.length && !slots.length) return base;
    for (const s of mine) taken.fill(1, s.start, s.end);
    return { ...base, related: [...slots, ...mine].sort((a, b) => a.start - b.start) };
  });
}

function withoutRelated(f: Finding): Finding {
  if (f.related === undefined) return f;
  const { related: _old, ...base } = f;
  return base;
}
