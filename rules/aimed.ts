// Whom abuse is aimed at. A hint of a toxic category ("ngu như bò") also underlines, in the same
// sentence and close by, the words that aim it or carry it: "thằng này", "chúng mày", "tụi nó",
// "chửi", "vl". They are part of the same hint (one card, one count), never a hint of their own:
// alone, each of them is an everyday word ("con tôi", "nó đi học", "chửi thề là không hay").
// The words around a hint are the normaliser's tokens (teencode "m", "thg" read as "mày", "thằng"),
// compared with their accents: an unaccented "may" (lucky) or "no" (full) is not "mày" or "nó".
import { SENTENCE_END } from './letters';
import { type Token, tokenize } from './normalize';
import { ADDRESSEE, CLASSIFIERS, TALKED_ABOUT } from './persons';
import { type Finding, type RuleCategory, type Span, TOXIC_CATEGORIES } from './types';

/** Categories whose hints carry aimed words: the toxic ones. */
export const AIMED_CATEGORIES: ReadonlySet<RuleCategory> = new Set(TOXIC_CATEGORIES);

/** How many words on each side of a hint are looked at, within its sentence. */
export const AIMED_WITHIN = 10;

/** Longest phrase first at each word. */
export const AIMED_PHRASES: readonly string[] = [
  ...ADDRESSEE,
  'lũ mày',
  'mẹ mày',
  'cha mày',
  'bố mày',
  'tổ cha mày',
  // the speaker who threatens or scorns
  'tao',
  'bố mày đây',
  ...TALKED_ABOUT,
  'hắn',
  'lũ nó',
  'bọn chúng',
  // the classifier, not a "mấy" before it: people underline "thằng", not "mấy thằng"
  ...CLASSIFIERS,
  'đám',
  'kẻ',
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

/** A token with its accents: "mày" and "may" differ, "hoà" and "hòa" do not. */
const keyOf = (t: Token) => `${t.f}${t.k}`;
const keysOf = (phrase: string) => tokenize(phrase).map(keyOf);

/** Phrases as token keys, by their first key, longest first. */
const BY_FIRST = new Map<string, string[][]>();
for (const p of AIMED_PHRASES) {
  const keys = keysOf(p);
  const list = BY_FIRST.get(keys[0] as string) ?? [];
  list.push(keys);
  BY_FIRST.set(keys[0] as string, list);
}
for (const list of BY_FIRST.values()) list.sort((x, y) => y.length - x.length);
const NEXT_TO = new Set(AIMED_NEXT_TO.flatMap(keysOf));

/** A token of the text around a hint, with its accent key. */
interface Word {
  start: number;
  end: number;
  key: string;
  /** What lies between it and the word before it (2: a sentence end). */
  gap: number;
}

/** Characters first read on each side of a hint; doubled while that holds too few whole words. */
const FIRST_REACH = 64;
/** Words at a cut edge of a piece, which may be part of a word or letter chain outside it. */
const EDGE = 3;

/**
 * The words of recently read pieces of text, by the piece (offsets within it): a recheck reads the
 * same pieces around the same hints again. Emptied when full.
 */
const PIECES = new Map<string, readonly Word[]>();
const PIECES_MAX = 4096;

function wordsOf(piece: string): readonly Word[] {
  let words = PIECES.get(piece);
  if (!words) {
    words = tokenize(piece).map((t) => ({ start: t.start, end: t.end, key: keyOf(t), gap: t.gap }));
    if (PIECES.size >= PIECES_MAX) PIECES.clear();
    PIECES.set(piece, words);
  }
  return words;
}

function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END.has(text[i] as string)) return true;
  return false;
}

/**
 * Up to AIMED_WITHIN words on one side of a hint, nearest first, within its sentence: from
 * `words[from]` in direction `dir`. `nearestBreaks` says whether a sentence end lies between the
 * nearest word and the hint. Null when the piece was cut (`cut`) too close to tell.
 */
function side(
  words: readonly Word[],
  from: number,
  dir: 1 | -1,
  cut: boolean,
  nearestBreaks: (w: Word) => boolean,
): Word[] | null {
  // Words at the cut edge are not trusted: the EDGE farthest spans (a teencode word is several
  // tokens with one span).
  let stop = dir < 0 ? -1 : words.length;
  if (cut) {
    for (let spans = 0; spans < EDGE && stop !== from; ) {
      stop -= dir;
      if (words[stop]?.start !== words[stop - dir]?.start) spans++;
    }
    while (stop !== from && words[stop + dir]?.start === words[stop]?.start) stop += dir;
  }
  const out: Word[] = [];
  for (let i = from; i !== stop; i += dir) {
    const w = words[i] as Word;
    const nearer = out[out.length - 1];
    const broken = !nearer ? nearestBreaks(w) : (dir < 0 ? nearer : w).gap === 2;
    if (out.length === AIMED_WITHIN || broken) return out;
    out.push(w);
  }
  return cut && out.length < AIMED_WITHIN ? null : out;
}

/**
 * The words on each side of [start, end), nearest last before and first after. Only a piece of the
 * text around the hint is tokenized (a recheck must not read the whole text); it grows until the
 * words kept reach the sentence end, AIMED_WITHIN words or the edge of the text.
 */
function wordsAround(text: string, start: number, end: number): { before: Word[]; after: Word[] } {
  for (let reach = FIRST_REACH; ; reach *= 2) {
    const a = Math.max(0, start - reach);
    const b = Math.min(text.length, end + reach);
    const words = wordsOf(text.slice(a, b));
    let i = 0;
    while (i < words.length && (words[i] as Word).end + a <= start) i++;
    let j = i;
    while (j < words.length && (words[j] as Word).start + a < end) j++;
    const before = side(words, i - 1, -1, a > 0, (w) => endsSentence(text, w.end + a, start));
    const after = side(words, j, 1, b < text.length, (w) => endsSentence(text, end, w.start + a));
    if (before && after) {
      const place = (w: Word) => ({ ...w, start: w.start + a, end: w.end + a });
      return { before: before.reverse().map(place), after: after.map(place) };
    }
  }
}

/** The aimed words around one finding: phrases of AIMED_PHRASES among the words in reach. */
function aimedAround(text: string, f: Finding): Span[] {
  const { before, after } = wordsAround(text, f.start, f.end);
  const out: Span[] = [];
  for (const words of [before, after]) {
    let i = 0;
    while (i < words.length) {
      const phrases = BY_FIRST.get((words[i] as Word).key);
      const len = phrases?.find((p) => p.every((k, j) => words[i + j]?.key === k))?.length ?? 0;
      if (len > 0) {
        out.push({ start: (words[i] as Word).start, end: (words[i + len - 1] as Word).end });
        i += len;
      } else i++;
    }
  }
  // A word right next to the hint, with only spaces between.
  const last = before[before.length - 1];
  if (last && NEXT_TO.has(last.key) && /^\s+$/u.test(text.slice(last.end, f.start))) out.push(last);
  const first = after[0];
  if (first && NEXT_TO.has(first.key) && /^\s+$/u.test(text.slice(f.end, first.start))) out.push(first);
  const seen = new Set<number>();
  return out
    .filter((s) => !seen.has(s.start) && seen.add(s.start))
    .map((s) => ({ start: s.start, end: s.end }));
}

/**
 * Adds `related` spans to the findings of toxic categories. Pure function of the text and the
 * findings (their own `related` is recomputed), so a re-check of a window agrees with a full check.
 * A word inside any finding, or already aimed by an earlier finding, is not taken again.
 */
export function withAimedWords(text: string, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => AIMED_CATEGORIES.has(f.category) || f.slots || f.tagged))
    return findings.map(withoutRelated);
  // Characters already underlined (findings, their frames' slots and the tagger's words, then words
  // taken): linear however many findings.
  const taken = new Uint8Array(text.length);
  for (const f of findings) {
    taken.fill(1, f.start, f.end);
    for (const s of f.slots ?? []) taken.fill(1, s.start, s.end);
    for (const s of f.tagged ?? []) taken.fill(1, s.start, s.end);
  }
  const free = (s: Span) => taken.subarray(s.start, s.end).every((c) => c === 0);
  return findings.map((f) => {
    const base = withoutRelated(f);
    // A frame's other slots, and the words the learned tagger joined to it (rules/learned), are
    // underlined with it, whatever its category.
    const slots: Span[] = [...(f.slots ?? []), ...(f.tagged ?? [])].map((s) => ({
      start: s.start,
      end: s.end,
    }));
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
