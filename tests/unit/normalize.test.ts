import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, tokenize } from '../../rules/normalize';

const folded = (s: string) => tokenize(s).map((t) => t.f);

describe('normalize: folding', () => {
  it.each([
    ['case and diacritics fold, đ → d', 'Bắc KỲ Đà Nẵng', ['bac', 'ky', 'da', 'nang']],
    [
      'teencode expands to the standard word',
      'ko đc vs ck vk j',
      ['khong', 'duoc', 'voi', 'chong', 'vo', 'gi'],
    ],
    ['separators inside a word are removed', 'đ.m d-i-t v_c_l', ['dm', 'dit', 'vcl']],
    ['three or more spaced letters re-join', 'đ é o biết', ['deo', 'biet']],
    ['two spaced single letters stay apart (teencode "e k")', 'e k', ['em', 'khong']],
    ['letters repeated three times or more collapse', 'nguuuuu quááá', ['ngu', 'qua']],
    ['doubled letters stay (cc, dmm are words of their own)', 'cc dmm', ['cc', 'dmm']],
    ['look-alike digits and symbols between letters read as letters', 'l0n d!t ch3t', ['lon', 'dit', 'chet']],
    ['numbers stay numbers', 'năm 2024 có 3 que', ['nam', '2024', 'co', '3', 'que']],
    ['emoji and punctuation are not tokens', 'vui 😀 quá!!!', ['vui', 'qua']],
  ])('%s', (_reason, input, expected) => expect(folded(input)).toEqual(expected));

  it('keeps accents in the key, independent of tone placement (hoà = hòa), distinct for buổi/buồi', () => {
    const [a, b] = tokenize('hoà hòa');
    expect(a?.k).toBe(b?.k);
    const [c, d] = tokenize('buổi buồi');
    expect(c?.f).toBe(d?.f);
    expect(c?.k).not.toBe(d?.k);
  });

  it('NFD input gives the same tokens as NFC (spans differ only by length)', () => {
    const nfc = 'Thằng bắc kỳ ngu';
    const nfd = nfc.normalize('NFD');
    expect(tokenize(nfd).map((t) => [t.f, t.k])).toEqual(tokenize(nfc).map((t) => [t.f, t.k]));
    for (const t of tokenize(nfd)) expect(nfd.slice(t.start, t.end).normalize('NFC')).toMatch(/^\p{L}+$/u);
  });

  it('maps every normalised character back to the span it came from', () => {
    const text = 'Mày  NGUUU, đ.m!';
    const n = normalize(text);
    expect(n.text).toBe('may ngu dm');
    expect(text.slice(...(n.map[4] as [number, number]))).toBe('NGUUU');
    expect(text.slice(...(n.map[8] as [number, number]))).toBe('đ.m');
  });

  it('marks sentence ends and punctuation between tokens', () => {
    expect(tokenize('a b, c. d').map((t) => t.gap)).toEqual([0, 0, 1, 2]);
  });
});

const isBoundary = (s: string, i: number) => {
  if (i <= 0 || i >= s.length) return true;
  const c = s.charCodeAt(i);
  return !(c >= 0xdc00 && c <= 0xdfff && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff);
};
const vietnameseish = fc
  .array(
    fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắặấẫéèếệíìóòốộớợúùứựýỳ đ.m-_*!@0 13 😀👍🏽\u200b\u0301\u0323\n,.?'.split(
        '',
      ),
      'Bắc kỳ',
      'ngu',
      '\ud83d',
    ),
    { maxLength: 60 },
  )
  .map((a) => a.join(''));

describe('normalize: properties', () => {
  it('token spans are in bounds, ordered and on character boundaries', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), vietnameseish), (s) => {
        let last = 0;
        for (const t of tokenize(s)) {
          expect(t.start).toBeLessThan(t.end);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(isBoundary(s, t.start) && isBoundary(s, t.end)).toBe(true);
          expect(t.start).toBeGreaterThanOrEqual(last);
          last = t.start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('NFC and NFD input give the same folded tokens', () => {
    fc.assert(
      fc.property(vietnameseish, (s) => {
        const a = tokenize(s.normalize('NFC')).map((t) => t.f + t.k);
        const b = tokenize(s.normalize('NFD')).map((t) => t.f + t.k);
        expect(b).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(vietnameseish, (s) => {
        expect(normalize(s)).toEqual(normalize(s));
      }),
      { numRuns: 200 },
    );
  });
});

describe('normalize: invisible characters', () => {
  it.each([
    ['zero-width space inside a word', 'b\u200bắc k\u200bỳ'],
    ['zero-width joiner inside a word', 'b\u200dắc kỳ'],
    ['word joiner', 'bắc\u2060 kỳ'],
    ['soft hyphen', 'bắc k\u00adỳ'],
    ['zero-width non-joiner between every letter', [...'bắc kỳ'].join('\u200c')],
  ])('%s does not split the word', (_reason, text) => {
    expect(tokenize(text).map((t) => t.f)).toEqual(['bac', 'ky']);
  });
  it('a zero-width space between two words joins them into one, as written', () =>
    expect(tokenize('bắc\u200bkỳ').map((t) => t.f)).toEqual(['backy']));
});

describe('normalize: dotted initials', () => {
  it.each([
    [
      'initials before a name stay initials (a lone "m" reads as teencode)',
      'anh Đ.M.Hùng',
      ['anh', 'd', 'may', 'hung'],
    ],
    ['a dotted curse on its own is still re-joined', 'đ.m thằng này', ['dm', 'thang', 'nay']],
    [
      'a syllable cut after its first consonants is re-joined',
      'ch.ết th-ằng l*ồn ng.u',
      ['chet', 'thang', 'lon', 'ngu'],
    ],
    [
      'abbreviations with a dot stay apart (the second piece starts with a consonant)',
      'TP.HCM Ths.Nguyễn',
      ['tp', 'hcm', 'ths', 'nguyen'],
    ],
    ['a piece with a vowel is a word: "bác.sĩ" stays two', 'bác.sĩ', ['bac', 'si']],
  ])('%s', (_reason, input, expected) => expect(folded(input)).toEqual(expected));
});
