// The one normaliser, used for both the lexicon and the text: NFC (per cluster, so NFD input gives
// the same result), case folding, diacritic folding, teencode, and de-obfuscation (separators inside
// a word, repeated letters, look-alike digits and symbols). It works on whole syllables: every token
// keeps the UTF-16 span of the text exactly as typed, so a finding can point back at it.
import { LOOKALIKE } from './letters';
import { classify, eachWord, gapClass, T, type Unit } from './segment';
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
  eachWord(text, (word, gap) => {
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
  });
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
