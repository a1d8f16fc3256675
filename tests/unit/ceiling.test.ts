// The held-out ceiling experiment's pieces (scripts/ceiling-lists.ts), on sentences written for this test.
import { describe, expect, it } from 'vitest';
import {
  docScores,
  foldedWords,
  mineNgrams,
  mineSpanPhrases,
  ngrams,
  phraseSpans,
} from '../../scripts/ceiling-lists';

const doc = (text: string, toxic: boolean, flagged = false) => ({ text, toxic, flagged });

describe('ceiling experiment', () => {
  it('reads words as the rules do (folded, teencode) and cuts n-grams up to three words', () => {
    expect(foldedWords('Đồ Khùng')).toEqual(['do', 'khung']);
    // "thg" is teencode for "thằng", "nguuuu" is "ngu" typed long.
    expect(foldedWords('thg nguuuu')).toEqual(['thang', 'ngu']);
    expect([...ngrams('Đồ khùng quá', 2)].sort()).toEqual(
      ['do', 'do khung', 'khung', 'khung qua', 'qua'].sort(),
    );
  });

  it('mines greedily: most toxic-minus-clean first, within support and precision, skipping flagged texts', () => {
    const docs = [
      doc('đồ khùng thật', true),
      doc('đồ khùng luôn', true),
      doc('đồ khùng hả', true),
      doc('cái áo khùng ghê', false),
      doc('trời mưa to', false),
      doc('xấu xa quá', true),
      doc('xấu xa thật', true),
      doc('đã có hint rồi khùng', true, true),
    ];
    const list = mineNgrams(docs, 2, 0.75);
    expect(list[0]).toBe('do');
    // ties go to the first in code-point order: "xa" before "xau" and "xau xa"; "khùng" is not needed
    // once "đồ" took its texts
    expect(list).toEqual(['do', 'xa']);
    expect(mineNgrams(docs, 4, 0.75)).toEqual([]);
    const s = docScores(docs, list);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(1);
  });

  it('finds whole-word folded phrase occurrences with offsets of the text as typed', () => {
    const text = 'Thằng đó khùng, không khùngg';
    expect(phraseSpans(text, new Set(['khung']), 2).map((s) => text.slice(s.start, s.end))).toEqual([
      'khùng',
    ]);
    expect(phraseSpans(text, new Set(['thang do']), 2).map((s) => text.slice(s.start, s.end))).toEqual([
      'Thằng đó',
    ]);
  });

  it('keeps span phrases seen often enough and mostly inside gold spans', () => {
    const docs = [
      { text: 'đồ khùng này', spans: [{ start: 0, end: 8 }] },
      { text: 'đồ khùng kia', spans: [{ start: 0, end: 8 }] },
      { text: 'mua đồ ăn', spans: [] },
      { text: 'nó khùng', spans: [{ start: 3, end: 8 }] },
      { text: 'nó đi học', spans: [{ start: 0, end: 2 }] },
      { text: 'nó ngủ rồi', spans: [] },
      { text: 'nó ăn cơm', spans: [] },
    ];
    expect([...mineSpanPhrases(docs, 2, 4, 0.5)].sort()).toEqual(['do khung']);
    expect([...mineSpanPhrases(docs, 1, 4, 0)].sort()).toEqual(['do khung', 'khung', 'no']);
  });
});
