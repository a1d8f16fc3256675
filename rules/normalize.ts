// The one normaliser, used for both the lexicon and the text: NFC (per cluster, so NFD input gives
// the same result), case folding, diacritic folding, teencode, and de-obfuscation (separators inside
// a word, repeated letters, look-alike digits and symbols). It works on whole syllables: every token
// keeps the UTF-16 span of the text exactly as typed, so a finding can point back at it.
import { JOINERS, LOOKALIKE, letterOf, markAt, SENTENCE_END } from './letters';
import { TEENCODE } from './teencode';

export interface Token {
  /** Folded syllable: "bắc" → "bac". */
  f: string;
  /** Accent key: letter marks plus tone digit, "buổi" → "buôi3"; equal for "hoà" and "hòa". */
  k: string;
  /** UTF-16 span of the token in the original text. */
  start: number;
  end: number;
  /** What separates it from the previous token: 0 spaces or joiners, 1 punctuation, 2 end of sentence. */
  gap: 0 | 1 | 2;
}

enum T {
  Letter,
  Digit,
  Symbol, // a look-alike symbol: part of a word only between letters
  Joiner,
  Space,
  Punct,
  End,
}

interface Unit {
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
  const ch = raw.normalize('NFC').toLowerCase();
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

function classify(text: string): Unit[] {
  const units: Unit[] = [];
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
    units.push({ t: info.t, ch: info.ch, fold: info.fold, mark: info.mark, tone: info.tone, start, end: i });
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

/** Re-joins letters split by separators: "đ.m", "d-i-t" (two or more), "đ é o" (three or more). */
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
        if (j - i >= min) {
          joined = j - i;
          break;
        }
      }
    }
    if (joined === 1) out.push(first);
    else out.push({ word: list.slice(i, i + joined).map((w) => w.word[0] as Unit), gap: first.gap });
    i += joined;
  }
  return out;
}

function gapClass(gap: Unit[]): 0 | 1 | 2 {
  let c: 0 | 1 | 2 = 0;
  for (const u of gap) {
    if (u.t === T.End || (u.t === T.Symbol && SENTENCE_END.has(u.fold))) return 2;
    if (u.t === T.Punct || u.t === T.Symbol) c = 1;
    if (u.t === T.Joiner && u.fold === '.') return 2;
  }
  return c;
}

/**
 * Folds one word: look-alikes between letters become letters, and a letter repeated three or more
 * times collapses to one (nguuuu → ngu). Doubles stay: "cc", "dmm" and "lozz" are words of their own.
 */
function foldWord(word: Unit[]): { f: string; k: string; raw: string } {
  // Fast path (almost every word): letters only, no letter three times in a row.
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) {
    const u = word[i] as Unit;
    if (u.t !== T.Letter) plain = false;
    else if (i >= 2 && u.fold === word[i - 1]?.fold && u.fold === word[i - 2]?.fold) plain = false;
  }
  if (plain) {
    let f = '';
    let mark = '';
    let tone = 0;
    for (const u of word) {
      f += u.fold;
      mark += u.mark;
      if (!tone && u.tone) tone = u.tone;
    }
    // Teencode keys are short: only short words need their raw spelling.
    let raw = '';
    if (word.length <= MAX_TEENCODE_KEY) for (const u of word) raw += u.ch;
    return { f, k: mark + tone, raw };
  }
  const folds: string[] = [];
  const marks: string[] = [];
  const letters: boolean[] = [];
  let raw = '';
  let tone = 0;
  const hasLetter = word.some((u) => u.t === T.Letter);
  for (let i = 0; i < word.length; i++) {
    const u = word[i] as Unit;
    raw += u.ch;
    const look = LOOKALIKE[u.fold];
    const swap =
      look !== undefined && hasLetter && word[i - 1]?.t === T.Letter && word[i + 1]?.t === T.Letter;
    folds.push(swap ? (look as string) : u.fold);
    marks.push(swap ? (look as string) : u.mark);
    letters.push(swap || u.t === T.Letter);
    if (!tone && u.tone) tone = u.tone;
  }
  let f = '';
  let mark = '';
  for (let i = 0; i < folds.length; ) {
    let j = i + 1;
    if (letters[i]) while (j < folds.length && letters[j] && folds[j] === folds[i]) j++;
    const run = j - i >= 3 ? 1 : j - i;
    for (let r = 0; r < run; r++) {
      f += folds[i + r];
      mark += marks[i + r];
    }
    i = j;
  }
  return { f, k: mark + tone, raw };
}

const MAX_TEENCODE_KEY = Math.max(...Object.keys(TEENCODE).map((k) => k.length));

const expansionCache = new Map<string, { f: string; k: string }[]>();
function expand(raw: string): { f: string; k: string }[] | undefined {
  const to = TEENCODE[raw];
  if (to === undefined) return undefined;
  let toks = expansionCache.get(to);
  if (!toks) {
    toks = to.split(' ').map((w) => foldWord(classify(w)));
    expansionCache.set(to, toks);
  }
  return toks;
}

/** Splits text into normalised syllable tokens with their spans in the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const { word, gap } of rejoin(words(classify(text)))) {
    const start = (word[0] as Unit).start;
    const end = (word[word.length - 1] as Unit).end;
    const folded = foldWord(word);
    const g = tokens.length ? gapClass(gap) : 0;
    const exp = expand(folded.raw);
    if (exp) {
      for (let i = 0; i < exp.length; i++) {
        const e = exp[i] as { f: string; k: string };
        tokens.push({ f: e.f, k: e.k, start, end, gap: i ? 0 : g });
      }
    } else tokens.push({ f: folded.f, k: folded.k, start, end, gap: g });
  }
  return tokens;
}

export interface Normalized {
  /** Folded tokens joined by single spaces ("sentence end" gaps become " | "). */
  text: string;
  /** For each UTF-16 index of `text`, the [start, end) span of the original it comes from. */
  map: readonly (readonly [number, number])[];
  tokens: readonly Token[];
}

/** The normaliser with its offset map: normalised text index → span of the text as typed. */
export function normalize(text: string): Normalized {
  const tokens = tokenize(text);
  let out = '';
  const map: [number, number][] = [];
  for (const t of tokens) {
    if (out) {
      const sep = t.gap === 2 ? ' | ' : ' ';
      for (let i = 0; i < sep.length; i++) map.push([t.start, t.start]);
      out += sep;
    }
    for (let i = 0; i < t.f.length; i++) map.push([t.start, t.end]);
    out += t.f;
  }
  return { text: out, map, tokens };
}
