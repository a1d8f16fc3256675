// The small decisions behind what the card and the nudge show, in happy-dom: where the nudge goes, how it
// counts, how advice is quoted, and where focus lands in a card without actions. Chromium checks the
// result on screen (tests/e2e/card-surface.test.ts, nudge-surface.test.ts).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { countsText, placeClear } from '../../entrypoints/content/nudge/dialog';
import { Card } from '../../entrypoints/content/ui/card';
import { curlyQuotes } from '../../entrypoints/content/ui/text';
import type { Finding } from '../../rules/types';
import { cardProps, finding } from '../fixtures/card';

const VIEW = { width: 800, height: 600 };
const SIZE = { width: 340, height: 200 };
const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('placeClear', () => {
  it('goes below the box and its button when there is room', () => {
    expect(placeClear(SIZE, [rect(20, 40, 400, 60), rect(330, 110, 80, 30)], VIEW)).toEqual({
      left: 20,
      top: 148,
    });
  });

  it('goes above them near the bottom of the window', () => {
    const at = placeClear(SIZE, [rect(20, 380, 400, 60), rect(330, 450, 80, 30)], VIEW);
    expect(at).toEqual({ left: 20, top: 172 });
  });

  it('goes beside a box that leaves no room above or below', () => {
    const at = placeClear(SIZE, [rect(20, 100, 300, 420)], VIEW);
    expect(at.left).toBe(328);
  });

  it('with nothing to avoid, sits in the corner', () => {
    expect(placeClear(SIZE, [], VIEW)).toEqual({ left: 8, top: 8 });
  });
});

/** A hint about violence (the category the counts below are about, unless one says otherwise). */
const violent = (over: Partial<Finding>): Finding =>
  finding({ category: 'violence', severity: 'high', clause: '4.5', ...over });

describe('the nudge counts as people say them', () => {
  it('Vietnamese: "N chỗ về …", joined with "và"', () => {
    const fs = [violent({}), violent({ category: 'regional' }), violent({})];
    expect(countsText(fs, 'vi')).toBe('2 chỗ về bạo lực và 1 chỗ về phân biệt vùng miền');
  });

  it('English: one hint, two hints', () => {
    expect(countsText([violent({}), violent({}), violent({ category: 'hate' })], 'en')).toBe(
      '2 hints about violence and 1 hint about hate speech',
    );
  });
});

describe('advice is quoted like the rest of the card', () => {
  it('straight double quotes become “ ”; an unpaired one stays', () => {
    expect(curlyQuotes('Dùng "người miền Bắc".')).toBe('Dùng “người miền Bắc”.');
    expect(curlyQuotes('Say "a" or "b"')).toBe('Say “a” or “b”');
    expect(curlyQuotes('5" screen')).toBe('5" screen');
  });
});

describe('a card without actions', () => {
  let root: HTMLElement | null = null;
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
  });

  it('focuses its close button, even with other hints to move to', () => {
    root = document.createElement('div');
    document.body.append(root);
    const pinned = violent({ category: 'confidential', clause: '5.2', source: 'agency', pinned: true });
    act(() => {
      render(
        <Card {...cardProps([pinned, violent({ start: 5, end: 9 })], { takeFocus: true })} />,
        root as HTMLElement,
      );
    });
    expect(root.querySelector('[data-action]:not([data-action="open-clause"])')).toBeNull();
    expect(document.activeElement?.className).toBe('x');
  });
});
