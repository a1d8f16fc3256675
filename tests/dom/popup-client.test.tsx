// settings/client.ts, the content script's side of settings, against WXT's fake browser: the
// per-site configuration follows policy and user changes live; counts reach the statistics.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CheckerOptions } from '../../rules/types';
import { removeAllowWord } from '../../settings/actions';
import {
  addToAllowList,
  applyStatsMessage,
  type ContentConfig,
  recordHints,
  recordNudge,
  watchContentConfig,
} from '../../settings/client';
import { allowListItem, prefsItem, statsItem } from '../../settings/items';
import { createPolicySync, followManagedPolicy } from '../../settings/policy-sync';
import { dayKey } from '../../settings/stats';
import { allowListWriter } from '../../settings/store';
import { saoMai } from '../fixtures/rulesets';

const pinned = { name: 'Quy tắc Sở Thử Nghiệm', rules: [saoMai('agency-codename-sao-mai')] };

beforeEach(() => {
  fakeBrowser.reset();
  followManagedPolicy(createPolicySync(async () => new Response('', { status: 404 })));
});

function follow(host: string) {
  const seen: ContentConfig[] = [];
  const stop = watchContentConfig(host, (c) => seen.push(c));
  const last = () => seen.at(-1);
  return { seen, stop, last };
}

describe('watchContentConfig', () => {
  it('starts with the defaults: on for Facebook, off for an unknown site', async () => {
    const fb = follow('www.facebook.com');
    const other = follow('example.org');
    await vi.waitFor(() => expect(fb.last()?.enabled).toBe(true));
    await vi.waitFor(() => expect(other.last()?.enabled).toBe(false));
    expect(fb.last()?.checkerOptions).toEqual<CheckerOptions>({
      profile: 'citizen',
      disabledCategories: [],
      allowList: [],
      sensitivity: 'balanced',
    });
    expect(fb.last()?.nudgeLevel).toBe('high');
  });

  it('follows the global pause and the per-site switch', async () => {
    const fb = follow('www.facebook.com');
    await vi.waitFor(() => expect(fb.last()?.enabled).toBe(true));
    await prefsItem.setValue({ paused: true });
    await vi.waitFor(() => expect(fb.last()?.enabled).toBe(false));
    await prefsItem.setValue({ sites: { 'facebook.com': false } });
    await vi.waitFor(() => expect(fb.seen.length).toBeGreaterThanOrEqual(2));
    expect(fb.last()?.enabled).toBe(false);
    await prefsItem.setValue({});
    await vi.waitFor(() => expect(fb.last()?.enabled).toBe(true));
  });

  it('the agency ruleset and name arrive when the policy appears, and leave when it goes', async () => {
    const fb = follow('www.facebook.com');
    await vi.waitFor(() => expect(fb.last()).toBeDefined());
    await fakeBrowser.storage.managed.set({
      AgencyName: 'Sở Thử Nghiệm',
      PinnedRuleset: pinned,
      NudgeLevel: 'medium',
    });
    await vi.waitFor(() => expect(fb.last()?.agency).toEqual({ name: 'Sở Thử Nghiệm' }));
    expect(fb.last()?.checkerOptions.agency?.rules?.[0]?.id).toBe('agency-codename-sao-mai');
    expect(fb.last()?.nudgeLevel).toBe('medium');
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(fb.last()?.agency).toBeUndefined());
    expect(fb.last()?.checkerOptions.agency).toBeUndefined();
  });

  it('unsubscribe stops the callbacks', async () => {
    const fb = follow('www.facebook.com');
    await vi.waitFor(() => expect(fb.seen).toHaveLength(1));
    fb.stop();
    await prefsItem.setValue({ paused: true });
    await allowListItem.setValue(['x']);
    // A second watcher proves the change has been delivered; the stopped one heard nothing.
    const other = follow('www.facebook.com');
    await vi.waitFor(() => expect(other.last()?.checkerOptions.allowList).toEqual(['x']));
    expect(fb.seen).toHaveLength(1);
  });

  it('addToAllowList reaches the checker options of every watcher, without duplicates', async () => {
    const fb = follow('www.facebook.com');
    await addToAllowList('  đỉnh ');
    await addToAllowList('Đỉnh');
    await vi.waitFor(() => expect(fb.last()?.checkerOptions.allowList).toEqual(['đỉnh']));
  });
});

describe('allow-list writes', () => {
  /** Registers the background's own listener and records what it handles. */
  function backgroundWriter() {
    const seen: unknown[] = [];
    const writer = allowListWriter();
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      const handled = writer(msg);
      if (handled) seen.push(msg);
      return handled;
    });
    return seen;
  }

  it('changes from several tabs and the popup at once all land (the background applies them in turn)', async () => {
    await allowListItem.setValue(['cũ']);
    const seen = backgroundWriter();
    await Promise.all([
      addToAllowList('một'),
      addToAllowList('hai'),
      removeAllowWord('cũ'),
      addToAllowList('ba'),
    ]);
    expect(seen).toHaveLength(4);
    expect([...(await allowListItem.getValue())].sort()).toEqual(['ba', 'hai', 'một']);
  });

  it('without a background listening, the change is written by the sender itself', async () => {
    await addToAllowList('tự ghi');
    await removeAllowWord('không có');
    expect(await allowListItem.getValue()).toEqual(['tự ghi']);
  });
});

describe('statistics', () => {
  it('recordHints and recordNudge go through the background handler as counts', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      received.push(msg);
      return applyStatsMessage(msg as Parameters<typeof applyStatsMessage>[0]).then(() => true);
    });
    await recordHints({ regional: 2, hate: 0 });
    await recordNudge('edited');
    expect(received).toEqual([
      { type: 'ungxu:hints', counts: { regional: 2, hate: 0 } },
      { type: 'ungxu:nudge', outcome: 'edited' },
    ]);
    const today = (await statsItem.getValue())[dayKey(new Date())];
    expect(today).toEqual({ hints: { regional: 2 }, nudges: { edited: 1 } });
  });

  it('without a background listening, the tab writes the counts itself', async () => {
    await recordHints({ vulgar: 1 });
    expect((await statsItem.getValue())[dayKey(new Date())]?.hints).toEqual({ vulgar: 1 });
  });
});

describe('storage migrations', () => {
  it('a v1 preferences object in sync storage is migrated to v3 keeping the choices', async () => {
    await fakeBrowser.storage.sync.set({
      prefs: { profile: 'civil-servant', sitesOff: ['chat.zalo.me'], minSeverity: 'medium' },
    });
    vi.resetModules();
    const fresh = await import('../../settings/items');
    expect(await fresh.prefsItem.getValue()).toEqual({
      profile: 'civil-servant',
      sites: { 'chat.zalo.me': false },
      sensitivity: 'fewer',
    });
    expect((await fakeBrowser.storage.sync.get('prefs$'))['prefs$']).toEqual({ v: 3 });
  });

  it('a v2 preferences object with the old switch off becomes sensitivity fewer', async () => {
    await fakeBrowser.storage.sync.set({ prefs: { profile: 'citizen', showLow: false }, prefs$: { v: 2 } });
    vi.resetModules();
    const fresh = await import('../../settings/items');
    expect(await fresh.prefsItem.getValue()).toEqual({ profile: 'citizen', sensitivity: 'fewer' });
    expect((await fakeBrowser.storage.sync.get('prefs$'))['prefs$']).toEqual({ v: 3 });
  });
});
