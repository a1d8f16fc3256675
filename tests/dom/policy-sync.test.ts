// The background's policy sync: a hung RulesetUrl download never holds back a later policy change,
// and every policy error reaches the extension's error log.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { policyStateItem } from '../../settings/items';
import { createPolicySync } from '../../settings/policy-sync';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const hung = (() => new Promise<Response>(() => {})) as typeof fetch;

describe('policy sync', () => {
  it('a later policy applies while the RulesetUrl download still hangs', async () => {
    const refresh = createPolicySync(hung);
    await fakeBrowser.storage.managed.set({
      AgencyName: 'Sở A',
      RulesetUrl: 'https://rules.example.test/r.json',
      RulesetSha256: 'a'.repeat(64),
    });
    await refresh();
    await fakeBrowser.storage.managed.set({ AgencyName: 'Sở B' });
    await refresh();
    expect((await policyStateItem.getValue()).policy.agencyName).toBe('Sở B');
  });

  it("every policy error is written to the extension's error log", async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.managed.set({ AgencyName: 'Sở A', AllowPause: 'no' });
    await createPolicySync(hung)();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^\[ungxu\] policy AllowPause: Invalid value/));
  });
});
