// The parser of the linear engine (linear-regex.ts): a RegExp source that already compiled with flags
// "giu" and passed checkPattern, read into a tree of single characters, sequences, alternatives,
// repeats, assertions and lookarounds. Capturing and named groups only group: the engine reports whole
// matches.

export type Node =
  | { k: 'char'; src: string }
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; alts: Node[] }
  | { k: 'rep'; node: Node; min: number; max: number; greedy: boolean }
  | { k: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { k: 'look'; behind: boolean; neg: boolean; node: Node };

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { k: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { k: 'seq', items };
  }

  private atom(): Node {
    const s = this.src;
    const start = this.pos;
    const ch = s[start];
    if (ch === '(') return this.group();
    if (ch === '^' || ch === '$') {
      this.pos++;
      return { k: 'assert', kind: ch };
    }
    if (ch === '[') {
      this.pos++;
      if (s[this.pos] === '^') this.pos++;
      if (s[this.pos] === ']') this.pos++;
      while (this.pos < s.length && s[this.pos] !== ']') this.pos += s[this.pos] === '\\' ? 2 : 1;
      this.pos++;
    } else if (ch === '\\') {
      const next = s[start + 1] ?? '';
      this.pos += 2;
      if (next === 'b' || next === 'B') return { k: 'assert', kind: next };
      if ((next === 'p' || next === 'P' || next === 'u') && s[this.pos] === '{')
        this.pos = s.indexOf('}', this.pos) + 1;
      else if (next === 'u') this.pos += 4;
      else if (next === 'x') this.pos += 2;
      else if (next === 'c') this.pos += 1;
    } else this.pos += (s.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
    return { k: 'char', src: s.slice(start, this.pos) };
  }

  private group(): Node {
    const s = this.src;
    this.pos++;
    let look: { behind: boolean; neg: boolean } | null = null;
    for (const [prefix, behind, neg] of [
      ['?<=', true, false],
      ['?<!', true, true],
      ['?=', false, false],
      ['?!', false, true],
    ] as const) {
      if (s.startsWith(prefix, this.pos)) {
        this.pos += prefix.length;
        look = { behind, neg };
        break;
      }
    }
    if (!look) {
      if (s.startsWith('?:', this.pos)) this.pos += 2;
      else if (s.startsWith('?<', this.pos)) this.pos = s.indexOf('>', this.pos) + 1;
      else if (s[this.pos] === '?') throw new Error('modifier groups such as (?i:…) are not supported');
    }
    const node = this.alternation();
    this.pos++; // ')'
    return look ? { k: 'look', ...look, node } : node;
  }

  private quantified(atom: Node): Node {
    const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})(\??)/.exec(this.src.slice(this.pos));
    if (!m) return atom;
    this.pos += m[0].length;
    const greedy = m[5] !== '?';
    if (m[1] === '*') return { k: 'rep', node: atom, min: 0, max: Infinity, greedy };
    if (m[1] === '+') return { k: 'rep', node: atom, min: 1, max: Infinity, greedy };
    if (m[1] === '?') return { k: 'rep', node: atom, min: 0, max: 1, greedy };
    const min = Number(m[2]);
    const max = m[3] === undefined ? min : m[4] === '' ? Infinity : Number(m[4]);
    return { k: 'rep', node: atom, min, max, greedy };
  }
}

/** The tree of `source`; throws an Error on what the engine does not run (modifier groups). */
export function parseLinear(source: string): Node {
  return new Parser(source).alternation();
}
