// Decomposed text (NFD: a letter followed by its combining tone and marks, as some keyboards and
// macOS file names produce) gives the same findings as the composed text (NFC), at offsets into the
// text as typed; recheck() after an edit equals check() for it too.
import { describe, expect, it } from 'vitest';
import { createChecker as compile } from '../../rules/checker';
import { createChecker } from '../../rules/index';
import type { Finding, RuleSpec } from '../../rules/types';

const msg = { vi: 'Thông điệp', en: 'Message' };
const pattern = (id: string, source: string, severity: RuleSpec['severity']): RuleSpec => ({
  id,
  kind: 'pattern',
  category: 'insult',
  severity,
  clause: '4.6',
  message: msg,
  lang: 'any',
  pattern: source,
});

/** NFC offset → offset in the NFD form of the same text (each character decomposes on its own). */
function nfdOffsets(nfc: string): number[] {
  const at = [0];
  let n = 0;
  for (const ch of nfc) {
    n += ch.normalize('NFD').length;
    for (let i = 0; i < ch.length; i++) at.push(n);
  }
  return at;
}
const spans = (fs: readonly Finding[]) => fs.map((f) => [f.ruleId, f.start, f.end]);

describe('NFD input', () => {
  it('a Vietnamese slur in a text that goes on in English is still a Vietnamese hint', () => {
    const checker = createChecker({ profile: 'citizen' });
    const nfc = 'Bọn bắc kỳ, they are so stupid';
    const nfd = nfc.normalize('NFD');
    expect(checker.lang(nfd)).toBe(checker.lang(nfc));
    const at = nfdOffsets(nfc);
    const fromNfc = checker.check(nfc);
    expect(fromNfc.length).toBeGreaterThan(0);
    expect(spans(checker.check(nfd))).toEqual(
      fromNfc.map((f) => [f.ruleId, at[f.start] as number, at[f.end] as number]),
    );
  });

  it('overlaps are settled by the length of the text composed, not by how many code units it takes', () => {
    // Composed, "ệ abcdefg" (9 characters) outweighs "ệệệệ" (4); decomposed, the tones make "ệệệệ"
    // 12 code units against 11, which picked the other rule.
    const checker = compile([pattern('four-e', 'ệệệệ', 'low'), pattern('e-and-word', 'ệ abcdefg', 'low')], {
      lang: 'vi',
    });
    const nfc = 'ệệệệ abcdefg';
    expect(checker.check(nfc).map((f) => f.ruleId)).toEqual(['e-and-word']);
    expect(checker.check(nfc.normalize('NFD')).map((f) => f.ruleId)).toEqual(['e-and-word']);
  });

  it('a pattern hit keeps the combining mark typed after it, whether or not the rest of the text is composed', () => {
    const checker = compile([pattern('ten-digits', String.raw`\d{10}`, 'high')], { lang: 'vi' });
    // A combining acute after a digit composes with nothing: the text stays as typed under NFC.
    const hit = 'gọi 0912345678\u0301 nhé';
    const composed = checker.check(hit);
    const decomposedElsewhere = checker.check(`${'tiếng Việt'.normalize('NFD')} ${hit}`);
    expect(composed.map((f) => f.matched)).toEqual(['0912345678\u0301']);
    expect(decomposedElsewhere.map((f) => f.matched)).toEqual(['0912345678\u0301']);
  });

  it('recheck after an edit equals a full check when only a far part of the text is decomposed', () => {
    const checker = compile([pattern('ten-digits', String.raw`\d{10}`, 'high')], { lang: 'vi' });
    const filler = 'Hôm nay trời đẹp, cả nhà đi dạo quanh hồ. '.repeat(60);
    // The window around the edit is composed; the text as a whole is not (its first words).
    const prev = `${'Tiếng Việt'.normalize('NFD')} ${filler}Gọi 0912345678\u0301 nhé. ${filler}`;
    const at = prev.indexOf('Gọi');
    const text = `${prev.slice(0, at)}Anh ${prev.slice(at)}`;
    const full = checker.check(text);
    expect(full.map((f) => f.matched)).toEqual(['0912345678\u0301']);
    expect(checker.recheck(prev, checker.check(prev), text)).toEqual(full);
  });
});
