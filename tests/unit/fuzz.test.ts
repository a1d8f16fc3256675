// Engine fuzzing: createChecker() with the real built-in rules, in every profile, over random Unicode and
// Vietnamese-like text (tones, teencode, separators, look-alikes, combining marks, emoji and ZWJ
// sequences, zero-width and RTL marks, 10k-letter words). Whatever is typed, check() must not throw, must
// point at whole characters of the text exactly as typed, and must agree with itself: same output twice,
// the same for NFC and NFD input, and recheck() after an edit equal to a full check().
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARGIN } from '../../rules/incremental';
import { createChecker } from '../../rules/index';
import { type Checker, type Finding, PROFILES, type Profile } from '../../rules/types';
import { recheckChain } from '../fixtures/edits';

// Built lazily inside the tests, so a profile whose rules fail to compile fails its own tests only.
const cache = new Map<Profile, Checker>();
const checkerOf = (profile: Profile): Checker => {
  let c = cache.get(profile);
  if (!c) {
    c = createChecker({ profile });
    cache.set(profile, c);
  }
  return c;
};
// A fixed seed per run keeps failures reproducible; fast-check prints the seed and path on failure.
const SEED = 874;

// Pieces of text we wrote: Vietnamese syllables with all five tones, words the rules flag (so findings
// exist and overlap), teencode, obfuscations, look-alike letters from other scripts.
const SYLLABLES = [
  'mình',
  'đi',
  'chợ',
  'mua',
  'rau',
  'cá',
  'hôm',
  'nay',
  'trời',
  'đẹp',
  'quá',
  'người',
  'miền',
  'bắc',
  'nam',
  'trung',
  'hoà',
  'hòa',
  'thuý',
  'thúy',
  'khoẻ',
  'khỏe',
  'nghiêng',
  'được',
  'ưởng',
  'giặt',
  'quẹo',
  'ngu',
  'như',
  'bò',
  'chó',
  'mày',
  'tao',
  'đồ',
  'thằng',
  'khốn',
  'nạn',
  'cút',
  'đánh',
  'chết',
  'giết',
  'bắc kỳ',
  'nam kỳ',
  'đm',
  'đ.m',
  'vãi',
  'lồn',
  'buồi',
  'cặc',
  'đéo',
  'mật khẩu',
  'số điện thoại',
  'ko',
  'k',
  'dc',
  'đc',
  'vl',
  'vcl',
  'dm',
  'cc',
  'ns',
  'j',
  'z',
  'nguuuu',
  'n.g.u',
  'n-g-u',
  'c h ó',
  'ng\u200bu',
  'mаy',
  'сhó',
  'ngυ',
  '0912 345 678',
  'matkhau123',
  'CCCD 012345678901',
  'gov.vn',
  'https://moh.gov.vn/tin',
  'Bộ Y tế',
  'nghe nói',
  'chưa kiểm chứng',
  'the',
  'stupid',
  'idiot',
  'damn',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '! ', '?', '\n', '-', '_', '*', '.', '…', '\t', '  '];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const RTL = ['\u200f', '\u200e', '\u202e', '\u202c', '\u2067', '\u2069', 'مرحبا', 'שלום'];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇻🇳', '❤️', '🤬', '🐶', '1️⃣', '🧑🏿‍💻'];
const MARKS = [
  '\ufe0f',
  '\u0300',
  '\u0301',
  '\u0303',
  '\u0309',
  '\u0323',
  '\u0302',
  '\u0306',
  '\u031b',
  '\u0308',
  '\u20dd',
];

/** Vietnamese-like text: syllables with separators, plus the odd emoji, zero-width, RTL or stray mark. */
const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...SYLLABLES) },
  { weight: 8, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...ZERO_WIDTH) },
  { weight: 2, arbitrary: fc.constantFrom(...RTL) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  // A mark right after a word (a stray tone typed twice, an emoji variation selector after a letter).
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...MARKS)).map(([w, m]) => w + m),
  },
  { weight: 1, arbitrary: fc.constantFrom(...SYLLABLES).map((s) => s.normalize('NFD')) },
  { weight: 1, arbitrary: fc.constantFrom(...SYLLABLES).map((s) => s.toUpperCase()) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const viLike = (maxLength: number) => fc.array(piece, { maxLength }).map((a) => a.join(''));

/** A very long word (10k letters, optionally with tones or marks), with flagged words around it. */
const longWord = fc
  .tuple(
    fc.constantFrom('a', 'ư', 'ngu', 'đ', 'u\u0301', 'x', '😀', '\u200b'),
    fc.integer({ min: 2_000, max: 10_000 }),
    viLike(6),
    viLike(6),
  )
  .map(([unit, n, before, after]) => `${before} ${unit.repeat(Math.ceil(n / unit.length))} ${after}`);

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  viLike(80),
);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const MARK = /^\p{M}$/u;
const BASE = /^[\p{L}\p{N}\p{M}]$/u;

/** Position `i` falls between the two halves of a surrogate pair. */
const insidePair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
/** Position `i` separates a letter (or digit) from a combining mark that belongs to it. */
const splitsMark = (text: string, i: number) =>
  i > 0 && i < text.length && MARK.test(text[i] as string) && BASE.test(text[i - 1] as string);

/** Every structural promise of check(): offsets, boundaries, slices, order. Returns the findings. */
function expectWellFormed(text: string, findings: readonly Finding[]): void {
  let lastEnd = 0;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(insidePair(text, f.start) || insidePair(text, f.end), `surrogate split ${f.ruleId}`).toBe(false);
    expect(splitsMark(text, f.start) || splitsMark(text, f.end), `mark split ${f.ruleId}`).toBe(false);
    expect(text.slice(f.start, f.end)).toBe(f.matched);
    // Sorted by start and non-overlapping.
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = f.end;
  }
}

const key = (fs: readonly Finding[]) => fs.map((f) => `${f.ruleId}|${f.matched.normalize('NFC')}`);
const params = (numRuns: number) => ({ numRuns, seed: SEED });

describe.each(PROFILES)('profile %s', (profile) => {
  it('createChecker compiles the built-in rules of this profile', () => {
    expect(() => checkerOf(profile)).not.toThrow();
  });

  it('random Unicode and Vietnamese-like text: no exception, well-formed, deterministic findings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const checker = checkerOf(profile);
        const a = checker.check(text);
        expectWellFormed(text, a);
        expect(checker.check(text)).toEqual(a);
      }),
      params(500),
    );
  });

  it('very long words (up to 10k letters) are checked without exception and well-formed', () => {
    fc.assert(
      fc.property(longWord, (text) => {
        expectWellFormed(text, checkerOf(profile).check(text));
      }),
      params(15),
    );
  });

  it('NFC and NFD input give the same findings (rule and NFC-normalised words)', () => {
    fc.assert(
      fc.property(fc.oneof(viLike(60), fc.string({ unit: 'grapheme', maxLength: 100 })), (text) => {
        const checker = checkerOf(profile);
        const nfc = text.normalize('NFC');
        const nfd = text.normalize('NFD');
        const fromNfd = checker.check(nfd);
        expectWellFormed(nfd, fromNfd);
        expect(key(fromNfd)).toEqual(key(checker.check(nfc)));
      }),
      params(500),
    );
  });
});

// recheck() only takes its windowed path on texts of at least 4 × MARGIN characters.
const longPost = fc
  .array(piece, { minLength: 700, maxLength: 1_400 })
  .map((a) => a.join(''))
  .filter((t) => t.length >= 4 * MARGIN);

/** An edit: replace [at, at + remove) of the text by `insert` (typing, deleting, pasting, retyping). */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...SYLLABLES, ...SEPARATORS, ...EMOJI), viLike(10)),
});

describe('recheck equals check after random edits', () => {
  it.each(PROFILES)('%s: a chain of edits on a long post', (profile) => {
    const checker = checkerOf(profile);
    fc.assert(
      fc.property(longPost, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        recheckChain(checker, start, edits, (text, incremental, full) => {
          expectWellFormed(text, incremental);
          expect(incremental).toEqual(full);
        });
      }),
      params(100),
    );
  });
});
