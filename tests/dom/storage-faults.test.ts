// Settings storage that holds a bad value, and concurrent writers with and without the background.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setPref } from '../../settings/actions';
import { type ContentConfig, watchContentConfig } from '../../settings/client';
import { allowListItem, prefsItem } from '../../settings/items';
import { oneAtATime, sendOrApply } from '../../settings/single-writer';
import { addAllowListWord, prefsWriter } from '../../settings/store';

beforeEach(() => fakeBrowser.reset());

const configOf = (host: string) =>
  new Promise<ContentConfig>((ok) => {
    const off = watchContentConfig(host, (c) => {
      off();
      ok(c);
    });
  });

describe('a bad stored value', () => {
  it('an allow-list synced as an object does not stop the hints', async () => {
    await fakeBrowser.storage.sync.set({ allowList: { 0: 'ngu' } });
    const config = await configOf('www.facebook.com');
    expect(config.checkerOptions.allowList).toEqual([]);
  });

  it('a non-string allow-list entry is dropped, the words around it stay', async () => {
    await fakeBrowser.storage.sync.set({ allowList: ['ngu', 7, 'bắc kỳ'] });
    const config = await configOf('www.facebook.com');
    expect(config.checkerOptions.allowList).toEqual(['ngu', 'bắc kỳ']);
  });
});

describe('concurrent writers', () => {
  it('with no background, three adds at once keep all three', async () => {
    await Promise.all(['một', 'hai', 'ba'].map((w) => sendOrApply(w, addAllowListWord)));
    expect(await allowListItem.getValue()).toEqual(['một', 'hai', 'ba']);
  });

  it('the background answers false when its write failed (the sender then writes itself)', async () => {
    const listener = oneAtATime(
      (m): m is string => typeof m === 'string',
      async () => {
        throw new Error('quota');
      },
    );
    expect(await listener('x')).toBe(false);
  });

  it('prefs changed by two contexts at once both stick (the background writes them in turn)', async () => {
    fakeBrowser.runtime.onMessage.addListener(prefsWriter());
    await Promise.all([
      setPref('paused', true),
      fakeBrowser.runtime.sendMessage({
        type: 'ungxu:prefs',
        change: { key: 'sensitivity', value: 'fewer' },
      }),
    ]);
    expect(await prefsItem.getValue()).toEqual({ paused: true, sensitivity: 'fewer' });
  });
});
