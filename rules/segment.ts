// Segmentation for the normaliser: characters (with their marks) are classified once per distinct
// character, grouped into words and gaps, and letters split by separators are re-joined
// ("đ.m", "d-i-t", "đ é o"). No folding happens here: see normalize.ts.
import { INVISIBLE, JOINERS, LOOKALIKE, letterOf, markAt, SENTENCE_END } from './letters';

export enum T {
  Letter,
  Digit,
  Symbol, // a look-alike symbol: part of a word only between letters
  Joiner,
  Space,
  Punct,
  End,
}

export interface Unit {
  t: T;
  /** The cluster, lower-cased NFC. */
  ch: string;
  fold: string;
  mark: string;
  tone: number;
  start: number;
  end: number;
}

type Info = Omit<Unit, 'start' | 'end'>;

function infoOf(raw: string): Info {
  const ch = raw.normalize('NFC').toLowerCase().replace(INVISIBLE, '');
  // Only invisible characters (at the very start of the text): they join, like a hyphen.
  if (!ch) return { t: T.Joiner, ch, fold: ch, mark: ch, tone: 0 };
  const letter = letterOf(ch);
  if (letter) return { t: T.Letter, ch, fold: letter.fold, mark: letter.mark, tone: letter.tone };
  let t: T;
  if (/^\p{Nd}$/u.test(ch)) t = T.Digit;
  else if (LOOKALIKE[ch] !== undefined) t = T.Symbol;
  else if (JOINERS.has(ch)) t = T.Joiner;
  else if (SENTENCE_END.has(ch)) t = T.End;
  else if (/^\s$/u.test(ch)) t = T.Space;
  else if (/^\p{N}/u.test(ch)) t = T.Digit;
  else t = T.Punct;
  return { t, ch, fold: ch, mark: ch, tone: 0 };
}

// Per-character facts are computed once per distinct character (the hot path of every check).
const BY_CODE: (Info | undefined)[] = [];
const BY_CLUSTER = new Map<string, Info>();

/**
 * Units are short-lived (one tokenize call) and there is one per character: the segmenter reuses a
 * pool of them instead of allocating 20,000 objects for a 20,000-character text (garbage collection
 * was a third of a long check). The pool grows to the longest text checked, up to POOL_LIMIT units
 * (about 5 MB; the content script checks slices of at most 20,000 characters); longer texts allocate
 * the rest.
 */
const POOL: Unit[] = [];
const POOL_LIMIT = 131_072;
const SCRATCH: Unit[] = [];

/** One unit per character with its marks. `pooled` units are valid until the next pooled call. */
export function classify(text: string, pooled = false): Unit[] {
  const units: Unit[] = pooled ? SCRATCH : [];
  units.length = 0;
  let k = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const code = text.charCodeAt(i);
    i++;
    if (code >= 0xd800 && code <= 0xdbff && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
    for (let m = markAt(text, i); i < n && m > 0; m = markAt(text, i)) i += m;
    let info: Info | undefined;
    if (i - start === 1) {
      info = BY_CODE[code];
      if (!info) {
        info = infoOf(text[start] as string);
        BY_CODE[code] = info;
      }
    } else {
      const raw = text.slice(start, i);
      info = BY_CLUSTER.get(raw);
      if (!info) {
        info = infoOf(raw);
        if (BY_CLUSTER.size < 4096) BY_CLUSTER.set(raw, info);
      }
    }
    let u: Unit;
    if (pooled && k < POOL_LIMIT) {
      u = POOL[k] ?? { t: T.Punct, ch: '', fold: '', mark: '', tone: 0, start: 0, end: 0 };
      POOL[k] = u;
      u.t = info.t;
      u.ch = info.ch;
      u.fold = info.fold;
      u.mark = info.mark;
      u.tone = info.tone;
      u.start = start;
      u.end = i;
    } else u = { t: info.t, ch: info.ch, fold: info.fold, mark: info.mark, tone: info.tone, start, end: i };
    k++;
    units.push(u);
  }
  return units;
}

const isWordUnit = (u: Unit | undefined) => u !== undefined && (u.t === T.Letter || u.t === T.Digit);

/**
 * Words as ranges of units: word k is units[FROM[k], TO[k]) and its gap the units between the word
 * before it and itself; a look-alike symbol or digit between two letters reads as a letter. Ranges
 * in reused buffers, not arrays per word: a long text made of short
 * words allocated two arrays a word, all alive until the end, and garbage collection made a
 * 100,000-character check 20 times a 20,000-character one; and every term of a ruleset is segmented
 * once per compile, so a call allocates nothing that a short text does not need.
 */
let FROM = new Int32Array(256);
let TO = new Int32Array(256);
let BY_JOINER = new Int32Array(256);
let BY_SPACE = new Int32Array(256);
let UNITS: readonly Unit[] = [];
let N = 0;

function words(units: readonly Unit[]): void {
  if (FROM.length < units.length) {
    const size = Math.max(units.length, FROM.length * 2);
    FROM = new Int32Array(size);
    TO = new Int32Array(size);
    BY_JOINER = new Int32Array(size);
    BY_SPACE = new Int32Array(size);
  }
  UNITS = units;
  N = 0;
  let open = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const inWord =
      isWordUnit(u) ||
      (u.t === T.Symbol && units[i - 1]?.t === T.Letter && units[i + 1]?.t === T.Letter && open >= 0);
    if (inWord) {
      if (open < 0) open = i;
      continue;
    }
    if (open >= 0) {
      FROM[N] = open;
      TO[N++] = i;
      open = -1;
    }
  }
  if (open >= 0) {
    FROM[N] = open;
    TO[N++] = units.length;
  }
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

// Questions about word k of the current text that re-joining asks.
const unit = (i: number) => UNITS[i] as Unit;
const from = (k: number) => FROM[k] as number;
const to = (k: number) => TO[k] as number;
const gapStart = (k: number) => (k === 0 ? 0 : to(k - 1));
const gapLen = (k: number) => from(k) - gapStart(k);
function letters(k: number): boolean {
  for (let i = from(k); i < to(k); i++) if (unit(i).t !== T.Letter) return false;
  return true;
}
const single = (k: number) => to(k) - from(k) === 1 && unit(from(k)).t === T.Letter;
const joinerGap = (k: number) => gapLen(k) === 1 && unit(gapStart(k)).t === T.Joiner;
function spaceGap(k: number): boolean {
  const g = gapLen(k);
  if (g < 1 || g > 2) return false;
  for (let i = gapStart(k); i < from(k); i++) if (unit(i).t !== T.Space) return false;
  return true;
}
/** Dotted initials before a name ("Đ.M.Hùng", "N.V.An"): the chain is followed by ".Name". */
const initials = (k: number) =>
  k < N && to(k) - from(k) >= 2 && gapLen(k) === 1 && unit(gapStart(k)).ch === '.';
/** A consonant cluster that is no syllable on its own: "ch", "th", "ng", "l" (at most three letters). */
function onsetOnly(k: number): boolean {
  if (to(k) - from(k) > 3 || !letters(k)) return false;
  for (let i = from(k); i < to(k); i++) if (VOWELS.has(unit(i).fold)) return false;
  return true;
}
const startsWithVowel = (k: number) => letters(k) && VOWELS.has(unit(from(k)).fold);

/**
 * For each word k, the first j > k that does not continue a chain of single letters separated by
 * `gap`s. Worked out backwards in one pass: a chain seen from each of its letters ends at the same
 * place, and scanning it again from each letter was quadratic ("a.a.a.…a.Name" never joins).
 */
function chainEnds(ends: Int32Array, gap: (k: number) => boolean): void {
  for (let k = N - 1; k >= 0; k--)
    ends[k] = k + 1 < N && single(k + 1) && gap(k + 1) ? (ends[k + 1] as number) : k + 1;
}

/** A re-joined word keeps its letters only (the separators between them are its gaps). */
function lettersOf(a: number, b: number): Unit[] {
  const out: Unit[] = [];
  for (let i = a; i < b; i++) if (unit(i).t === T.Letter) out.push(unit(i));
  return out;
}

/**
 * Calls `emit` with each word of the text (its units) and the gap before it, re-joining letters split
 * by separators: "đ.m", "d-i-t" (two or more), "đ é o" (three or more), and a syllable cut after its
 * first consonants by a joiner: "ch.ết", "th-ằng", "l*ồn" (the first piece has no vowel, so it is no
 * word; "TP.HCM", "Ths.Nguyễn" stay apart: the second piece starts with a consonant). The arrays
 * passed are the callee's to keep. Not re-entrant: `emit` must not segment another text.
 */
export function eachWord(text: string, emit: (word: Unit[], gap: Unit[]) => void): void {
  const units = classify(text, true);
  words(units);
  chainEnds(BY_JOINER, joinerGap);
  chainEnds(BY_SPACE, spaceGap);
  const n = N;
  let k = 0;
  while (k < n) {
    const gap = units.slice(gapStart(k), from(k));
    let joined = 1;
    if (single(k)) {
      const j = BY_JOINER[k] as number;
      const js = BY_SPACE[k] as number;
      if (j - k >= 2 && !initials(j)) joined = j - k;
      else if (js - k >= 3 && !initials(js)) joined = js - k;
    }
    if (joined === 1 && k + 1 < n && onsetOnly(k) && joinerGap(k + 1) && startsWithVowel(k + 1)) {
      const word = lettersOf(from(k), to(k + 1));
      emit(word, gap);
      k += 2;
      continue;
    }
    const end = to(k + joined - 1);
    emit(joined === 1 ? units.slice(from(k), end) : lettersOf(from(k), end), gap);
    k += joined;
  }
}

export function gapClass(gap: Unit[]): 0 | 1 | 2 {
  let c: 0 | 1 | 2 = 0;
  for (const u of gap) {
    if (u.t === T.End || (u.t === T.Symbol && SENTENCE_END.has(u.fold))) return 2;
    if (u.t === T.Punct || u.t === T.Symbol) c = 1;
    if (u.t === T.Joiner && u.fold === '.') return 2;
  }
  return c;
}
