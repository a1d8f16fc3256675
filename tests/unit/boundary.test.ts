import { describe, expect, it } from 'vitest';
import { limitText } from '../../entrypoints/content/limits';
import { reach, SNAP, wordBoundary } from '../../rules/boundary';
import { recheckWindow } from '../../rules/incremental';
import { createChecker } from '../../rules/index';
import type { Finding } from '../../rules/types';

describe('wordBoundary', () => {
  it('moves back to the whitespace before a word, so no word is cut', () => {
    const text = 'một hai ba';
    expect(wordBoundary(text, 6, -1)).toBe(4);
    expect(wordBoundary(text, 6, 1)).toBe(7);
  });

  it('cuts a run without whitespace where it stands once it is longer than SNAP', () => {
    const text = 'a.'.repeat(SNAP * 2);
    expect(wordBoundary(text, SNAP * 2, -1)).toBe(SNAP * 2);
    expect(wordBoundary(text, SNAP * 2, 1)).toBe(SNAP * 2);
  });

  it('never cuts inside a surrogate pair or between a letter and its combining marks', () => {
    const emoji = '😀'.repeat(SNAP * 2);
    expect(wordBoundary(emoji, 501, -1)).toBe(500);
    // "ệ" typed as e + two combining marks (NFD): the cut stays before the "e".
    const nfd = 'e\u0323\u0302'.repeat(SNAP);
    expect(wordBoundary(nfd, 301, -1)).toBe(300);
    expect(wordBoundary(nfd, 302, -1)).toBe(300);
  });

  it('reaches at least the words asked for, a word without end counting as SNAP characters', () => {
    const text = `${'x'.repeat(1_000)} một hai ba bốn`;
    expect(reach(text, text.length, -1, 0, 3)).toBe(text.indexOf('hai'));
    expect(reach(text, 1_000, -1, 0, 3)).toBeGreaterThanOrEqual(1_000 - 2 * SNAP);
  });
});

describe('the content script cap cuts on the same boundary', () => {
  it('keeps an NFD letter whole at the cut', () => {
    const text = 'e\u0323\u0302'.repeat(10_000);
    const cut = limitText(text, 20_000).text;
    expect(cut.length % 3).toBe(0);
  });
});

describe('recheck on text without spaces', () => {
  const checker = createChecker({ profile: 'citizen' });
  const prev = `${'a.'.repeat(10_000)}Name`;
  const text = `${prev.slice(0, 10_000)}b${prev.slice(10_000)}`;

  it('checks a window around the edit, not the whole text', () => {
    const slices: number[] = [];
    const out = recheckWindow(prev, [], text, (slice) => {
      slices.push(slice.length);
      return [] as Finding[];
    });
    expect(out).not.toBeNull();
    expect(Math.max(...slices)).toBeLessThan(2_000);
  });

  it('gives what a full check gives', () => {
    const before = checker.check(prev);
    expect(checker.recheck(prev, before, text)).toEqual(checker.check(text));
  });
});
