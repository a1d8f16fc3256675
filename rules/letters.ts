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

const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
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

/** Combining marks that attach to the previous character (NFD input, stray tones). */
export function isCombining(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
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
