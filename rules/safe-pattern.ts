// Safe-pattern check and compile for `pattern` rules. A pattern runs on every keystroke inside the
// page, so before it is used:
// - checkPattern parses the RegExp source (validate-pattern.ts) rather than searching it as a string,
//   and refuses what can backtrack catastrophically on the browser's engine ("\(a+\)+", literal
//   parentheses, is accepted; "(a+)+" is refused), backreferences, patterns that can match nothing,
//   counts above MAX_REPEAT_COUNT (24), and what the linear engine does not run (modifier groups,
//   a lookaround inside a lookaround).
// - compilePattern runs an agency's or a user's pattern on the linear engine (linear-regex.ts): the
//   check above samples characters and cannot prove every pattern fast, the engine can (no text makes
//   it backtrack, and a scan takes at most STEPS_PER_CHAR steps a character). `*` and `+` match whole
//   runs there.
// - Built-in patterns (reviewed, measured in bench/patterns.ts) run on the browser's RegExp, with every
//   repeat bounded to MAX_RUN (24) matches (*, + and {n,} become {n,24}), since the engine retries at
//   every start position ("\d+x" alone is quadratic on a run of digits: 3.3 s on 100 KB): a longer
//   run is matched in pieces, never missed.
import { compileLinear, type LinearPattern } from './linear-regex';
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
  try {
    compileLinear(source);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { vi: `Biểu thức bị từ chối: không hỗ trợ (${why}).`, en: `Pattern refused: ${why}.` };
  }
  return null;
}

/** Rewrites `*`, `+` and `{n,}` of a checked source as `{0,24}`, `{1,24}`, `{n,max(n,24)}` (MAX_RUN). */
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

/** Every non-overlapping match of a compiled pattern in a text, as [start, end) in UTF-16 units. */
export type PatternScan = (text: string) => [number, number][];

/**
 * How a pattern rule runs: the built-in ones (reviewed, measured in bench/patterns.ts) on the
 * browser's RegExp with bounded repeats; any other (an agency's or a user's import) on the linear
 * engine, which no text can slow down whatever the check above missed.
 */
export function compilePattern(source: string, trusted: boolean): PatternScan {
  if (!trusted) {
    const reason = checkPattern(source);
    if (reason) throw new Error(`${reason.en} / ${reason.vi}`);
    const linear: LinearPattern = compileLinear(source);
    return linear.matches;
  }
  const re = compileSafePattern(source);
  return (text) => {
    re.lastIndex = 0;
    const out: [number, number][] = [];
    for (const m of text.matchAll(re)) if (m[0]) out.push([m.index, m.index + m[0].length]);
    return out;
  };
}
