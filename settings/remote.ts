// The one network request the product may make: the admin's RulesetUrl, and only when the policy
// names it together with RulesetSha256. The bytes are hashed before anything parses them.
import { validateRuleset } from '../rules/ruleset';
import type { Ruleset } from '../rules/types';
import { applyPolicy } from './policy';
import type { PolicyError, PolicyState } from './types';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const err = (vi: string, en: string): { ok: false; error: PolicyError } => ({
  ok: false,
  error: { path: 'RulesetUrl', message: { vi, en } },
});

export async function fetchPinnedRuleset(
  url: string,
  sha256: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; ruleset: Ruleset } | { ok: false; error: PolicyError }> {
  let bytes: ArrayBuffer;
  try {
    // No cookies, no cache, no redirects: the request goes to exactly the configured URL.
    const res = await fetchImpl(url, { credentials: 'omit', cache: 'no-store', redirect: 'error' });
    if (!res.ok)
      return err(
        `Không tải được bộ quy tắc (HTTP ${res.status})`,
        `Could not fetch the ruleset (HTTP ${res.status})`,
      );
    bytes = await res.arrayBuffer();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return err(`Không tải được bộ quy tắc: ${why}`, `Could not fetch the ruleset: ${why}`);
  }
  const actual = await sha256Hex(bytes);
  if (actual !== sha256.toLowerCase()) {
    return err(
      `Mã SHA-256 không khớp (nhận được ${actual}); giữ bộ quy tắc cũ`,
      `SHA-256 mismatch (got ${actual}); keeping the previous ruleset`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return err('Tệp bộ quy tắc không phải JSON hợp lệ', 'The ruleset file is not valid JSON');
  }
  const result = validateRuleset(json, { layer: 'agency' });
  if (result.ok) return { ok: true, ruleset: result.ruleset };
  const first = result.errors
    .slice(0, 5)
    .map((e) => `${e.path}: ${e.message.en}`)
    .join('; ');
  const firstVi = result.errors
    .slice(0, 5)
    .map((e) => `${e.path}: ${e.message.vi}`)
    .join('; ');
  return err(`Bộ quy tắc tải về không hợp lệ — ${firstVi}`, `The fetched ruleset is invalid — ${first}`);
}

/** Builds the next state from raw values; fetches RulesetUrl only when no verified copy of that hash exists. */
export async function nextPolicyState(
  raw: Record<string, unknown>,
  prev: PolicyState,
  fetchImpl: typeof fetch = fetch,
): Promise<PolicyState> {
  const next = applyPolicy(raw, prev);
  const { rulesetUrl: url, rulesetSha256: sha } = next.policy;
  if (!url || !sha) {
    delete next.remote;
    return next;
  }
  if (prev.remote && prev.remote.url === url && prev.remote.sha256 === sha.toLowerCase()) {
    next.remote = prev.remote;
    return next;
  }
  const got = await fetchPinnedRuleset(url, sha, fetchImpl);
  if (got.ok) next.remote = { url, sha256: sha.toLowerCase(), ruleset: got.ruleset, fetchedAt: Date.now() };
  else {
    next.errors.push(got.error);
    // Keep the last good fetched ruleset rather than dropping pinned rules on a bad download.
    if (prev.remote) next.remote = prev.remote;
  }
  return next;
}
