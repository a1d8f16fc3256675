// A linear-time engine for untrusted patterns (agency and user rulesets): a Pike VM, the simulation of
// every path of the pattern at once, one step per character and live state. It finds what a RegExp
// with flags "giu" finds (leftmost match, first alternative and greedy repeats preferred), but no text
// can make it backtrack. Sources reach it after checkPattern (safe-pattern.ts): the syntax is valid,
// counted repeats are at most MAX_REPEAT_COUNT and there are no backreferences. `*` and `+` are loops
// here, not bounded: a run of digits is one match, however long.
//
// One cost remains above a single pass: after a match, the search resumes at its end, and what a
// preferred but failing path read past that end is read again (Rust's regex documents the same for
// its iterators), and a counted repeat keeps up to its count of threads alive. So a scan gets at most
// STEPS_PER_CHAR steps (live threads) per character of text: a pattern that needs more on some text
// stops there and keeps the matches found so far. That bounds any accepted pattern to about 50 ms on
// 100 KB (bench/patterns.ts).
import { singleChar } from './linear-chars';
import { parseLinear } from './linear-parse';
import { emit, type Inst, Op, type Program, program, type Threads } from './linear-program';

export const STEPS_PER_CHAR = 32;

/** A compiled untrusted pattern: every non-overlapping match, as [start, end) in UTF-16 units. */
export interface LinearPattern {
  /** Number of instructions: each costs at most one step per character. */
  readonly size: number;
  matches(text: string): [number, number][];
  /** Steps the last `matches` took: at most STEPS_PER_CHAR × (text length + 1). */
  readonly spent: number;
}

export function compileLinear(source: string): LinearPattern {
  const tree = parseLinear(source);
  const insts: Inst[] = [];
  emit(tree, insts, false, 0);
  insts.push({ op: Op.Match });
  const main = program(insts, false);
  return {
    size: main.size,
    matches: (text) => scan(main, text),
    get spent() {
      return main.spent;
    },
  };
}

const WORD = singleChar(String.raw`\w`);

/** The code point that starts at `p` (dir 1) or ends at `p` (dir -1), or -1 at the edge of the text. */
function cpAt(text: string, p: number, back: boolean): number {
  if (back) {
    if (p <= 0) return -1;
    const lo = text.charCodeAt(p - 1);
    if ((lo & 0xfc00) === 0xdc00 && p >= 2 && (text.charCodeAt(p - 2) & 0xfc00) === 0xd800)
      return text.codePointAt(p - 2) as number;
    return lo;
  }
  return p < text.length ? (text.codePointAt(p) as number) : -1;
}

function holds(kind: number, text: string, p: number): boolean {
  if (kind === 0) return p === 0;
  if (kind === 1) return p === text.length;
  const before = cpAt(text, p, true);
  const after = cpAt(text, p, false);
  const edge = (before >= 0 && WORD(before)) !== (after >= 0 && WORD(after));
  return kind === 2 ? edge : !edge;
}

/**
 * Steps left in the current scan: every state entered (here and in lookarounds) costs one, so the
 * work of a scan is bounded by STEPS_PER_CHAR per character whatever the pattern's size.
 */
let fuel = 0;

/** Follows the jumps, splits and assertions from `from` at position `p`, in priority order. */
function add(prog: Program, list: Threads, from: number, start: number, text: string, p: number): void {
  const { op, x, y, marks, stack } = prog;
  let top = 0;
  stack[top++] = from;
  while (top > 0 && fuel > 0) {
    const pc = stack[--top] as number;
    if (marks[pc] === prog.gen) continue;
    marks[pc] = prog.gen;
    fuel--;
    switch (op[pc]) {
      case Op.Jmp:
        stack[top++] = x[pc] as number;
        break;
      case Op.Split:
        stack[top++] = y[pc] as number; // the less preferred one waits below
        stack[top++] = x[pc] as number;
        break;
      case Op.Assert:
        if (holds(x[pc] as number, text, p)) stack[top++] = pc + 1;
        break;
      case Op.Look:
        if (anchored(prog.looks[x[pc] as number] as Program, text, p) !== (y[pc] === 1))
          stack[top++] = pc + 1;
        break;
      default:
        list.pcs[list.n] = pc;
        list.starts[list.n++] = start;
    }
  }
}

/** Whether `prog` matches text read from `p` (backwards for a lookbehind): a lookaround's test. */
function anchored(prog: Program, text: string, p: number): boolean {
  let [clist, nlist] = prog.lists;
  clist.n = 0;
  prog.gen++;
  add(prog, clist, 0, p, text, p);
  let q = p;
  while (clist.n > 0 && fuel > 0) {
    const cp = cpAt(text, q, prog.back);
    const next = prog.back ? q - (cp > 0xffff ? 2 : 1) : q + (cp > 0xffff ? 2 : 1);
    prog.gen++;
    nlist.n = 0;
    for (let i = 0; i < clist.n; i++) {
      const pc = clist.pcs[i] as number;
      if (prog.op[pc] === Op.Match) return true;
      if (cp >= 0 && (prog.tests[prog.x[pc] as number] as (cp: number) => boolean)(cp))
        add(prog, nlist, pc + 1, p, text, next);
    }
    [clist, nlist] = [nlist, clist];
    q = next;
  }
  return false;
}

function scan(prog: Program, text: string): [number, number][] {
  const out: [number, number][] = [];
  let [clist, nlist] = prog.lists;
  const { op, x, tests } = prog;
  fuel = STEPS_PER_CHAR * (text.length + 1);
  let pos = 0;
  while (pos <= text.length && fuel > 0) {
    let best: [number, number] | null = null;
    prog.gen++;
    clist.n = 0;
    add(prog, clist, 0, pos, text, pos);
    let p = pos;
    // Until a match is known, a new thread starts at every position; after it, the preferred ones finish.
    while ((clist.n > 0 || !best) && fuel > 0) {
      const cp = cpAt(text, p, false);
      const next = p + (cp > 0xffff ? 2 : 1);
      prog.gen++;
      nlist.n = 0;
      fuel--;
      for (let i = 0; i < clist.n; i++) {
        const pc = clist.pcs[i] as number;
        if (op[pc] === Op.Match) {
          best = [clist.starts[i] as number, p];
          break; // threads after it are less preferred
        }
        if (cp >= 0 && (tests[x[pc] as number] as (cp: number) => boolean)(cp))
          add(prog, nlist, pc + 1, clist.starts[i] as number, text, next);
      }
      if (cp < 0) break;
      if (!best) add(prog, nlist, 0, next, text, next);
      [clist, nlist] = [nlist, clist];
      p = next;
    }
    if (!best) break;
    out.push(best);
    pos = best[1] > best[0] ? best[1] : best[1] + 1;
  }
  prog.spent = STEPS_PER_CHAR * (text.length + 1) - fuel;
  return out;
}
