// Policy parsing, the last-good rule, and the RulesetUrl fetch with its SHA-256 pin.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../settings/policy';
import { nextPolicyState } from '../../settings/remote';
import { NO_POLICY } from '../../settings/types';
import { codenameRuleset } from '../fixtures/rulesets';

describe('applyPolicy', () => {
  it('an empty managed area means no policy', () => {
    expect(applyPolicy({}, NO_POLICY)).toEqual({ present: false, policy: {}, errors: [] });
  });

  it('a bad value is reported with its key while the other keys apply', () => {
    const s = applyPolicy({ AgencyName: 'Sở A', Profile: 'emperor', NudgeLevel: 'medium' }, NO_POLICY);
    expect(s.policy).toEqual({ agencyName: 'Sở A', nudgeLevel: 'medium' });
    expect(s.errors.map((e) => e.path)).toEqual(['Profile']);
    expect(s.errors[0]?.message.vi).toMatch(/không hợp lệ/);
  });

  it('EnabledSites takes plain host names; a URL or a wildcard is reported, not silently ignored', () => {
    expect(applyPolicy({ EnabledSites: ['dichvucong.gov.vn'] }, NO_POLICY).policy.enabledSites).toEqual([
      'dichvucong.gov.vn',
    ]);
    for (const bad of [['https://dichvucong.gov.vn/'], ['*.gov.vn'], ['dichvucong.gov.vn/path']]) {
      const s = applyPolicy({ EnabledSites: bad }, NO_POLICY);
      expect(s.policy.enabledSites).toBeUndefined();
      expect(s.errors.map((e) => e.path)).toEqual(['EnabledSites']);
    }
  });

  it('Sensitivity takes fewer, balanced or more; any other value is reported', () => {
    expect(applyPolicy({ Sensitivity: 'more' }, NO_POLICY).policy.sensitivity).toBe('more');
    const s = applyPolicy({ Sensitivity: 'loud' }, NO_POLICY);
    expect(s.policy.sensitivity).toBeUndefined();
    expect(s.errors.map((e) => e.path)).toEqual(['Sensitivity']);
  });

  it('unknown keys are reported, not applied', () => {
    const s = applyPolicy({ AgencyName: 'Sở A', Colour: 'red' }, NO_POLICY);
    expect(s.errors).toEqual([expect.objectContaining({ path: 'Colour' })]);
  });

  it('a valid PinnedRuleset becomes the pinned ruleset (also as JSON text, as the registry delivers it)', () => {
    expect(
      applyPolicy({ PinnedRuleset: codenameRuleset('agency-a') }, NO_POLICY).pinned?.rules?.[0]?.id,
    ).toBe('agency-a');
    const asText = applyPolicy({ PinnedRuleset: JSON.stringify(codenameRuleset('agency-b')) }, NO_POLICY);
    expect(asText.pinned?.rules?.[0]?.id).toBe('agency-b');
  });

  it('a broken PinnedRuleset keeps the last good one and reports every error with its path', () => {
    const good = applyPolicy({ PinnedRuleset: codenameRuleset('agency-a') }, NO_POLICY);
    const broken = {
      name: 'Hỏng',
      rules: [{ ...codenameRuleset('agency-x').rules[0], severity: 'huge', terms: [] }],
    };
    const next = applyPolicy({ PinnedRuleset: broken }, good);
    expect(next.pinned?.rules?.[0]?.id).toBe('agency-a');
    expect(next.errors.length).toBeGreaterThanOrEqual(2);
    expect(next.errors.every((e) => e.path.startsWith('PinnedRuleset.rules[0]'))).toBe(true);
  });

  it('removing PinnedRuleset from a valid policy drops it (removal is not an error)', () => {
    const good = applyPolicy({ AgencyName: 'Sở A', PinnedRuleset: codenameRuleset('agency-a') }, NO_POLICY);
    const next = applyPolicy({ AgencyName: 'Sở A' }, good);
    expect(next.pinned).toBeUndefined();
    expect(next.errors).toEqual([]);
  });

  it('RulesetUrl without RulesetSha256 is an error', () => {
    const s = applyPolicy({ RulesetUrl: 'https://rules.example.test/r.json' }, NO_POLICY);
    expect(s.errors.map((e) => e.path)).toContain('RulesetSha256');
  });
});

describe('RulesetUrl fetch', () => {
  const body = JSON.stringify(codenameRuleset('agency-remote'));
  const sha = createHash('sha256').update(body).digest('hex');
  const url = 'https://rules.example.test/r.json';
  const serve = (text: string, calls: string[]) =>
    (async (u: string | URL | Request) => {
      calls.push(String(u));
      return new Response(text, { status: 200 });
    }) as typeof fetch;
  /** The state after the first fetch of the configured URL, its copy verified against the hash. */
  const fetched = (calls: string[]) =>
    nextPolicyState({ RulesetUrl: url, RulesetSha256: sha }, NO_POLICY, serve(body, calls));

  it('fetches exactly the configured URL and uses the ruleset when the hash matches', async () => {
    const calls: string[] = [];
    const s = await fetched(calls);
    expect(calls).toEqual([url]);
    expect(s.remote?.ruleset.rules?.[0]?.id).toBe('agency-remote');
    expect(s.errors).toEqual([]);
  });

  it('does not fetch again while a verified copy of that hash is stored', async () => {
    const calls: string[] = [];
    const first = await fetched(calls);
    await nextPolicyState(
      { RulesetUrl: url, RulesetSha256: sha, AgencyName: 'B' },
      first,
      serve(body, calls),
    );
    expect(calls).toHaveLength(1);
  });

  it('a hash mismatch keeps the last good ruleset and reports the error', async () => {
    const calls: string[] = [];
    const first = await fetched(calls);
    const tampered = body.replace('mật danh thử', 'khác');
    const next = await nextPolicyState(
      { RulesetUrl: url, RulesetSha256: 'b'.repeat(64) },
      first,
      serve(tampered, calls),
    );
    expect(next.remote?.ruleset.rules?.[0]?.id).toBe('agency-remote');
    expect(next.errors[0]?.message.en).toMatch(/SHA-256 mismatch/);
  });

  it('an unreachable URL is an error, never a crash', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const next = await nextPolicyState({ RulesetUrl: url, RulesetSha256: sha }, NO_POLICY, failing);
    expect(next.remote).toBeUndefined();
    expect(next.errors[0]).toMatchObject({ path: 'RulesetUrl' });
  });

  it('no URL in the policy: no request at all', async () => {
    const calls: string[] = [];
    await nextPolicyState({ AgencyName: 'Sở A' }, NO_POLICY, serve(body, calls));
    expect(calls).toEqual([]);
  });
});
