// A hint raised by the on-device model says so plainly on its card, with the words that weighed most,
// in the card's language; a rule's hint has no such line.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Card, type CardProps } from '../../entrypoints/content/ui/card';
import type { Finding } from '../../rules/types';
import { cardProps } from '../fixtures/card';

const learned: Finding = {
  ruleId: 'learned-insult',
  category: 'insult',
  severity: 'low',
  start: 8,
  end: 12,
  matched: 'khốn',
  message: { vi: 'Mô hình nhỏ trên máy nhận ra lời lẽ xúc phạm.', en: 'The model recognised an insult.' },
  clause: '4.6',
  source: 'builtin',
  pinned: false,
  learned: { words: ['khốn', 'đồ'] },
};
const { learned: _model, ...base } = learned;
const rule: Finding = { ...base, ruleId: 'insult-x' };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(f: Finding, lang: CardProps['lang']) {
  act(() => render(<Card {...cardProps([f], { lang })} />, root));
  return root.querySelector<HTMLElement>('[data-ungxu="card"]') as HTMLElement;
}

describe('learned hint card', () => {
  it('says in Vietnamese that a small model on this device recognised it, and names its words', () => {
    const line = mount(learned, 'vi').querySelector('[data-learned]');
    expect(line?.textContent).toBe(
      'Nhận ra bởi một mô hình nhỏ chạy ngay trên máy này (không gửi gì đi). Từ nặng ký nhất: “khốn”, “đồ”',
    );
  });

  it('says the same in English', () => {
    expect(mount(learned, 'en').querySelector('[data-learned]')?.textContent).toMatch(
      /^Recognised by a small model running on this device .*: “khốn”, “đồ”$/,
    );
  });

  it("has no such line on a rule's hint", () => {
    expect(mount(rule, 'vi').querySelector('[data-learned]')).toBeNull();
  });
});
