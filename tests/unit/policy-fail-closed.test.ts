// A bad policy value never unlocks anything: the last good value stays (or, with none, the safest),
// the error says so; the RulesetUrl download has a timeout and a size cap.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../rules/types';
import { applyPolicy } from '../../settings/policy';
import { fetchPinnedRuleset, nextPolicyState } from '../../settings/remote';
import { NO_POLICY } from '../../settings/types';
import { codenameRuleset } from '../fixtures/rulesets';

const body = JSON.stringify(codenameRuleset('agency-remote'));
const sha = createHash('sha256').update(body).digest('hex');
const url = 'https://rules.example.test/r.json';
const serve = (text: string) => (async () => new Response(text, { status: 200 })) as typeof fetch;
const good = () =>
  nextPolicyState({ AgencyName: 'Sở A', RulesetUrl: url, RulesetSha256: sha }, NO_POLICY, serve(body));

describe('a bad value keeps the last good one', () => {
  it('a RulesetSha256 one digit short keeps the pinned ruleset verified before', async () => {
    const first = await good();
    const next = await nextPolicyState(
      { AgencyName: 'Sở A', RulesetUrl: url, RulesetSha256: sha.slice(1) },
      first,
      serve('{}'),
    );
    expect(next.remote?.ruleset.rules?.[0]?.id).toBe('agency-remote');
    expect(next.errors.map((e) => e.path)).toEqual(['RulesetSha256']);
    expect(next.errors[0]?.message.en).toMatch(/previous valid value stays/);
  });

  it('a RulesetUrl removed while RulesetSha256 stays keeps the pinned ruleset verified before', async () => {
    const first = await good();
    const next = await nextPolicyState({ AgencyName: 'Sở A', RulesetSha256: sha }, first, serve('{}'));
    expect(next.remote?.ruleset.rules?.[0]?.id).toBe('agency-remote');
    expect(next.errors.map((e) => e.path)).toEqual(['RulesetUrl']);
    expect(next.errors[0]?.message.en).toMatch(/previously verified ruleset stays/);
  });

  it('removing both RulesetUrl and RulesetSha256 does drop the fetched ruleset (an admin’s choice, no error)', async () => {
    const next = await nextPolicyState({ AgencyName: 'Sở A' }, await good(), serve('{}'));
    expect(next.remote).toBeUndefined();
    expect(next.errors).toEqual([]);
  });

  it('one typo in LockedCategories keeps the list locked before', () => {
    const first = applyPolicy({ LockedCategories: ['privacy', 'confidential'] }, NO_POLICY);
    const next = applyPolicy({ LockedCategories: ['privacy', 'confidentail'] }, first);
    expect(next.policy.lockedCategories).toEqual(['privacy', 'confidential']);
    expect(next.errors.map((e) => e.path)).toEqual(['LockedCategories']);
  });

  it('one typo in LockedCategories with no list before locks every category (the safest)', () => {
    const s = applyPolicy({ LockedCategories: ['privacy', 'confidentail'] }, NO_POLICY);
    expect(s.policy.lockedCategories).toEqual([...CATEGORIES]);
    expect(s.errors[0]?.message.en).toMatch(/safest value/);
    expect(s.errors[0]?.message.vi).toMatch(/an toàn nhất/);
  });

  it('AllowUserRulesets: "false" (text) keeps imports off; so does AllowPause: "false"', () => {
    const s = applyPolicy({ AllowUserRulesets: 'false', AllowPause: 'false' }, NO_POLICY);
    expect(s.policy.allowUserRulesets).toBe(false);
    expect(s.policy.allowPause).toBe(false);
    expect(s.errors.map((e) => e.path)).toEqual(['AllowUserRulesets', 'AllowPause']);
  });

  it('a bad value after a good one keeps the good one, even where the safest differs', () => {
    const first = applyPolicy({ AllowUserRulesets: true, Profile: 'civil-servant' }, NO_POLICY);
    const next = applyPolicy({ AllowUserRulesets: 'yes', Profile: 'emperor' }, first);
    expect(next.policy.allowUserRulesets).toBe(true);
    expect(next.policy.profile).toBe('civil-servant');
  });
});

describe('the RulesetUrl download is bounded', () => {
  it('gives up after its timeout and says so', async () => {
    const hung = ((_u: unknown, init?: RequestInit) =>
      new Promise<Response>((_ok, fail) =>
        init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))),
      )) as typeof fetch;
    const got = await fetchPinnedRuleset(url, sha, hung, { timeoutMs: 20, maxBytes: 1_000_000 });
    expect(got.ok).toBe(false);
    expect(!got.ok && got.error.message.en).toMatch(/took over 0.02 s/);
  });

  it('refuses a file above the size cap without reading it all', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
        if (pulled > 10_000) c.close();
      },
    });
    const big = (async () => new Response(stream, { status: 200 })) as typeof fetch;
    const got = await fetchPinnedRuleset(url, sha, big, { timeoutMs: 10_000, maxBytes: 1024 * 1024 });
    expect(!got.ok && got.error.message.en).toMatch(/larger than 1048576 bytes/);
    expect(pulled).toBeLessThan(40);
  });

  it('refuses at once a file whose Content-Length is above the cap', async () => {
    const declared = (async () =>
      new Response('{}', { status: 200, headers: { 'content-length': '99999999' } })) as typeof fetch;
    const got = await fetchPinnedRuleset(url, sha, declared, { timeoutMs: 10_000, maxBytes: 1024 });
    expect(!got.ok && got.error.message.en).toMatch(/larger than 1024 bytes/);
  });
});
