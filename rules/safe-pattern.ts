// Safe-pattern check for custom `pattern` rules (agency and user rulesets).
// A pattern runs on every keystroke inside the page, so a construct that can backtrack
// catastrophically is refused before the pattern is ever used. The check parses the RegExp source
// (validate-pattern.ts) rather than searching it as a string, so "\(a+\)+" (literal parentheses) is
// accepted while "(a+)+" is refused. What refusal cannot remove is the engine retrying at every start
// position: "\d+x" alone is quadratic on a run of digits (3.3 s on 100 KB in V8). So compileSafePattern
// also bounds every repeat to at most MAX_RUN matches (*, + and {n,} become {n,24}; counts above 24
// are refused), which makes each start position cost at most a constant: a run longer than that is
// matched in pieces (its last MAX_RUN characters), never missed. MAX_RUN = 24 covers the pieces of
// personal data (ID, phone and account numbers, codes) and keeps the slowest single piece (a Unicode
// property class, ~8x slower per step in V8, 24 times) near 40 ms on 100 KB.
import type { LocalText } from './types';
import { MAX_RUN, Refusal, Scanner } from './validate-pattern';

export { MAX_ALTERNATIVES, MAX_REPEAT_COUNT } from './validate-pattern';
export const PATTERN_FLAGS = 'giu';
export const MAX_PATTERN_LENGTH = 500;
export { MAX_RUN } from './validate-pattern';

/** Verdicts by source: a checker is compiled again on every settings change, the patterns rarely change. */
const verdicts = new Map<string, LocalText | null>();

/** Returns null when `source` is safe to compile with flags "giu", else why it was refused (vi + en). */
export function checkPattern(source: string): LocalText | null {
  if (typeof source !== 'string') return judge(source);
  const known = verdicts.get(source);
  if (known !== undefined) return known;
  const verdict = judge(source);
  if (verdicts.size < 512) verdicts.set(source, verdict);
  return verdict;
}

function judge(source: string): LocalText | null {
  if (typeof source !== 'string' || source.length === 0) {
    return { vi: 'Biểu thức rỗng.', en: 'The pattern is empty.' };
  }
  if (source.length > MAX_PATTERN_LENGTH) {
    return {
      vi: `Biểu thức dài ${source.length} ký tự, vượt giới hạn ${MAX_PATTERN_LENGTH}.`,
      en: `The pattern is ${source.length} characters long, above the limit of ${MAX_PATTERN_LENGTH}.`,
    };
  }
  try {
    new RegExp(source, PATTERN_FLAGS);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      vi: `Biểu thức không hợp lệ với cờ "${PATTERN_FLAGS}": ${why}`,
      en: `The pattern does not compile with flags "${PATTERN_FLAGS}": ${why}`,
    };
  }
  try {
    const info = new Scanner(source).alternation();
    if (info.minLength === 0) {
      return {
        vi: 'Biểu thức bị từ chối: nó có thể khớp một chuỗi rỗng, nên sẽ báo ở mọi vị trí.',
        en: 'Pattern refused: it can match empty text, so it would report a hit at every position.',
      };
    }
  } catch (e) {
    if (e instanceof Refusal) {
      return { vi: `Biểu thức bị từ chối: ${e.reason.vi}.`, en: `Pattern refused: ${e.reason.en}.` };
    }
    throw e;
  }
  return null;
}

/** Rewrites `*`, `+` and `{n,}` of a checked source as `{0,100}`, `{1,101}`, `{n,n+100}`. */
const bounded = new Map<string, string>();

export function boundRepeats(source: string): string {
  const known = bounded.get(source);
  if (known !== undefined) return known;
  const out = bound(source);
  if (bounded.size < 512) bounded.set(source, out);
  return out;
}

function bound(source: string): string {
  const scanner = new Scanner(source);
  scanner.alternation();
  let out = '';
  let last = 0;
  for (const { at, token, min } of scanner.unbounded) {
    out += `${source.slice(last, at)}{${min},${Math.max(min, MAX_RUN)}}`;
    last = at + token.length;
  }
  return out + source.slice(last);
}

/**
 * Compiles a pattern rule's source with its unbounded repeats bounded (boundRepeats), or throws an
 * Error whose message says why the pattern was refused.
 */
export function compileSafePattern(source: string): RegExp {
  const reason = checkPattern(source);
  if (reason) throw new Error(`${reason.en} / ${reason.vi}`);
  return new RegExp(boundRepeats(source), PATTERN_FLAGS);
}
