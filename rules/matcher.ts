// Compile once, match many: every term of every rule goes into one trie keyed by folded syllables.
// A text is matched in one pass over its tokens, never one RegExp per term. A trie is built with
// `add` and then frozen into typed arrays (an open-addressing edge table and flat term ends): tens of
// thousands of lexicon and context words then cost a few bytes each instead of a Map entry and an
// object per word.
import { type Token, tokenize } from './normalize';

/**
 * How a term's accents must match the text: 'fold' ignores them; 'exact' wants them as written;
 * 'typed' wants each syllable as written or typed without any accent, never with other accents
 * ("hai lòng" matches "hai long" but not "hài lòng").
 */
export type AccentMode = 'fold' | 'exact' | 'typed';

/** A hit: tokens [from, to] inclusive matched the term attached to `id`. */
export interface TrieHit {
  id: number;
  from: number;
  to: number;
}

/** A term's syllables, folded (f) and with their accents (k). */
export interface TermSyllables {
  f: readonly string[];
  k: readonly string[];
}

/**
 * Syllable numbers and accent keys shared by every trie of the process: the rules' vocabulary is a
 * few thousand syllables, numbered once however many tries and checkers use them.
 */
const SYLLABLES = new Map<string, number>();
const KEYS = new Map<string, number>();
const KEY_LIST: string[] = [];

function syllableId(f: string): number {
  let id = SYLLABLES.get(f);
  if (id === undefined) {
    id = SYLLABLES.size;
    SYLLABLES.set(f, id);
  }
  return id;
}

function keyId(k: string): number {
  let id = KEYS.get(k);
  if (id === undefined) {
    id = KEY_LIST.length;
    KEYS.set(k, id);
    KEY_LIST.push(k);
  }
  return id;
}

/** Each token's syllable number (-1: in no term), computed once per token list for every trie. */
const TOKEN_IDS = new WeakMap<readonly Token[], Int32Array>();
function tokenIds(tokens: readonly Token[]): Int32Array {
  let ids = TOKEN_IDS.get(tokens);
  if (!ids) {
    ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = SYLLABLES.get((tokens[i] as Token).f) ?? -1;
    TOKEN_IDS.set(tokens, ids);
  }
  return ids;
}

const MODE = { fold: 0, exact: 1, typed: 2 } as const;

/** A term end while building: its id, accent mode and accent keys (key ids) when not folded. */
interface BuildEnd {
  id: number;
  mode: 0 | 1 | 2;
  keys: readonly number[] | null;
}

export class SyllableTrie {
  private size = 0;
  private nodes = 1;
  /** Building state, dropped by freeze(). Edge key: parent node × 2^20 + syllable number. */
  private building: { edges: Map<number, number>; ends: Map<number, BuildEnd[]> } | null = {
    edges: new Map(),
    ends: new Map(),
  };
  // Frozen: edges in an open-addressing table, ends as flat arrays indexed per node.
  private mask = 0;
  private edgeNode = new Int32Array(0);
  private edgeSyl = new Int32Array(0);
  private edgeChild = new Int32Array(0);
  /** Ends of node n are [endFirst[n], endFirst[n + 1]). */
  private endFirst = new Int32Array(0);
  private endId = new Int32Array(0);
  private endMode = new Uint8Array(0);
  /** For an accent-checked end, where its key ids start in `endKeys` (one per syllable). */
  private endKeyAt = new Int32Array(0);
  private endKeys = new Int32Array(0);

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
    const b = this.building;
    if (!b) throw new Error('SyllableTrie: add() after freeze()');
    const toks = syllablesOf(term, seen);
    if (toks.f.length === 0) return false;
    let node = 0;
    for (const f of toks.f) {
      const key = node * 1_048_576 + syllableId(f);
      let child = b.edges.get(key);
      if (child === undefined) {
        child = this.nodes++;
        b.edges.set(key, child);
      }
      node = child;
    }
    const mode = MODE[accents === true ? 'exact' : accents === false ? 'fold' : accents];
    const end: BuildEnd = { id, mode, keys: mode === 0 ? null : toks.k.map(keyId) };
    const here = b.ends.get(node);
    if (here) here.push(end);
    else b.ends.set(node, [end]);
    this.size++;
    return true;
  }

  get terms(): number {
    return this.size;
  }

  /** Packs the trie into typed arrays; no term can be added afterwards. Called by the first match. */
  freeze(): this {
    const b = this.building;
    if (!b) return this;
    this.building = null;
    // A load of at most 0.7 keeps probes short (linear probing) and the table small.
    let cap = 4;
    while (cap * 0.7 < b.edges.size) cap *= 2;
    this.mask = cap - 1;
    this.edgeNode = new Int32Array(cap).fill(-1);
    this.edgeSyl = new Int32Array(cap);
    this.edgeChild = new Int32Array(cap);
    for (const [key, child] of b.edges) {
      const node = Math.floor(key / 1_048_576);
      const syl = key - node * 1_048_576;
      let h = slot(node, syl, this.mask);
      while ((this.edgeNode[h] as number) >= 0) h = (h + 1) & this.mask;
      this.edgeNode[h] = node;
      this.edgeSyl[h] = syl;
      this.edgeChild[h] = child;
    }
    this.endFirst = new Int32Array(this.nodes + 1);
    for (const [node, list] of b.ends) this.endFirst[node + 1] = list.length;
    for (let n = 0; n < this.nodes; n++)
      this.endFirst[n + 1] = (this.endFirst[n + 1] as number) + (this.endFirst[n] as number);
    this.endId = new Int32Array(this.size);
    this.endMode = new Uint8Array(this.size);
    this.endKeyAt = new Int32Array(this.size).fill(-1);
    let keyCount = 0;
    for (const list of b.ends.values()) for (const e of list) keyCount += e.keys?.length ?? 0;
    this.endKeys = new Int32Array(keyCount);
    let k = 0;
    for (const [node, list] of b.ends) {
      let e = this.endFirst[node] as number;
      for (const end of list) {
        this.endId[e] = end.id;
        this.endMode[e] = end.mode;
        if (end.keys) {
          this.endKeyAt[e] = k;
          for (const key of end.keys) this.endKeys[k++] = key;
        }
        e++;
      }
    }
    return this;
  }

  /** Every occurrence of every term; a phrase does not run across punctuation. */
  match(tokens: readonly Token[], out: TrieHit[] = []): TrieHit[] {
    if (this.size === 0) return out;
    this.freeze();
    const ids = tokenIds(tokens);
    for (let i = 0; i < tokens.length; i++) {
      let syl = ids[i] as number;
      if (syl < 0) continue;
      let node = this.child(0, syl);
      let j = i;
      while (node >= 0) {
        for (let e = this.endFirst[node] as number, last = this.endFirst[node + 1] as number; e < last; e++)
          if (this.endMode[e] === 0 || this.accentsMatch(e, tokens, i, j - i + 1))
            out.push({ id: this.endId[e] as number, from: i, to: j });
        const next = tokens[j + 1];
        if (next?.gap !== 0) break; // the end of the text, or punctuation: a phrase stops
        syl = ids[j + 1] as number;
        if (syl < 0) break;
        node = this.child(node, syl);
        j++;
      }
    }
    return out;
  }

  private child(node: number, syl: number): number {
    let h = slot(node, syl, this.mask);
    for (;;) {
      const n = this.edgeNode[h] as number;
      if (n < 0) return -1;
      if (n === node && this.edgeSyl[h] === syl) return this.edgeChild[h] as number;
      h = (h + 1) & this.mask;
    }
  }

  /** The accents of the `len` tokens from `from` against those of end `e` (one key per syllable). */
  private accentsMatch(e: number, tokens: readonly Token[], from: number, len: number): boolean {
    const at = this.endKeyAt[e] as number;
    const bare = this.endMode[e] === MODE.typed;
    for (let s = 0; s < len; s++) {
      const t = tokens[from + s] as Token;
      const want = KEY_LIST[this.endKeys[at + s] as number];
      // A syllable without any accent has the key of its folded letters and tone 0 ("dan" → "dan0").
      if (t.k !== want && !(bare && t.k === `${t.f}0`)) return false;
    }
    return true;
  }
}

function slot(node: number, syl: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(syl, 0x85ebca6b)) & mask;
}

function syllablesOf(term: string, seen?: Map<string, TermSyllables>): TermSyllables {
  const known = seen?.get(term);
  if (known) return known;
  const toks = tokenize(term);
  const out = { f: toks.map((t) => t.f), k: toks.map((t) => t.k) };
  seen?.set(term, out);
  return out;
}
