// Aimed words: a toxic hint also underlines, in its sentence and close by, whom it is aimed at and the
// words that carry it ("thằng này … ngu"), as part of the same hint and never as a hint alone.
import { describe, expect, it } from 'vitest';
import { AIMED_WITHIN, withAimedWords } from '../../rules/aimed';
import { BUILTIN_RULES } from '../../rules/families';
import { createChecker, GUIDANCE_RULES } from '../../rules/index';
import type { Finding } from '../../rules/types';

// Aimed words are what a word rule's hint underlines besides its own words. A frame underlines the
// words that filled its slots instead ("thằng này" of "thằng này ngu"), tested in frame-rules.test.ts
// and below: here the word rules alone, so each case shows the aimed words themselves. The learned
// layer is off: its tagger's words join a hint's related words too (learned-layer.test.ts).
const checker = createChecker({
  profile: 'civil-servant',
  learned: null,
  builtin: [...BUILTIN_RULES, ...GUIDANCE_RULES].filter((r) => r.kind !== 'frame'),
});
const withFrames = createChecker({ profile: 'civil-servant', learned: null });

/** [rule id, matched, related words] of every finding. */
function seen(text: string) {
  return checker
    .check(text)
    .map((f) => [f.ruleId, f.matched, (f.related ?? []).map((r) => text.slice(r.start, r.end))]);
}

const related = (text: string) =>
  checker.check(text).flatMap((f) => (f.related ?? []).map((r) => text.slice(r.start, r.end)));

describe('aimed words', () => {
  it('underline the person an insult is aimed at, with the insult, as one hint', () => {
    expect(seen('Hôm nay thằng này ngu thật')).toEqual([['insult-stupid', 'ngu', ['thằng']]]);
    expect(seen('mày ngu như bò')).toEqual([['insult-stupid', 'ngu như bò', ['mày']]]);
  });

  it('with a frame, are the words that filled its other slots, and nothing twice', () => {
    const text = 'Hôm nay thằng này ngu thật';
    const found = withFrames.check(text);
    expect(found.map((f) => [f.ruleId, f.matched])).toEqual([['insult-frame-aimed', 'ngu']]);
    expect((found[0]?.related ?? []).map((r) => text.slice(r.start, r.end))).toEqual(['thằng này']);
    // a stereotype's group and generaliser ("Bọn" is taken by it), none from the sentence before
    const two = 'Nó đi học rồi!\nBọn bắc kỳ toàn nói dối';
    expect(
      withFrames.check(two).flatMap((f) => (f.related ?? []).map((r) => two.slice(r.start, r.end))),
    ).toEqual(['Bọn bắc kỳ', 'toàn']);
  });

  it('take phrases whole: "chúng mày", "tụi nó", "mẹ mày"', () => {
    expect(related('chúng mày đúng là lũ óc chó')).toContain('chúng mày');
    expect(related('tụi nó toàn lũ óc chó')).toContain('tụi nó');
  });

  it('stay in the sentence of the hint', () => {
    expect(related('Con tôi học giỏi lắm. Thằng đó ngu như bò')).toEqual(['Thằng']);
    expect(related('Nó đi học rồi!\nBọn bắc kỳ toàn nói dối')).toEqual(['Bọn']);
  });

  it(`reach at most ${AIMED_WITHIN} words on each side`, () => {
    // Filler words that are nothing to anyone: "thằng" is AIMED_WITHIN + 1, then AIMED_WITHIN words away.
    const filler = (n: number) => Array.from({ length: n }, () => 'rồi').join(' ');
    const far = `thằng ${filler(AIMED_WITHIN)} ngu như bò`;
    expect(seen(far)[0]?.[2]).toEqual([]);
    const near = `thằng ${filler(AIMED_WITHIN - 1)} ngu như bò`;
    expect(related(near)).toEqual(['thằng']);
  });

  it('are never a hint alone: everyday sentences with the same words stay clean', () => {
    for (const text of [
      'Con tôi năm nay vào lớp một',
      'Nó đi học về muộn vì mưa',
      'Chửi thề trước mặt trẻ con là không hay',
      'Chúng mày ơi, tối nay đi ăn lẩu không',
      'Thằng bé nhà bên hát hay lắm',
    ]) {
      expect(checker.check(text), text).toEqual([]);
    }
  });

  it('need the exact accents: "no" (full) and "may" (lucky) are not "nó" and "mày"', () => {
    expect(related('Ăn no rồi mà vẫn ngu như bò')).toEqual([]);
    expect(related('may quá, ngu như bò')).toEqual([]);
  });

  it('are read as the normaliser reads them: teencode, repeated letters', () => {
    // "tau" is teencode for "tao", "m" for "mày"; "vlllll" is "vl" typed long.
    expect(related('tau nói rồi, ngu như bò')).toEqual(['tau']);
    expect(related('bố m nói mày ngu như bò')).toEqual(['bố m', 'mày']);
    expect(related('ngu như bò vlllll')).toEqual(['vlllll']);
  });

  it(`reach ${AIMED_WITHIN} words however long the words are`, () => {
    // Long words push "thằng" past the piece of text first read around the hint.
    const words = (n: number) => Array.from({ length: n }, () => 'khongbietnoigihet').join(' ');
    expect(related(`thằng ${words(AIMED_WITHIN - 1)} ngu như bò`)).toEqual(['thằng']);
    expect(related(`thằng ${words(AIMED_WITHIN)} ngu như bò`)).toEqual([]);
    expect(related(`ngu như bò ${words(AIMED_WITHIN - 1)} thằng`)).toEqual(['thằng']);
  });

  it('are not "chúng ta", "bây giờ" or a "mấy" before the classifier', () => {
    expect(related('chúng ta đúng là ngu như bò')).toEqual([]);
    expect(related('bây giờ thì ngu như bò')).toEqual([]);
    expect(related('mấy thằng ngu như bò')).toEqual(['thằng']);
  });

  it('belong only to toxic hints, not to personal data or ads', () => {
    const text = 'Mã OTP của tao là 483920, mày đừng nói ai';
    const found = checker.check(text);
    expect(found.map((f) => f.category)).toContain('privacy');
    // a privacy frame underlines its own slot words ("Mã OTP"), never whom the text is aimed at
    const related = found.flatMap((f) => f.related ?? []).map((r) => text.slice(r.start, r.end));
    expect(related.filter((w) => ['tao', 'mày'].includes(w.toLowerCase()))).toEqual([]);
  });

  it('are taken once: a word between two hints goes to the first', () => {
    const text = 'ngu như bò thằng óc chó';
    const found = checker.check(text);
    expect(found).toHaveLength(2);
    const all = found.flatMap((f) => f.related ?? []);
    expect(all.map((r) => text.slice(r.start, r.end))).toEqual(['thằng']);
    expect(found[0]?.related?.length).toBe(1);
  });

  it('never overlap a finding', () => {
    const text = 'thằng chó chết, mày cút đi';
    const found = checker.check(text);
    for (const f of found) {
      for (const r of f.related ?? []) {
        for (const g of found) expect(r.end <= g.start || r.start >= g.end).toBe(true);
      }
    }
  });

  it('are recomputed from the text, not carried over', () => {
    const text = 'thằng này ngu như bò';
    const stale: Finding[] = checker.check(text).map((f) => ({ ...f, related: [{ start: 0, end: 1 }] }));
    expect(withAimedWords(text, stale).map((f) => f.related)).toEqual(
      checker.check(text).map((f) => f.related),
    );
  });

  it('follow an edit in a long text: recheck drops and adds them as a full check does', () => {
    const filler = 'Hôm nay trời đẹp, cả nhà đi chơi công viên. '.repeat(60);
    const before = `${filler}Thằng này ngu như bò. ${filler}`;
    const after = `${filler}Bạn này ngu như bò. ${filler}`;
    const first = checker.check(before);
    expect(first.flatMap((f) => f.related ?? []).map((r) => before.slice(r.start, r.end))).toEqual(['Thằng']);
    const again = checker.recheck(before, first, after);
    expect(again).toEqual(checker.check(after));
    expect(again.flatMap((f) => f.related ?? [])).toEqual([]);
    const back = checker.recheck(after, again, before);
    expect(back).toEqual(first);
  });
});

describe('words taken only next to the hint', () => {
  it('"thứ", "loại", "thg" and unaccented "may" right beside it, not further away', () => {
    expect(related('thg này ngu')).toEqual(['thg']);
    expect(related('thứ rác rưởi')).toEqual(['thứ']);
    expect(related('đúng là loại mất dạy')).toEqual(['loại']);
    expect(related('loại người này mất dạy')).toEqual([]);
    expect(related('ngu may')).toEqual(['may']);
    expect(related('may mà ngu')).toEqual([]);
  });
});
