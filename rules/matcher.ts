// Compile once, match many: every term of every rule goes into one trie keyed by folded syllables.
// A text is matched in one pass over its tokens, never one RegExp per term.
import { type Token, tokenize } from './normalize';

export interface TermEnd {
  /** What the caller attached to the term (a rule index, a context-set id…). */
  id: number;
  /** Accent keys per syllable, when the term must match with its accents. */
  keys: readonly string[] | null;
}

interface Node {
  next: Map<string, Node> | null;
  ends: TermEnd[] | null;
}

/** A hit: tokens [from, to] inclusive matched the term attached to `id`. */
export interface TrieHit {
  id: number;
  from: number;
  to: number;
}

export class SyllableTrie {
  private readonly root: Node = { next: null, ends: null };
  private size = 0;

  /** Adds a term (normalised with the same tokenizer as the text). Returns false for an empty term. */
  add(term: string, id: number, exact = false): boolean {
    const toks = tokenize(term);
    if (toks.length === 0) return false;
    let node = this.root;
    for (const t of toks) {
      node.next ??= new Map();
      let child = node.next.get(t.f);
      if (!child) {
        child = { next: null, ends: null };
        node.next.set(t.f, child);
      }
      node = child;
    }
    node.ends ??= [];
    node.ends.push({ id, keys: exact ? toks.map((t) => t.k) : null });
    this.size++;
    return true;
  }

  get terms(): number {
    return this.size;
  }

  /** Every occurrence of every term; a phrase does not run across punctuation. */
  match(tokens: readonly Token[], out: TrieHit[] = []): TrieHit[] {
    const root = this.root.next;
    if (!root) return out;
    for (let i = 0; i < tokens.length; i++) {
      let node = root.get((tokens[i] as Token).f);
      let j = i;
      while (node) {
        if (node.ends) {
          for (const end of node.ends) {
            if (!end.keys || sameKeys(end.keys, tokens, i)) out.push({ id: end.id, from: i, to: j });
          }
        }
        const next = tokens[j + 1];
        if (!node.next || !next || next.gap !== 0) break;
        node = node.next.get(next.f);
        j++;
      }
    }
    return out;
  }
}

function sameKeys(keys: readonly string[], tokens: readonly Token[], from: number): boolean {
  for (let k = 0; k < keys.length; k++) if (tokens[from + k]?.k !== keys[k]) return false;
  return true;
}
