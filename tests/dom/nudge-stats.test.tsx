// Statistics of the nudge's neighbour, Điều 4.7 (positive sharing): sends with no hint at all are counted
// (counts only), go through the background like the other counters, and show as one line in the popup.
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { I18n, makeT } from '../../components/i18n';
import { StatsSection } from '../../components/StatsSection';
import { applyStatsMessage, isStatsMessage, recordCleanSend, recordNudge } from '../../settings/client';
import { statsItem } from '../../settings/items';
import { addCleanSend, addNudge, dayKey, summarize } from '../../settings/stats';

beforeEach(() => fakeBrowser.reset());

describe('clean sends', () => {
  it('counted per day and summed over the 30-day window, older days dropped', () => {
    const day = (n: number) => new Date(2026, 0, n, 12);
    let s = addCleanSend({}, day(1));
    s = addCleanSend(s, day(20));
    s = addCleanSend(addNudge(s, 'sent', day(20)), day(20));
    expect(s[dayKey(day(20))]).toEqual({ hints: {}, nudges: { sent: 1 }, cleanSends: 2 });
    expect(summarize(s, day(20)).cleanSends).toBe(3);
    // 2026-01-01 falls out of the window on 2026-02-05.
    expect(summarize(s, new Date(2026, 1, 5, 12)).cleanSends).toBe(2);
  });

  it('a corrupt stored value does not poison the sum', () => {
    const s = { [dayKey(new Date())]: { hints: {}, nudges: {}, cleanSends: 'x' as unknown as number } };
    expect(summarize(s, new Date()).cleanSends).toBe(0);
    expect(summarize(addCleanSend(s, new Date()), new Date()).cleanSends).toBe(1);
  });

  it('recordCleanSend goes through the background handler as a count, like recordNudge', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      if (!isStatsMessage(msg)) return undefined;
      received.push(msg);
      return applyStatsMessage(msg).then(() => true);
    });
    await recordCleanSend();
    await recordCleanSend();
    await recordNudge('shown');
    expect(received).toEqual([
      { type: 'ungxu:clean-send' },
      { type: 'ungxu:clean-send' },
      { type: 'ungxu:nudge', outcome: 'shown' },
    ]);
    expect((await statsItem.getValue())[dayKey(new Date())]).toEqual({
      hints: {},
      nudges: { shown: 1 },
      cleanSends: 2,
    });
  });

  it('the background recognises only statistics messages', () => {
    expect(isStatsMessage({ type: 'ungxu:clean-send' })).toBe(true);
    expect(isStatsMessage({ type: 'ungxu:open-code', clause: '4.5' })).toBe(false);
    expect(isStatsMessage(null)).toBe(false);
  });

  it('the popup shows one line with the count, in the UI language', () => {
    const root = document.createElement('div');
    const summary = summarize(addCleanSend(addCleanSend({}, new Date()), new Date()), new Date());
    for (const [lang, line] of [
      ['vi', '2 bài đăng và tin nhắn gửi đi không có gợi ý nào'],
      ['en', '2 posts and messages went out with no hint'],
    ] as const) {
      render(
        <I18n.Provider value={{ t: makeT(lang), lang }}>
          <StatsSection summary={summary} />
        </I18n.Provider>,
        root,
      );
      expect(root.querySelector('[data-testid="stats-clean-sends"]')?.textContent).toBe(line);
    }
    render(null, root);
  });
});
