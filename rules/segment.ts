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
 * was a third of a long check). Texts longer than the pool allocate the rest.
 */
const POOL: Unit[] = [];
const POOL_LIMIT = 32_768;
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

/** Groups units into words; a look-alike symbol or digit between two letters reads as a letter. */
function words(units: Unit[]): { word: Unit[]; gap: Unit[] }[] {
  const out: { word: Unit[]; gap: Unit[] }[] = [];
  let gap: Unit[] = [];
  let word: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const inWord =
      isWordUnit(u) ||
      (u.t === T.Symbol && units[i - 1]?.t === T.Letter && units[i + 1]?.t === T.Letter && word.length > 0);
    if (inWord) {
      word.push(u);
      continue;
    }
    if (word.length) {
      out.push({ word, gap });
      word = [];
      gap = [];
    }
    gap.push(u);
  }
  if (word.length) out.push({ word, gap });
  return out;
}

const single = (w: Unit[]) => w.length === 1 && w[0]?.t === T.Letter;
const joinerGap = (g: Unit[]) => g.length === 1 && g[0]?.t === T.Joiner;
const spaceGap = (g: Unit[]) => g.length > 0 && g.length <= 2 && g.every((u) => u.t === T.Space);

/** Dotted initials before a name ("Đ.M.Hùng", "N.V.An"): the chain is followed by ".Name". */
const initials = (next: { word: Unit[]; gap: Unit[] } | undefined) =>
  next !== undefined && next.word.length >= 2 && next.gap.length === 1 && next.gap[0]?.ch === '.';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const letters = (w: Unit[]) => w.every((u) => u.t === T.Letter);
/** A consonant cluster that is no syllable on its own: "ch", "th", "ng", "l" (at most three letters). */
const onsetOnly = (w: Unit[]) => w.length <= 3 && letters(w) && !w.some((u) => VOWELS.has(u.fold));
const startsWithVowel = (w: Unit[]) => letters(w) && VOWELS.has(w[0]?.fold ?? '');

/**
 * Re-joins letters split by separators: "đ.m", "d-i-t" (two or more), "đ é o" (three or more), and a
 * syllable cut after its first consonants by a joiner: "ch.ết", "th-ằng", "l*ồn" (the first piece has
 * no vowel, so it is no word; "TP.HCM", "Ths.Nguyễn" stay apart: the second piece starts with a consonant).
 */
function rejoin(list: { word: Unit[]; gap: Unit[] }[]): { word: Unit[]; gap: Unit[] }[] {
  const out: { word: Unit[]; gap: Unit[] }[] = [];
  let i = 0;
  while (i < list.length) {
    const first = list[i] as { word: Unit[]; gap: Unit[] };
    let joined = 1;
    if (single(first.word)) {
      for (const [test, min] of [
        [joinerGap, 2],
        [spaceGap, 3],
      ] as const) {
        let j = i + 1;
        while (j < list.length && single(list[j]?.word ?? []) && test(list[j]?.gap ?? [])) j++;
        if (j - i >= min && !initials(list[j])) {
          joined = j - i;
          break;
        }
      }
    }
    const next = list[i + 1];
    if (
      joined === 1 &&
      next !== undefined &&
      onsetOnly(first.word) &&
      joinerGap(next.gap) &&
      startsWithVowel(next.word)
    ) {
      out.push({ word: [...first.word, ...next.word], gap: first.gap });
      i += 2;
      continue;
    }
    if (joined === 1) out.push(first);
    else out.push({ word: list.slice(i, i + joined).map((w) => w.word[0] as Unit), gap: first.gap });
    i += joined;
  }
  return out;
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

/** Words of the text, each with the gap before it, separators inside words re-joined. */
export const segment = (text: string): { word: Unit[]; gap: Unit[] }[] => rejoin(words(classify(text, true)));
