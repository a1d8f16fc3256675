// Compile once, match many: every term of every rule goes into one trie keyed by folded syllables.
// A text is matched in one pass over its tokens, never one RegExp per term.
import { type Token, tokenize } from './normalize';

export interface TermEnd {
  /** What the caller attached to the term (a rule index, a context-set id…). */
  id: number;
  /** Accent keys per syllable, when the term must match with its accents. */
  keys: readonly string[] | null;
}

/**
 * Edges below the root live in one Map, keyed by parent node and syllable: one entry per edge is a
 * fraction of the memory of a Map (or arrays) per node, and thousands of terms compile small. The
 * root's edges, looked up at every token, are keyed by the syllable alone (no key to build).
 */
const edgeKey = (node: number, syllable: string) => `${node}\u0001${syllable}`;

/** A hit: tokens [from, to] inclusive matched the term attached to `id`. */
export interface TrieHit {
  id: number;
  from: number;
  to: number;
}

export class SyllableTrie {
  private readonly roots = new Map<string, number>();
  private readonly edges = new Map<string, number>();
  /** Terms ending at each node (by node id; the root is 0). */
  private readonly ends: (TermEnd[] | undefined)[] = [];
  private nodes = 1;
  private size = 0;

  /**
   * Adds a term (normalised with the same tokenizer as the text). Returns false for an empty term.
   * `seen` lets one compile tokenize a term once however many rules and contexts list it.
   */
  add(term: string, id: number, exact = false, seen?: Map<string, TermSyllables>): boolean {
    const toks = syllablesOf(term, seen);
    if (toks.f.length === 0) return false;
    let node = 0;
    for (const f of toks.f) {
      const map = node === 0 ? this.roots : this.edges;
      const key = node === 0 ? f : edgeKey(node, f);
      let child = map.get(key);
      if (child === undefined) {
        child = this.nodes++;
        map.set(key, child);
      }
      node = child;
    }
    const end: TermEnd = { id, keys: exact ? toks.k : null };
    const list = this.ends[node];
    this.ends[node] = list ? [...list, end] : [end];
    this.size++;
    return true;
  }

  get terms(): number {
    return this.size;
  }

  /** Every occurrence of every term; a phrase does not run across punctuation. */
  match(tokens: readonly Token[], out: TrieHit[] = []): TrieHit[] {
    if (this.size === 0) return out;
    for (let i = 0; i < tokens.length; i++) {
      let node = this.roots.get((tokens[i] as Token).f);
      let j = i;
      while (node !== undefined) {
        const ends = this.ends[node];
        if (ends) {
          for (const end of ends) {
            if (!end.keys || sameKeys(end.keys, tokens, i)) out.push({ id: end.id, from: i, to: j });
          }
        }
        const next = tokens[j + 1];
        if (next?.gap !== 0) break; // the end of the text, or punctuation: a phrase stops
        node = this.edges.get(edgeKey(node, (next as Token).f));
        j++;
      }
    }
    return out;
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

function sameKeys(keys: readonly string[], tokens: readonly Token[], from: number): boolean {
  for (let k = 0; k < keys.length; k++) if (tokens[from + k]?.k !== keys[k]) return false;
  return true;
}
