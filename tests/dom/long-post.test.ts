// A long post (Facebook allows 63,206 characters) is checked whole, a slice at a time: every hint is
// found, to the last word, and no single check covers more than a slice and its margins.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECK_LIMIT } from '../../entrypoints/content/limits';
import { createSession } from '../../entrypoints/content/session';
import { SLICE } from '../../entrypoints/content/slices';
import { createChecker } from '../../rules/index';
import type { Checker } from '../../rules/types';
import type { SiteAdapter } from '../../sites';

const checker = createChecker({ profile: 'citizen' });
const ac = new AbortController();
afterEach(() => {
  document.body.replaceChildren();
});

/** ~63,000 characters of ordinary sentences with an insult every 3,000 characters and one at the end. */
function longPost(): string {
  const clean = 'Hôm nay trời đẹp, cả nhà mình đi dạo quanh hồ và ăn kem. ';
  let text = '';
  while (text.length < 63_000) {
    text += clean.repeat(50);
    text += 'Mày ngu như bò. ';
  }
  return `${text}Thằng đó ngu thật.`;
}

describe('a long post', () => {
  it('every hint is found, in slices of at most SLICE characters plus their margins', async () => {
    const el = document.createElement('textarea');
    const text = longPost();
    el.value = text;
    document.body.append(el);
    const sizes: number[] = [];
    const spy: Checker = {
      ...checker,
      check: (t: string) => {
        sizes.push(t.length);
        return checker.check(t);
      },
    };
    const draw = vi.fn();
    const s = createSession(el, { name: 'test' } as SiteAdapter, {
      checker: () => spy,
      draw,
      erase: () => {},
      signal: ac.signal,
      debounceMs: 0,
    });
    await vi.waitFor(() => expect(draw).toHaveBeenCalled());
    expect(text.length).toBeLessThan(CHECK_LIMIT);
    const expected = checker.check(text).map((f) => [f.ruleId, f.start, f.end]);
    expect(s.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual(expected);
    expect(s.findings.some((f) => f.start > 60_000)).toBe(true);
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThan(SLICE + 2_000);
    s.release();
  });
});
