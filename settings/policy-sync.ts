// Background side of the agency policy: read storage.managed at start and on every change, validate,
// fetch the pinned RulesetUrl when its hash changes, and persist the result for popup and content.
import { browser } from 'wxt/browser';
import { policyStateItem } from './items';
import { fetchPinnedRuleset, pendingDownload, planPolicyState, withDownload } from './remote';
import type { PolicyState } from './types';

/** Chromium hands extension policy over 3–5 s after start; an empty first read is not a removal. */
export const STARTUP_GRACE_MS = 15_000;

export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    // Firefox throws when no policies.json names this extension: that means "no policy".
    return {};
  }
}

/** Every policy error goes to the extension's error log too (chrome://extensions → Errors). */
function logErrors(state: PolicyState): void {
  for (const e of state.errors) console.error(`[ungxu] policy ${e.path}: ${e.message.en}`);
}

/**
 * Serialised refreshes: an older policy never overwrites a newer one. A RulesetUrl download runs
 * beside them, not inside: the policy applies at once (the last verified ruleset staying in force),
 * and the download's outcome is written when it comes, if the policy still names that URL and hash.
 */
export function createPolicySync(fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  let chain: Promise<void> = Promise.resolve();
  const inFlight = new Map<string, Promise<void>>();
  const serial = (step: () => Promise<void>) => {
    chain = chain.then(step).catch((e) => console.error('[ungxu] policy refresh failed', e));
    return chain;
  };
  const download = (want: { url: string; sha256: string }) => {
    const key = `${want.url}\u0000${want.sha256}`;
    if (inFlight.has(key)) return;
    const done = fetchPinnedRuleset(want.url, want.sha256, fetchImpl).then((got) =>
      serial(async () => {
        const current = await policyStateItem.getValue();
        const still = pendingDownload(current);
        if (still?.url !== want.url || still.sha256 !== want.sha256) return;
        const next = withDownload(current, want, got);
        if (!got.ok) logErrors({ ...next, errors: [got.error] });
        await policyStateItem.setValue(next);
      }),
    );
    inFlight.set(key, done);
    void done.finally(() => inFlight.delete(key));
  };
  const refresh = (opts: { startup?: boolean } = {}): Promise<void> =>
    serial(async () => {
      const raw = await readManaged();
      const prev = await policyStateItem.getValue();
      if (opts.startup && Object.keys(raw).length === 0 && prev.present) {
        // Keep the persisted policy through Chromium's start-up delay; re-check once it has passed.
        setTimeout(() => void refresh(), STARTUP_GRACE_MS);
        return;
      }
      const next = planPolicyState(raw, prev);
      logErrors(next);
      await policyStateItem.setValue(next);
      const want = pendingDownload(next);
      if (want) download(want);
    });
  return refresh;
}

export function followManagedPolicy(refresh: (opts?: { startup?: boolean }) => Promise<void>): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refresh();
  });
  void refresh({ startup: true });
}
