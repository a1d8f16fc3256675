// Per-character folding tables for Vietnamese. Each letter is split into its folded base ("a"),
// its form with letter marks but no tone ("ă", "â", "đ") and its tone (0 none, 1 huyền, 2 sắc,
// 3 hỏi, 4 ngã, 5 nặng). The tone is kept per syllable so "hoà" and "hòa" compare equal.

export interface Letter {
  /** Folded base, ASCII where possible: "ậ" → "a", "đ" → "d". */
  fold: string;
  /** Letter marks kept, tone removed: "ậ" → "â", "đ" → "đ". */
  mark: string;
  tone: number;
}

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS: Record<string, string> = {
  a: 'a',
  ă: 'a',
  â: 'a',
  e: 'e',
  ê: 'e',
  i: 'i',
  o: 'o',
  ô: 'o',
  ơ: 'o',
  u: 'u',
  ư: 'u',
  y: 'y',
};

const TABLE = new Map<string, Letter>();
for (const [mark, fold] of Object.entries(VOWELS)) {
  for (let tone = 0; tone < TONES.length; tone++) {
    const ch = (mark + TONES[tone]).normalize('NFC');
    TABLE.set(ch, { fold, mark, tone });
  }
}
TABLE.set('đ', { fold: 'd', mark: 'đ', tone: 0 });

const COMBINING = /\p{M}/gu;
const cache = new Map<string, Letter | null>();

/**
 * Looks up a lower-cased, NFC letter cluster (one letter, possibly followed by combining marks that
 * did not compose). Returns null when the cluster is not a letter.
 */
export function letterOf(cluster: string): Letter | null {
  const hit = TABLE.get(cluster);
  if (hit) return hit;
  const cached = cache.get(cluster);
  if (cached !== undefined) return cached;
  let result: Letter | null = null;
  const stripped = cluster.normalize('NFD').replace(COMBINING, '');
  if (/^\p{L}+$/u.test(stripped)) {
    const base = TABLE.get(stripped);
    // Unknown marks on a known base (e.g. a stray tone on "ư") keep the base's letter marks.
    result = base
      ? { fold: base.fold, mark: base.mark, tone: 0 }
      : { fold: stripped, mark: stripped, tone: 0 };
  }
  if (cache.size < 4096) cache.set(cluster, result);
  return result;
}

// Marks, and invisible format characters (zero-width space and joiners, word joiner, soft hyphen,
// BOM): both stay with the character before them, so "b\u200bắc" is still one word.
const MARK = /^[\p{M}\p{Cf}]$/u;
/** Invisible format characters, dropped from a cluster before it is classified. */
export const INVISIBLE = /\p{Cf}/gu;
/** Per BMP code point: 0 not looked up yet, 1 not a mark, 2 a mark (this runs for every character). */
const BMP_MARKS = new Uint8Array(0x10000);

/**
 * Length (1 or 2 UTF-16 units) of the mark that starts at `i` — any Unicode mark (combining tones of
 * NFD input, variation selectors, enclosing marks) or invisible format character — or 0 when there is
 * none. It stays with the character before it, so no span ever separates them.
 */
export function markAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if ((unit < 0x300 && unit !== 0xad) || Number.isNaN(unit)) return 0;
  if (unit < 0xd800 || unit > 0xdfff) {
    let known = BMP_MARKS[unit] as number;
    if (known === 0) {
      known = MARK.test(String.fromCharCode(unit)) ? 2 : 1;
      BMP_MARKS[unit] = known;
    }
    return known === 2 ? 1 : 0;
  }
  const code = text.codePointAt(i) as number;
  return code > 0xffff && MARK.test(String.fromCodePoint(code)) ? 2 : 0;
}

/** Look-alike digits and symbols used to dodge filters (l0n, d!t, ch3t), read as letters between letters. */
export const LOOKALIKE: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  '!': 'i',
  '|': 'l',
  $: 's',
};

/** Characters people put inside a word to break it up: đ.m, d-i-t, c*c. */
export const JOINERS = new Set(['.', '-', '_', '*', '~', '+', '^', "'", '`', '•', '·']);

/** Punctuation that ends a sentence: contexts and proximity do not reach across it. */
export const SENTENCE_END = new Set(['.', '!', '?', ';', '\n', '\r', '…']);

/** Characters Vietnamese writing has and English does not (for the language cue). */
export const VIETNAMESE_ONLY = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
