// Heavy but valid rulesets meet documented limits with a clear message: file size, terms in all,
// errors listed; terms that can never match are refused.
import { describe, expect, it } from 'vitest';
import { MAX_RULESET_BYTES, MAX_TERMS, parseRuleset, validateRuleset } from '../../rules/ruleset';
import { MAX_ERRORS } from '../../rules/validate-util';

const rule = (id: string, terms: string[]) => ({
  id,
  kind: 'terms',
  category: 'insult',
  severity: 'low',
  clause: '4.6',
  terms,
  message: { vi: 'Từ nên tránh', en: 'A word to avoid' },
});
/** Distinct words made of letters: "ba ca", "ba cb", … */
const words = (n: number, width = 1) =>
  Array.from({ length: n }, (_, i) => `t${i.toString(36)}${'x'.repeat(width)}`);

describe('ruleset limits', () => {
  it('a file above 1 MiB is refused before it is parsed, with its size and the limit', () => {
    const big = {
      name: 'Lớn',
      rules: [0, 1, 2].map((k) =>
        rule(
          `big-${k}`,
          words(4_000, 90).map((w) => `${w}${k}`),
        ),
      ),
    };
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(MAX_RULESET_BYTES);
    const result = parseRuleset(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message.en).toMatch(/above the limit of 1048576 bytes \(1 MiB\)/);
    expect(!result.ok && result.errors[0]?.message.vi).toMatch(/vượt giới hạn 1048576 byte/);
  });

  it(`more than ${MAX_TERMS} terms in all is refused (every tab compiles them)`, () => {
    const rules = [0, 1, 2, 3, 4].map((k) =>
      rule(
        `many-${k}`,
        words(4_500).map((w) => `${w}${k}`),
      ),
    );
    const result = validateRuleset({ name: 'Nhiều', rules });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['rules']);
    expect(!result.ok && result.errors[0]?.message.en).toMatch(
      new RegExp(`holds 22500 terms .* at most ${MAX_TERMS}`),
    );
  });

  it('a context list shared by many rules counts once: it compiles once', () => {
    const unless = [{ terms: words(3_000).map((w) => `${w}x`) }];
    const rules = [0, 1, 2, 3, 4].map((k) => ({ ...rule(`shared-${k}`, [`từ ${k}`]), unless }));
    expect(validateRuleset({ name: 'Chung', rules }).ok).toBe(true);
  });

  it(`a file with thousands of errors lists the first ${MAX_ERRORS} and says how many more`, () => {
    const result = validateRuleset({ name: 'Hỏng', rules: Array.from({ length: 1_000 }, () => ({})) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_ERRORS + 1);
    expect(result.errors.at(-1)?.message.en).toMatch(
      /^… and \d+ more errors \(only the first 100 are listed\)$/,
    );
  });

  it('terms that can never match (no letter or digit) are refused', () => {
    const result = validateRuleset({ name: 'Dấu', rules: [rule('marks', ['!!!', '😀', 'ngu'])] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'rules[0].terms[0]',
      'rules[0].terms[1]',
    ]);
    expect(!result.ok && result.errors[0]?.message.en).toBe(
      '"!!!" has no letter or digit, so it can never match',
    );
  });
});
