// What the pattern check (validate-pattern.ts) works with: its limits, its refusal, and what it
// learns about each piece of a pattern.
import type { LocalText } from './types';

/**
 * On the browser's engine (built-in rules), a repeat matches at most this many times (*, + and {n,}
 * become {n,24}): each start position then costs a bounded number of steps (safe-pattern.ts). Pieces
 * of personal data (IDs, phone and account numbers, codes) fit in 24.
 */
export const MAX_RUN = 24;
/** Largest count a pattern may write in {n,m}, for every pattern (write + for a longer run). */
export const MAX_REPEAT_COUNT = MAX_RUN;
export const MAX_ALTERNATIVES = 1000;

export class Refusal extends Error {
  constructor(readonly reason: LocalText) {
    super(reason.en);
  }
}
export const refuse = (vi: string, en: string): never => {
  throw new Refusal({ vi, en });
};
export const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** What the scanner learned about a piece of the pattern. */
export interface Info {
  hasQuantifier: boolean;
  hasAlternation: boolean;
  /** Fewest characters this piece can match (assertions count 0). */
  minLength: number;
  /** Indices into the probe alphabet of the characters this piece may consume. */
  chars: Set<number>;
  /** The characters it may start with (what decides where the piece before it must stop). */
  first: Set<number>;
  /** How much it consumes can vary for the same text (it holds a quantifier with max > min). */
  variable: boolean;
  /** Paths through its alternations (product along a sequence, sum across branches). */
  choices: number;
}
export interface Item extends Info {
  start: number;
  source: string;
  /** Must consume at least one character. */
  mandatory: boolean;
}

// Overlap of two character sets is decided by probing a sample alphabet (ASCII, Vietnamese letters,
// other scripts, spaces) plus every character written in the pattern itself.
export const BASE_ALPHABET = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...'\t\n\r\u00a0\u2003\u200b\u200d\u0301٣中😀ßΩЖ',
  ...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ',
  ...'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
];
export const empty = (): Info => ({
  hasQuantifier: false,
  hasAlternation: false,
  minLength: 0,
  chars: new Set(),
  first: new Set(),
  variable: false,
  choices: 1,
});
