// Extra sites: switching a new site on asks for its host permission first; the background then
// registers the built content script for exactly the granted sites.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { switchSite } from '../../settings/actions';
import { prefsItem } from '../../settings/items';
import { applyPolicy } from '../../settings/policy';
import { CONTENT_SCRIPT_FILE, EXTRA_SCRIPT_ID, syncContentScripts } from '../../settings/scripts';
import { NO_POLICY } from '../../settings/types';

// fakeBrowser implements neither permissions nor scripting: give it small working doubles.
const granted = new Set<string>();
let registered: { id: string; js?: string[]; matches?: string[] }[] = [];
const request = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
  for (const o of origins) granted.add(o);
  return true;
});

beforeEach(() => {
  fakeBrowser.reset();
  granted.clear();
  registered = [];
  request.mockClear();
  Object.assign(fakeBrowser.permissions, {
    request,
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
  });
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        registered.filter((s) => ids.includes(s.id)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        registered = registered.filter((s) => !ids.includes(s.id));
      },
      registerContentScripts: async (scripts: typeof registered) => {
        registered.push(...scripts);
      },
    },
  });
});

describe('switching sites', () => {
  it('a new site asks for its origins, then is saved on', async () => {
    expect(await switchSite('www.example.org', true)).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['*://example.org/*', '*://*.example.org/*'] });
    expect((await prefsItem.getValue()).sites).toEqual({ 'example.org': true });
  });

  it('a declined permission leaves the site off', async () => {
    request.mockResolvedValueOnce(false);
    expect(await switchSite('example.org', true)).toBe(false);
    expect((await prefsItem.getValue()).sites).toBeUndefined();
  });

  it('Facebook needs no permission request (declared in the manifest)', async () => {
    await switchSite('www.facebook.com', false);
    await switchSite('www.facebook.com', true);
    expect(request).not.toHaveBeenCalled();
    expect((await prefsItem.getValue()).sites).toEqual({ 'facebook.com': true });
  });
});

describe('syncContentScripts', () => {
  it('registers the built content script for granted extra sites only', async () => {
    await switchSite('example.org', true);
    const prefs = { sites: { 'example.org': true, 'not-granted.test': true, 'facebook.com': true } };
    expect(await syncContentScripts(prefs, NO_POLICY)).toEqual(['*://example.org/*', '*://*.example.org/*']);
    expect(registered).toEqual([
      expect.objectContaining({
        id: EXTRA_SCRIPT_ID,
        js: [CONTENT_SCRIPT_FILE],
        matches: ['*://example.org/*', '*://*.example.org/*'],
      }),
    ]);
  });

  it('switching the last extra site off unregisters the script', async () => {
    await switchSite('example.org', true);
    await syncContentScripts({ sites: { 'example.org': true } }, NO_POLICY);
    await syncContentScripts({ sites: { 'example.org': false } }, NO_POLICY);
    expect(registered).toEqual([]);
  });

  it('policy EnabledSites count as extra sites once access is granted', async () => {
    granted.add('*://intranet.example.gov.vn/*').add('*://*.intranet.example.gov.vn/*');
    const policy = applyPolicy({ EnabledSites: ['intranet.example.gov.vn', 'chat.zalo.me'] }, NO_POLICY);
    expect(await syncContentScripts({}, policy)).toEqual([
      '*://intranet.example.gov.vn/*',
      '*://*.intranet.example.gov.vn/*',
    ]);
  });
});
