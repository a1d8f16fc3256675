// Safe-pattern check for custom `pattern` rules (agency and user rulesets).
// A pattern runs on every keystroke inside the page, so a construct that can backtrack
// catastrophically must be refused before it is ever compiled for matching. The check is a small
// scanner of the RegExp source (escapes, classes, groups, quantifiers), not string searching, so
// "\(a+\)+" (literal parentheses) is accepted while "(a+)+" is refused.
import type { LocalText } from './types';

export const PATTERN_FLAGS = 'giu';
export const MAX_PATTERN_LENGTH = 500;
export const MAX_REPEAT_COUNT = 1000;

/** What the scanner learned about a piece of the pattern. */
interface Info {
  hasQuantifier: boolean;
  hasAlternation: boolean;
  /** Fewest characters this piece can match (lookarounds count 0). */
  minLength: number;
}

class Refusal extends Error {
  constructor(readonly reason: LocalText) {
    super(reason.en);
  }
}

const refuse = (vi: string, en: string): never => {
  throw new Refusal({ vi, en });
};

/** Keeps a quoted fragment readable in an error message. */
const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

const GROUP_PREFIXES = ['?:', '?=', '?!', '?<=', '?<!'];
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/;

class Scanner {
  pos = 0;
  constructor(readonly src: string) {}

  /** Alternation := Sequence ('|' Sequence)*, up to ')' or the end. */
  alternation(): Info {
    let info = this.sequence();
    let branches = 1;
    while (this.src[this.pos] === '|') {
      this.pos++;
      const next = this.sequence();
      branches++;
      info = {
        hasQuantifier: info.hasQuantifier || next.hasQuantifier,
        hasAlternation: true,
        minLength: Math.min(info.minLength, next.minLength),
      };
    }
    return branches > 1 ? { ...info, hasAlternation: true } : info;
  }

  sequence(): Info {
    const info: Info = { hasQuantifier: false, hasAlternation: false, minLength: 0 };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const start = this.pos;
      const atom = this.atom();
      const q = this.quantifier(start, atom);
      info.hasQuantifier ||= atom.hasQuantifier || q !== null;
      info.hasAlternation ||= atom.hasAlternation;
      info.minLength += q === null ? atom.minLength : atom.minLength * q.min;
    }
    return info;
  }

  atom(): Info {
    const ch = this.src[this.pos];
    const one: Info = { hasQuantifier: false, hasAlternation: false, minLength: 1 };
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.characterClass();
      return one;
    }
    if (ch === '\\') return this.escape(false) ? { ...one, minLength: 0 } : one;
    this.pos++;
    if (ch === '^' || ch === '$') return { ...one, minLength: 0 };
    return one;
  }

  group(): Info {
    const start = this.pos;
    this.pos++; // '('
    let lookaround = false;
    const prefix = GROUP_PREFIXES.find((p) => this.src.startsWith(p, this.pos));
    if (prefix) {
      this.pos += prefix.length;
      lookaround = prefix !== '?:';
    } else if (this.src.startsWith('?<', this.pos)) {
      this.pos = this.src.indexOf('>', this.pos) + 1; // named group (?<name>
    } else if (this.src[this.pos] === '?') {
      this.pos = this.src.indexOf(':', this.pos) + 1; // modifier group such as (?i:
    }
    const inner = this.alternation();
    if (this.src[this.pos] !== ')')
      refuse(`ngoặc mở ở vị trí ${start} chưa đóng`, `unclosed group at ${start}`);
    this.pos++;
    return lookaround ? { ...inner, minLength: 0 } : inner;
  }

  characterClass(): void {
    this.pos++; // '['
    if (this.src[this.pos] === '^') this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      if (this.src[this.pos] === '\\') this.escape(true);
      else this.pos++;
    }
    this.pos++; // ']'
  }

  /** Consumes one escape; returns true when it is a zero-width assertion (\b, \B). */
  escape(inClass: boolean): boolean {
    const start = this.pos;
    const next = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    if (/[1-9]/.test(next) || (next === 'k' && !inClass)) {
      const ref = /^\\(?:\d+|k<[^>]*>)/.exec(this.src.slice(start))?.[0] ?? `\\${next}`;
      refuse(
        `tham chiếu ngược "${ref}" ở vị trí ${start} không được phép: nó khiến biểu thức không thể chạy trong thời gian tuyến tính`,
        `backreference "${ref}" at position ${start} is not allowed: it makes matching impossible to bound in time`,
      );
    }
    if ((next === 'p' || next === 'P' || next === 'u') && this.src[this.pos] === '{') {
      this.pos = this.src.indexOf('}', this.pos) + 1;
    } else if (next === 'u') this.pos += 4;
    else if (next === 'x') this.pos += 2;
    else if (next === 'c') this.pos += 1;
    return !inClass && (next === 'b' || next === 'B');
  }

  /** Reads a quantifier after the atom that began at `atomStart`, and checks it against the atom. */
  quantifier(atomStart: number, atom: Info): { min: number; max: number } | null {
    const m = QUANTIFIER.exec(this.src.slice(this.pos));
    if (!m) return null;
    const token = m[0];
    let min = 0;
    let max = Number.POSITIVE_INFINITY;
    if (token === '+') min = 1;
    else if (token === '?') max = 1;
    else if (token !== '*') {
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    }
    const qStart = this.pos;
    this.pos += token.length;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same cost
    const piece = clip(this.src.slice(atomStart, this.pos));
    if ((Number.isFinite(max) && max > MAX_REPEAT_COUNT) || min > MAX_REPEAT_COUNT) {
      refuse(
        `số lần lặp trong "${token}" ở vị trí ${qStart} vượt quá ${MAX_REPEAT_COUNT}`,
        `repeat count in "${token}" at position ${qStart} is above ${MAX_REPEAT_COUNT}`,
      );
    }
    // A quantifier that repeats at most once cannot nest repetition; anything more can.
    if (max > 1 && atom.hasQuantifier) {
      refuse(
        `lượng từ lồng nhau "${piece}" ở vị trí ${atomStart}: một nhóm được lặp lại mà bên trong cũng có lặp lại có thể chạy lâu theo cấp số mũ (backtracking thảm họa)`,
        `nested quantifier "${piece}" at position ${atomStart}: a repeated group that itself contains a repetition can take exponential time (catastrophic backtracking)`,
      );
    }
    if (max > 1 && atom.hasAlternation) {
      refuse(
        `nhóm lựa chọn "|" được lặp lại "${piece}" ở vị trí ${atomStart}: các nhánh có thể trùng nhau nên thời gian chạy có thể bùng nổ; hãy dùng lớp ký tự như [ab] hoặc viết các nhánh tách rời`,
        `repeated alternation "${piece}" at position ${atomStart}: its branches may overlap, so matching time can explode; use a character class such as [ab] or spell the branches out`,
      );
    }
    if (max > 1 && atom.minLength === 0) {
      refuse(
        `"${piece}" ở vị trí ${atomStart} lặp lại một phần có thể rỗng`,
        `"${piece}" at position ${atomStart} repeats something that can match nothing`,
      );
    }
    return { min, max };
  }
}

/** Returns null when `source` is safe to compile with flags "giu", else why it was refused. */
export function checkPattern(source: string): LocalText | null {
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
    const scanner = new Scanner(source);
    const info = scanner.alternation();
    if (scanner.pos !== source.length) refuse('dấu ")" thừa', 'unbalanced ")"');
    if (info.minLength === 0) {
      refuse(
        'biểu thức có thể khớp một chuỗi rỗng, nên sẽ báo lỗi ở mọi vị trí',
        'the pattern can match empty text, so it would report a hit at every position',
      );
    }
  } catch (e) {
    if (e instanceof Refusal) {
      return { vi: `Biểu thức bị từ chối: ${e.reason.vi}.`, en: `Pattern refused: ${e.reason.en}.` };
    }
    throw e;
  }
  return null;
}

/** Compiles a pattern rule's source, or throws an Error whose message says why it was refused. */
export function compileSafePattern(source: string): RegExp {
  const reason = checkPattern(source);
  if (reason) throw new Error(`${reason.en} / ${reason.vi}`);
  return new RegExp(source, PATTERN_FLAGS);
}
