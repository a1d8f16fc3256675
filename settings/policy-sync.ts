// Background side of the agency policy: read storage.managed at start and on every change, validate,
// fetch the pinned RulesetUrl when its hash changes, and persist the result for popup and content.
import { browser } from 'wxt/browser';
import { policyStateItem } from './items';
import { nextPolicyState } from './remote';

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

/** Serialised refreshes: a slow fetch must not let an older policy overwrite a newer one. */
export function createPolicySync(fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  let chain: Promise<void> = Promise.resolve();
  const refresh = (opts: { startup?: boolean } = {}): Promise<void> => {
    chain = chain
      .then(async () => {
        const raw = await readManaged();
        const prev = await policyStateItem.getValue();
        if (opts.startup && Object.keys(raw).length === 0 && prev.present) {
          // Keep the persisted policy through Chromium's start-up delay; re-check once it has passed.
          setTimeout(() => void refresh(), STARTUP_GRACE_MS);
          return;
        }
        await policyStateItem.setValue(await nextPolicyState(raw, prev, fetchImpl));
      })
      .catch((e) => console.error('[ungxu] policy refresh failed', e));
    return chain;
  };
  return refresh;
}

export function followManagedPolicy(refresh: (opts?: { startup?: boolean }) => Promise<void>): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refresh();
  });
  void refresh({ startup: true });
}
