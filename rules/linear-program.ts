// The program of the linear engine (linear-regex.ts): the parsed pattern (linear-parse.ts) compiled to
// instructions (a character test, split, jump, assertion, lookaround, match) and flattened into arrays.
import { singleChar } from './linear-chars';
import type { Node } from './linear-parse';

export enum Op {
  Char,
  Split,
  Jmp,
  Assert,
  Look,
  Match,
}
export type Inst =
  | { op: Op.Char; test: (cp: number) => boolean }
  | { op: Op.Split; x: number; y: number }
  | { op: Op.Jmp; x: number }
  | { op: Op.Assert; kind: '^' | '$' | 'b' | 'B' }
  | { op: Op.Look; prog: Program; neg: boolean }
  | { op: Op.Match };

/** Thread lists: program counter and start of each thread, in priority order. */
export class Threads {
  pcs: Int32Array;
  starts: Int32Array;
  n = 0;
  constructor(size: number) {
    this.pcs = new Int32Array(size);
    this.starts = new Int32Array(size);
  }
}

/** Instructions flattened into arrays (the hot loop reads numbers, not objects of several shapes). */
export interface Program {
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
export function emit(node: Node, out: Inst[], back: boolean, depth: number): void {
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

export function program(insts: Inst[], back: boolean): Program {
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
