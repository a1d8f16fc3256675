// Shapes a frame slot can be filled by, found on the text as typed rather than in a word list: a
// personal name, a long number (phone, ID, account), a secret-looking value (password, OTP).
import type { TokenRange } from './frames';
import type { Token } from './normalize';
import type { SlotShape } from './types';

const UPPER = /^\p{Lu}/u;
const LETTERS = /^\p{L}+$/u;
const DIGITS = /^\d+$/;
const GROUP_SEPARATOR = /^[ .-]?$/;

/** Shapes on the text as typed. Each finder is linear in the number of tokens. */
export const SHAPE_FINDERS: Record<SlotShape, (text: string, tokens: readonly Token[]) => TokenRange[]> = {
  // A personal name: two to four capitalised words in a row, with only spaces between, not at the
  // start of a sentence (where every first word is capitalised) unless three words or more.
  name(text, tokens) {
    const out: TokenRange[] = [];
    let i = 0;
    while (i < tokens.length) {
      let j = i;
      while (
        j < tokens.length &&
        isCapitalised(text, tokens[j] as Token) &&
        (j === i || (tokens[j] as Token).gap === 0)
      )
        j++;
      const n = j - i;
      const first = i === 0 || (tokens[i] as Token).gap === 2;
      if (n >= 2 && n <= 4 && (!first || n >= 3)) out.push({ from: i, to: j - 1 });
      i = Math.max(j, i + 1);
    }
    return out;
  },
  // A phone, ID, card or account number: digits in a row, groups joined by at most one space, dot
  // or dash ("0901 234 567", "090.123.4567"), holding at least eight digits in all.
  number(text, tokens) {
    const out: TokenRange[] = [];
    let i = 0;
    while (i < tokens.length) {
      let j = i;
      let digits = 0;
      while (j < tokens.length && DIGITS.test((tokens[j] as Token).f)) {
        if (
          j > i &&
          !GROUP_SEPARATOR.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start))
        )
          break;
        digits += (tokens[j] as Token).f.length;
        j++;
      }
      if (digits >= 8) out.push({ from: i, to: j - 1 });
      i = Math.max(j, i + 1);
    }
    return out;
  },
  // A secret-looking value as typed: 6 to 64 characters without spaces that mix letters with digits
  // or symbols ("abc@123", "Lan2024!"), or six digits alone (an OTP).
  secret(text, tokens) {
    const out: TokenRange[] = [];
    let i = 0;
    while (i < tokens.length) {
      const start = (tokens[i] as Token).start;
      let j = i;
      // a value typed without spaces may be several tokens ("abc@123" → abc, 123)
      while (j + 1 < tokens.length && !spaced(text, (tokens[j] as Token).end, (tokens[j + 1] as Token).start))
        j++;
      const raw = text.slice(start, (tokens[j] as Token).end);
      if (isSecretLike(raw)) out.push({ from: i, to: j });
      i = j + 1;
    }
    return out;
  },
};

function isCapitalised(text: string, t: Token): boolean {
  // most words start lower-case: settle those without slicing the word
  const first = text[t.start] as string;
  if (first.toLowerCase() === first) return false;
  const raw = text.slice(t.start, t.end);
  return raw.length > 1 && UPPER.test(raw) && LETTERS.test(raw) && raw !== raw.toUpperCase();
}

/** Whether whitespace separates two tokens (tokens of one expanded word touch or overlap). */
function spaced(text: string, end: number, start: number): boolean {
  return start > end && /\s/u.test(text.slice(end, start));
}

function isSecretLike(raw: string): boolean {
  if (raw.length < 6 || raw.length > 64) return false;
  if (/^\d{6}$/.test(raw)) return true;
  if (LETTERS.test(raw)) return false; // a plain word, as most are: no digit, no symbol
  const letters = /\p{L}/u.test(raw);
  const digits = /\d/.test(raw);
  const symbols = /[^\p{L}\d]/u.test(raw);
  if (/^\p{L}+[.,!?]$/u.test(raw)) return false; // a word before punctuation
  if (/^(?:https?:|www\.)/i.test(raw) || /^\S+\.(?:com|vn|net|org)\b/i.test(raw)) return false;
  return letters && (digits || symbols) && !/^[\p{L}]+$/u.test(raw);
}
