// The scanner behind checkPattern (safe-pattern.ts): a small parser of a RegExp source compiled with
// "giu" (escapes, classes, groups, lookarounds, quantifiers) that refuses the constructs with which a
// backtracking engine can take exponential or high-polynomial time. It runs only on sources that
// already compiled, so it can trust the syntax.
import {
  BASE_ALPHABET,
  clip,
  empty,
  type Info,
  type Item,
  MAX_ALTERNATIVES,
  MAX_REPEAT_COUNT,
  refuse,
} from './pattern-refusal';

export { MAX_ALTERNATIVES, MAX_REPEAT_COUNT, MAX_RUN, Refusal } from './pattern-refusal';

const GROUP_PREFIXES = ['?:', '?=', '?!', '?<=', '?<!'];
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/;

export class Scanner {
  pos = 0;
  /** Where the unbounded quantifiers (*, +, {n,}) are, so that compileSafePattern can bound them. */
  readonly unbounded: { at: number; token: string; min: number }[] = [];
  private readonly alphabet: string[];
  constructor(readonly src: string) {
    this.alphabet = [...new Set([...BASE_ALPHABET, ...src])];
  }

  /** Alternation := Sequence ('|' Sequence)*, up to ')' or the end. */
  alternation(): Info {
    const info = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      const next = this.sequence();
      info.hasQuantifier ||= next.hasQuantifier;
      info.hasAlternation = true;
      info.minLength = Math.min(info.minLength, next.minLength);
      for (const c of next.chars) info.chars.add(c);
      for (const c of next.first) info.first.add(c);
      info.variable ||= next.variable;
      info.choices += next.choices;
    }
    if (info.choices > MAX_ALTERNATIVES) {
      refuse(
        `biểu thức có hơn ${MAX_ALTERNATIVES} cách khớp do các nhóm lựa chọn "|" nối tiếp nhau`,
        `the pattern has more than ${MAX_ALTERNATIVES} paths through its alternations ("|")`,
      );
    }
    return info;
  }

  sequence(): Info {
    const info = empty();
    const items: Item[] = [];
    let opening = true; // still before the first piece that must consume a character
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const start = this.pos;
      const atom = this.atom();
      const q = this.quantifier(start, atom);
      const min = q?.min ?? 1;
      const item: Item = {
        ...atom,
        hasQuantifier: atom.hasQuantifier || q !== null,
        minLength: atom.minLength * min,
        variable: atom.variable || (q !== null && q.max > q.min),
        start,
        source: this.src.slice(start, this.pos),
        mandatory: min > 0 && atom.minLength > 0,
      };
      items.push(item);
      info.hasQuantifier ||= item.hasQuantifier;
      info.hasAlternation ||= item.hasAlternation;
      info.minLength += item.minLength;
      for (const c of item.chars) info.chars.add(c);
      if (opening) for (const c of item.first) info.first.add(c);
      if (item.mandatory) opening = false;
      info.variable ||= item.variable;
      info.choices *= item.choices;
    }
    this.checkAdjacentOverlap(items);
    return info;
  }

  /**
   * Two variable-length pieces that can consume the same characters, with nothing between them that
   * must consume a character neither can (e.g. "\d+\d+", "a?a?aa", "\S+@\S+"), let the engine try
   * every way of splitting a run between them: polynomial or exponential backtracking.
   */
  private checkAdjacentOverlap(items: readonly Item[]): void {
    items.forEach((a, i) => {
      if (!a.variable) return;
      for (const b of items.slice(i + 1)) {
        // What matters is what `b` can start with: if `a` cannot consume it, a run has one split.
        const overlap = [...b.first].some((c) => a.chars.has(c));
        if (overlap && b.variable) {
          refuse(
            `"${clip(a.source)}" (vị trí ${a.start}) và "${clip(b.source)}" (vị trí ${b.start}) có thể khớp cùng ký tự nối tiếp nhau, nên một đoạn văn bản có rất nhiều cách chia giữa chúng (chạy rất chậm); hãy ngăn chúng bằng một ký tự mà cả hai không khớp, hoặc gộp lại`,
            `"${clip(a.source)}" (position ${a.start}) and "${clip(b.source)}" (position ${b.start}) can match the same characters one after the other, so a run of text can be split between them in very many ways (slow backtracking); separate them with a character neither matches, or merge them`,
          );
        }
        if (!overlap && b.mandatory) return;
      }
    });
  }

  private atom(): Info {
    const ch = this.src[this.pos];
    const start = this.pos;
    if (ch === '(') return this.group();
    if (ch === '[') this.characterClass();
    else if (ch === '\\') {
      if (this.escape(false)) return empty(); // \b, \B
    } else {
      this.pos += (this.src.codePointAt(this.pos) ?? 0) > 0xffff ? 2 : 1; // a whole astral character
      if (ch === '^' || ch === '$') return empty();
    }
    const chars = this.probe(this.src.slice(start, this.pos));
    return { ...empty(), minLength: 1, chars, first: chars };
  }

  /** Which characters of the alphabet a single-character atom matches (case-insensitively). */
  private probe(atom: string): Set<number> {
    const re = new RegExp(`^(?:${atom})$`, 'iu');
    const hits = new Set<number>();
    this.alphabet.forEach((c, i) => {
      if (re.test(c)) hits.add(i);
    });
    return hits;
  }

  private group(): Info {
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
    this.pos++; // ')'
    // A lookaround consumes nothing: its inside was checked, outside it is an assertion.
    return lookaround
      ? { ...empty(), hasQuantifier: inner.hasQuantifier, hasAlternation: inner.hasAlternation }
      : inner;
  }

  private characterClass(): void {
    this.pos++; // '['
    if (this.src[this.pos] === '^') this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      if (this.src[this.pos] === '\\') this.escape(true);
      else this.pos++;
    }
    this.pos++; // ']'
  }

  /** Consumes one escape; returns true when it is a zero-width assertion (\b, \B). */
  private escape(inClass: boolean): boolean {
    const start = this.pos;
    const next = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    if (/[1-9]/.test(next) || (next === 'k' && !inClass)) {
      const ref = /^\\(?:\d+|k<[^>]*>)/.exec(this.src.slice(start))?.[0] ?? `\\${next}`;
      refuse(
        `tham chiếu ngược "${ref}" ở vị trí ${start} không được phép: nó khiến thời gian khớp không thể giới hạn`,
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
  private quantifier(atomStart: number, atom: Info): { min: number; max: number } | null {
    const m = QUANTIFIER.exec(this.src.slice(this.pos));
    if (!m) return null;
    const token = m[0];
    let [min, max] =
      token === '+' ? [1, Infinity] : token === '?' ? [0, 1] : token === '*' ? [0, Infinity] : [0, 0];
    if (token.startsWith('{')) {
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    }
    const qStart = this.pos;
    // Unbounded repeats are bounded at compile time to MAX_RUN matches (counts above it are refused).
    if (max === Infinity) this.unbounded.push({ at: qStart, token, min });
    this.pos += token.length;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same cost
    const piece = clip(this.src.slice(atomStart, this.pos));
    if (min > MAX_REPEAT_COUNT || (max !== Infinity && max > MAX_REPEAT_COUNT)) {
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
