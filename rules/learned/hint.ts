// A learned hint as a Finding: its category's message and clause, and the words that weighed most.
import type { Token } from '../normalize';
import type { Category, Finding, LocalText } from '../types';

/** How many of a learned hint's words its card names. */
export const TOP_WORDS = 3;

const MESSAGES: Readonly<Record<string, LocalText>> = {
  insult: {
    vi: 'Mô hình nhỏ trên máy nhận ra lời lẽ có thể xúc phạm người khác.',
    en: 'The small on-device model recognised wording that may insult someone.',
  },
  vulgar: {
    vi: 'Mô hình nhỏ trên máy nhận ra lời lẽ tục tĩu, phản cảm.',
    en: 'The small on-device model recognised crude, offensive wording.',
  },
  hate: {
    vi: 'Mô hình nhỏ trên máy nhận ra lời lẽ có thể miệt thị cả một nhóm người.',
    en: 'The small on-device model recognised wording that may demean a whole group of people.',
  },
  regional: {
    vi: 'Mô hình nhỏ trên máy nhận ra lời lẽ có thể miệt thị người theo vùng miền.',
    en: 'The small on-device model recognised wording that may demean people of a region.',
  },
  religious: {
    vi: 'Mô hình nhỏ trên máy nhận ra lời lẽ có thể xúc phạm người theo tôn giáo.',
    en: 'The small on-device model recognised wording that may demean people for their religion.',
  },
  gender: {
    vi: 'Mô hình nhỏ trên máy nhận ra lời lẽ có thể miệt thị người theo giới tính.',
    en: 'The small on-device model recognised wording that may demean people for their gender.',
  },
};
const CLAUSES: Readonly<Record<string, string>> = {
  insult: '4.6',
  vulgar: '4.6',
  hate: '4.5',
  regional: '4.5',
  religious: '4.5',
  gender: '4.5',
};

export function learnedFinding(
  text: string,
  tokens: readonly Token[],
  run: { from: number; to: number },
  tag: Float64Array,
  category: Category,
): Finding {
  const start = (tokens[run.from] as Token).start;
  const end = (tokens[run.to] as Token).end;
  const order: number[] = [];
  for (let i = run.from; i <= run.to; i++) order.push(i);
  order.sort((a, b) => (tag[b] as number) - (tag[a] as number) || a - b);
  const words: string[] = [];
  for (const i of order) {
    const t = tokens[i] as Token;
    const w = text.slice(t.start, t.end);
    if (!words.includes(w)) words.push(w);
    if (words.length === TOP_WORDS) break;
  }
  return {
    ruleId: `learned-${category}`,
    category,
    severity: 'low',
    start,
    end,
    matched: text.slice(start, end),
    message: MESSAGES[category] as LocalText,
    clause: CLAUSES[category] as string,
    source: 'builtin',
    pinned: false,
    learned: { words },
  };
}
