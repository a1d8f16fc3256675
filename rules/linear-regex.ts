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
import { type Node, parseLinear } from './linear-parse';

export const STEPS_PER_CHAR = 32;

enum Op {
  Char,
  Split,
  Jmp,
  Assert,
  Look,
  Match,
}
type Inst =
  | { op: Op.Char; test: (cp: number) => boolean }
  | { op: Op.Split; x: number; y: number }
  | { op: Op.Jmp; x: number }
  | { op: Op.Assert; kind: '^' | '$' | 'b' | 'B' }
  | { op: Op.Look; prog: Program; neg: boolean }
  | { op: Op.Match };

/** Thread lists: program counter and start of each thread, in priority order. */
class Threads {
  pcs: Int32Array;
  starts: Int32Array;
  n = 0;
  constructor(size: number) {
    this.pcs = new Int32Array(size);
    this.starts = new Int32Array(size);
  }
}

/** Instructions flattened into arrays (the hot loop reads numbers, not objects of several shapes). */
interface Program {
  size: number;
  op: Uint8Array;
  /** Split: preferred target; Jmp: target; Assert: kind (0 ^, 1 $, 2 \b, 3 \B); Char: test; Look: look. */
  x: Int32Array;
  /** Split: other target; Look: 1 when negative. */
  y: Int32Array;
  tests: ((cp: number) => boolean)[];
  looks: Program[];
  /** Reads backwards (a lookbehind's body, compiled reversed). */
  back: boolean;
  marks: Int32Array;
  gen: number;
  stack: Int32Array;
  /** Steps the last scan took (tests and the bench read it). */
  spent: number;
  /** Two thread lists, reused by every run of this program. */
  lists: [Threads, Threads];
}

/** Emits the instructions of `node` into `out`; `back` reverses sequences (a lookbehind's body). */
function emit(node: Node, out: Inst[], back: boolean, depth: number): void {
  switch (node.k) {
    case 'char':
      out.push({ op: Op.Char, test: singleChar(node.src) });
      return;
    case 'assert':
      out.push({ op: Op.Assert, kind: node.kind });
      return;
    case 'seq':
      for (const item of back ? [...node.items].reverse() : node.items) emit(item, out, back, depth);
      return;
    case 'alt': {
      const jumps: { op: Op.Jmp; x: number }[] = [];
      node.alts.forEach((alt, i) => {
        const last = i === node.alts.length - 1;
        const split = { op: Op.Split, x: out.length + 1, y: 0 } as { op: Op.Split; x: number; y: number };
        if (!last) out.push(split);
        emit(alt, out, back, depth);
        if (!last) {
          const jmp = { op: Op.Jmp, x: 0 } as { op: Op.Jmp; x: number };
          out.push(jmp);
          jumps.push(jmp);
          split.y = out.length;
        }
      });
      for (const j of jumps) j.x = out.length;
      return;
    }
    case 'rep': {
      for (let i = 0; i < node.min; i++) emit(node.node, out, back, depth);
      if (node.max === Infinity) {
        const split = { op: Op.Split, x: 0, y: 0 } as { op: Op.Split; x: number; y: number };
        const loop = out.length;
        out.push(split);
        emit(node.node, out, back, depth);
        out.push({ op: Op.Jmp, x: loop });
        const body = loop + 1;
        [split.x, split.y] = node.greedy ? [body, out.length] : [out.length, body];
        return;
      }
      const splits: { op: Op.Split; x: number; y: number }[] = [];
      for (let i = node.min; i < node.max; i++) {
        const split = { op: Op.Split, x: out.length + 1, y: 0 } as { op: Op.Split; x: number; y: number };
        out.push(split);
        splits.push(split);
        emit(node.node, out, back, depth);
      }
      for (const s of splits) {
        const body = s.x;
        [s.x, s.y] = node.greedy ? [body, out.length] : [out.length, body];
      }
      return;
    }
    case 'look': {
      if (depth > 0) throw new Error('a lookaround inside a lookaround is not supported');
      const insts: Inst[] = [];
      emit(node.node, insts, node.behind, depth + 1);
      insts.push({ op: Op.Match });
      out.push({ op: Op.Look, prog: program(insts, node.behind), neg: node.neg });
      return;
    }
  }
}

const ASSERTS = ['^', '$', 'b', 'B'] as const;

function program(insts: Inst[], back: boolean): Program {
  const size = insts.length;
  const prog: Program = {
    size,
    op: new Uint8Array(size),
    x: new Int32Array(size),
    y: new Int32Array(size),
    tests: [],
    looks: [],
    back,
    marks: new Int32Array(size),
    gen: 0,
    // Every state is pushed at most once per step, each with its alternative.
    stack: new Int32Array(2 * size + 2),
    spent: 0,
    lists: [new Threads(size), new Threads(size)],
  };
  insts.forEach((inst, i) => {
    prog.op[i] = inst.op;
    if (inst.op === Op.Char) prog.x[i] = prog.tests.push(inst.test) - 1;
    else if (inst.op === Op.Split) [prog.x[i], prog.y[i]] = [inst.x, inst.y];
    else if (inst.op === Op.Jmp) prog.x[i] = inst.x;
    else if (inst.op === Op.Assert) prog.x[i] = ASSERTS.indexOf(inst.kind);
    else if (inst.op === Op.Look) [prog.x[i], prog.y[i]] = [prog.looks.push(inst.prog) - 1, inst.neg ? 1 : 0];
  });
  return prog;
}

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
