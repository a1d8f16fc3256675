// The one network request the product may make: the admin's RulesetUrl, and only when the policy
// names it together with RulesetSha256. The download gives up after FETCH_TIMEOUT_MS or past
// MAX_RULESET_BYTES, and the bytes are hashed before anything parses them.
import { MAX_RULESET_BYTES, validateRuleset } from '../rules/ruleset';
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

/** A download that has not finished by then is abandoned (the last good ruleset stays). */
export const FETCH_TIMEOUT_MS = 30_000;

class TooLarge extends Error {}

/** The body, read piece by piece and abandoned as soon as it passes `max` bytes. */
async function readCapped(res: Response, max: number): Promise<ArrayBuffer> {
  if (Number(res.headers.get('content-length') ?? 0) > max) throw new TooLarge();
  if (!res.body) {
    const all = await res.arrayBuffer();
    if (all.byteLength > max) throw new TooLarge();
    return all;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel();
      throw new TooLarge();
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out.buffer;
}

export async function fetchPinnedRuleset(
  url: string,
  sha256: string,
  fetchImpl: typeof fetch = fetch,
  limits: { timeoutMs: number; maxBytes: number } = {
    timeoutMs: FETCH_TIMEOUT_MS,
    maxBytes: MAX_RULESET_BYTES,
  },
): Promise<{ ok: true; ruleset: Ruleset } | { ok: false; error: PolicyError }> {
  let bytes: ArrayBuffer;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  try {
    // No cookies, no cache, no redirects: the request goes to exactly the configured URL.
    const res = await fetchImpl(url, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: abort.signal,
    });
    if (!res.ok)
      return err(
        `Không tải được bộ quy tắc (HTTP ${res.status})`,
        `Could not fetch the ruleset (HTTP ${res.status})`,
      );
    bytes = await readCapped(res, limits.maxBytes);
  } catch (e) {
    if (e instanceof TooLarge)
      return err(
        `Tệp bộ quy tắc lớn hơn ${limits.maxBytes} byte; giữ bộ quy tắc cũ`,
        `The ruleset file is larger than ${limits.maxBytes} bytes; keeping the previous ruleset`,
      );
    if (abort.signal.aborted)
      return err(
        `Tải bộ quy tắc quá ${limits.timeoutMs / 1000} giây; giữ bộ quy tắc cũ`,
        `Fetching the ruleset took over ${limits.timeoutMs / 1000} s; keeping the previous ruleset`,
      );
    const why = e instanceof Error ? e.message : String(e);
    return err(`Không tải được bộ quy tắc: ${why}`, `Could not fetch the ruleset: ${why}`);
  } finally {
    clearTimeout(timer);
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

/** The download a policy state still needs: its URL names a hash no verified copy has. */
export function pendingDownload(state: PolicyState): { url: string; sha256: string } | null {
  const { rulesetUrl: url, rulesetSha256: sha } = state.policy;
  if (!url || !sha) return null;
  const sha256 = sha.toLowerCase();
  if (state.remote && state.remote.url === url && state.remote.sha256 === sha256) return null;
  return { url, sha256 };
}

/**
 * The state without any network: the last verified ruleset stays while the policy names a URL (until a
 * download of the new hash verifies), and goes when the policy names none.
 */
export function planPolicyState(raw: Record<string, unknown>, prev: PolicyState): PolicyState {
  const next = applyPolicy(raw, prev);
  if (!next.policy.rulesetUrl || !next.policy.rulesetSha256) delete next.remote;
  return next;
}

/** `state` with the outcome of the download of `want`: the verified ruleset, or the error (last good kept). */
export function withDownload(
  state: PolicyState,
  want: { url: string; sha256: string },
  got: Awaited<ReturnType<typeof fetchPinnedRuleset>>,
): PolicyState {
  const next: PolicyState = { ...state, errors: [...state.errors] };
  if (got.ok)
    next.remote = { url: want.url, sha256: want.sha256, ruleset: got.ruleset, fetchedAt: Date.now() };
  else next.errors.push(got.error);
  return next;
}

/** Builds the next state from raw values; fetches RulesetUrl only when no verified copy of that hash exists. */
export async function nextPolicyState(
  raw: Record<string, unknown>,
  prev: PolicyState,
  fetchImpl: typeof fetch = fetch,
): Promise<PolicyState> {
  const next = planPolicyState(raw, prev);
  const want = pendingDownload(next);
  if (!want) return next;
  return withDownload(next, want, await fetchPinnedRuleset(want.url, want.sha256, fetchImpl));
}
