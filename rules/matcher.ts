// Compile once, match many: every term of every rule goes into one trie keyed by folded syllables.
// A text is matched in one pass over its tokens, never one RegExp per term.
import { type Token, tokenize } from './normalize';

export interface TermEnd {
  /** What the caller attached to the term (a rule index, a context-set id…). */
  id: number;
  /** Accent keys per syllable: the term must match with its accents. */
  keys: readonly string[];
  /** A syllable typed without any accent also matches ('typed' mode). */
  bare?: true;
}

/**
 * How a term's accents must match the text: 'fold' ignores them; 'exact' wants them as written;
 * 'typed' wants each syllable as written or typed without any accent, never with other accents
 * ("hai lòng" matches "hai long" but not "hài lòng").
 */
export type AccentMode = 'fold' | 'exact' | 'typed';

/**
 * Every edge lives in one Map keyed by a number, parent node × SCALE + syllable id (syllables are
 * numbered once per trie): no string is built per edge or per step, and thousands of terms compile
 * small. The root is node 0, so its edges are keyed by the syllable id alone.
 */
const SCALE = 65_536;

/** A hit: tokens [from, to] inclusive matched the term attached to `id`. */
export interface TrieHit {
  id: number;
  from: number;
  to: number;
}

export class SyllableTrie {
  /** Syllable → its number in this trie. */
  private readonly syllables = new Map<string, number>();
  private readonly edges = new Map<number, number>();
  /**
   * Terms ending at each node (by node id): a folded term as its bare id (no object for thousands of
   * terms), an exact one with its accent keys; a list only where several terms end at one node.
   */
  private readonly ends: (number | TermEnd | (number | TermEnd)[] | undefined)[] = [];
  /** One copy of each accent key of exact and typed terms. */
  private readonly keys = new Map<string, string>();
  private nodes = 1;
  private size = 0;

  /**
   * Adds a term (normalised with the same tokenizer as the text). Returns false for an empty term.
   * `seen` lets one compile tokenize a term once however many rules and contexts list it.
   */
  add(
    term: string,
    id: number,
    accents: boolean | AccentMode = false,
    seen?: Map<string, TermSyllables>,
  ): boolean {
    const toks = syllablesOf(term, seen);
    if (toks.f.length === 0) return false;
    let node = 0;
    for (const f of toks.f) {
      let syl = this.syllables.get(f);
      if (syl === undefined) {
        syl = this.syllables.size;
        this.syllables.set(f, syl);
      }
      const key = node * SCALE + syl;
      let child = this.edges.get(key);
      if (child === undefined) {
        child = this.nodes++;
        this.edges.set(key, child);
      }
      node = child;
    }
    const mode = accents === true ? 'exact' : accents === false ? 'fold' : accents;
    let end: number | TermEnd = id;
    if (mode !== 'fold') {
      // Thousands of lexicon words share a few hundred accent keys: keep one copy of each.
      const keys = toks.k.map((k) => {
        const known = this.keys.get(k);
        if (known !== undefined) return known;
        this.keys.set(k, k);
        return k;
      });
      end = mode === 'exact' ? { id, keys } : { id, keys, bare: true };
    }
    const here = this.ends[node];
    this.ends[node] = here === undefined ? end : Array.isArray(here) ? [...here, end] : [here, end];
    this.size++;
    return true;
  }

  get terms(): number {
    return this.size;
  }

  /** Every occurrence of every term; a phrase does not run across punctuation. */
  match(tokens: readonly Token[], out: TrieHit[] = []): TrieHit[] {
    if (this.size === 0) return out;
    // Each token's syllable number, once (-1: in no term of this trie).
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = this.syllables.get((tokens[i] as Token).f) ?? -1;
    for (let i = 0; i < tokens.length; i++) {
      if ((ids[i] as number) < 0) continue;
      let node = this.edges.get(ids[i] as number);
      let j = i;
      while (node !== undefined) {
        const here = this.ends[node];
        if (here !== undefined) {
          if (Array.isArray(here)) for (const end of here) this.hit(end, tokens, i, j, out);
          else this.hit(here, tokens, i, j, out);
        }
        const next = tokens[j + 1];
        if (next?.gap !== 0) break; // the end of the text, or punctuation: a phrase stops
        const syl = ids[j + 1] as number;
        if (syl < 0) break;
        node = this.edges.get(node * SCALE + syl);
        j++;
      }
    }
    return out;
  }

  private hit(
    end: number | TermEnd,
    tokens: readonly Token[],
    from: number,
    to: number,
    out: TrieHit[],
  ): void {
    if (typeof end === 'number') out.push({ id: end, from, to });
    else if (sameKeys(end, tokens, from)) out.push({ id: end.id, from, to });
  }
}

/** A term's syllables, folded (f) and with their accents (k). */
export interface TermSyllables {
  f: readonly string[];
  k: readonly string[];
}

function syllablesOf(term: string, seen?: Map<string, TermSyllables>): TermSyllables {
  const known = seen?.get(term);
  if (known) return known;
  const toks = tokenize(term);
  const out = { f: toks.map((t) => t.f), k: toks.map((t) => t.k) };
  seen?.set(term, out);
  return out;
}

function sameKeys(end: TermEnd, tokens: readonly Token[], from: number): boolean {
  for (let k = 0; k < end.keys.length; k++) {
    const t = tokens[from + k];
    if (t === undefined) return false;
    // A syllable without any accent has the key of its folded letters and tone 0 ("dan" → "dan0").
    if (t.k !== end.keys[k] && !(end.bare && t.k === `${t.f}0`)) return false;
  }
  return true;
}
