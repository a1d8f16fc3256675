// Frame rules: a hint when named slots are all filled close together, inside one clause or sentence
// ("dân <province>" + "toàn" + "lừa đảo"; "bán" + "cỏ Mỹ"; "mật khẩu" + a value). Slots are filled
// by shared lexicons (rules/lexicons), by a frame's own words, or by a shape of the text as typed
// (a personal name, a long number, a secret-looking value). The words that filled the main slot
// are the hint's span; the other slots' words are underlined with it as related words.
import { inBareSentences, type PrefixRule, withPrefixes } from './frame-hits';

export type { PrefixRule } from './frame-hits';

import { SHAPE_FINDERS } from './frame-shapes';
import type { TrieHit } from './matcher';
import type { Token } from './normalize';
import type { SlotShape } from './types';

/** A slot after compilation: the trie sets that fill it and the shapes. */
export interface CompiledSlot {
  name: string;
  sets: readonly number[];
  shapes: readonly SlotShape[];
  optional: boolean;
}

export interface CompiledFrame {
  slots: readonly CompiledSlot[];
  /** Index of the main slot in `slots`. */
  main: number;
  /** Most words between the main slot's words and each other slot's. */
  within: number;
  scope: 'clause' | 'sentence';
  ordered: boolean;
}

/** A token range, inclusive. */
export interface TokenRange {
  from: number;
  to: number;
}

export interface FrameMatch extends TokenRange {
  /** The other filled slots, in slot order, with the index of the slot each fills. */
  related: (TokenRange & { slot: number })[];
  /** From the first to the last word of the whole frame. */
  extent: TokenRange;
}

/**
 * What a text offers the frames of a checker, computed once per check: the slot-lexicon hits by
 * set id, each list sorted by `from`, and per token the clause and sentence it belongs to.
 */
export interface FrameText {
  tokens: readonly Token[];
  bySet: ReadonlyMap<number, readonly TrieHit[]>;
  clause: Int32Array;
  sentence: Int32Array;
  shape(kind: SlotShape): readonly TokenRange[];
  /** What fills a combination of sets and shapes, merged once per check (see slotHits). */
  merged: Map<string, readonly TokenRange[]>;
}

export function frameText(
  text: string,
  tokens: readonly Token[],
  trieHits: readonly TrieHit[],
  prefixed?: ReadonlyMap<number, PrefixRule>,
  bare?: ReadonlyMap<number, number>,
): FrameText {
  const clause = new Int32Array(tokens.length);
  const sentence = new Int32Array(tokens.length);
  let c = 0;
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const gap = (tokens[i] as Token).gap;
    if (i > 0 && gap >= 1) c++;
    if (i > 0 && gap === 2) s++;
    clause[i] = c;
    sentence[i] = s;
  }
  const typed = bare?.size ? inBareSentences(text, tokens, sentence, trieHits, bare) : trieHits;
  const hits = prefixed?.size ? withPrefixes(typed, tokens, prefixed) : typed;
  const bySet = new Map<number, TrieHit[]>();
  for (const h of hits) {
    const list = bySet.get(h.id);
    if (list) list.push(h);
    else bySet.set(h.id, [h]);
  }
  // Each set keeps its longest words: "lười biếng", not the "lười" inside it.
  for (const [set, list] of bySet) {
    list.sort((a, b) => a.from - b.from || b.to - a.to);
    let reach = -1;
    bySet.set(
      set,
      list.filter((h) => {
        if (h.to <= reach) return false;
        reach = h.to;
        return true;
      }),
    );
  }
  const shapes = new Map<SlotShape, TokenRange[]>();
  return {
    tokens,
    bySet,
    merged: new Map(),
    clause,
    sentence,
    shape(kind) {
      let found = shapes.get(kind);
      if (!found) {
        found = SHAPE_FINDERS[kind](text, tokens);
        shapes.set(kind, found);
      }
      return found;
    },
  };
}

/** Every match of one frame: one per hit of its main slot that has every required slot in reach. */
export function matchFrame(frame: CompiledFrame, t: FrameText): FrameMatch[] {
  const main = frame.slots[frame.main] as CompiledSlot;
  const anchors = slotHits(main, t);
  const out: FrameMatch[] = [];
  if (!anchors.length) return out;
  const others = frame.slots.map((slot, k) => (k === frame.main ? [] : slotHits(slot, t)));
  for (const a of anchors) {
    const scope = frame.scope === 'clause' ? t.clause : t.sentence;
    const taken: TokenRange[] = [a];
    const related: (TokenRange & { slot: number })[] = [];
    let ok = true;
    for (let k = 0; k < frame.slots.length && ok; k++) {
      if (k === frame.main) continue;
      const slot = frame.slots[k] as CompiledSlot;
      const best = nearest(others[k] as TokenRange[], a, frame, k, taken, scope);
      if (best) {
        taken.push(best);
        related.push({ from: best.from, to: best.to, slot: k });
      } else if (!slot.optional) ok = false;
    }
    if (!ok) continue;
    let from = a.from;
    let to = a.to;
    for (const r of related) {
      from = Math.min(from, r.from);
      to = Math.max(to, r.to);
    }
    out.push({ from: a.from, to: a.to, related, extent: { from, to } });
  }
  return out;
}

/** Every occurrence of what fills a slot, sorted by position. */
function slotHits(slot: CompiledSlot, t: FrameText): readonly TokenRange[] {
  // Frames share slots ("target.person" + "target.family" + "place.home"): merge each combination once.
  let key = SLOT_KEYS.get(slot);
  if (key === undefined) {
    key = `${slot.sets.join(',')}|${slot.shapes.join(',')}`;
    SLOT_KEYS.set(slot, key);
  }
  const known = t.merged.get(key);
  if (known) return known;
  const lists: (readonly TokenRange[])[] = [];
  for (const set of slot.sets) {
    const l = t.bySet.get(set);
    if (l) lists.push(l);
  }
  for (const shape of slot.shapes) lists.push(t.shape(shape));
  const hits =
    lists.length === 1
      ? (lists[0] as readonly TokenRange[])
      : lists.flat().sort((x, y) => x.from - y.from || x.to - y.to);
  t.merged.set(key, hits);
  return hits;
}
const SLOT_KEYS = new WeakMap<CompiledSlot, string>();

/**
 * The occurrence of slot `k` closest to the anchor that stands within reach, in the same clause or
 * sentence, overlaps no slot already filled, and (for ordered frames) keeps the slots' order.
 */
function nearest(
  hits: readonly TokenRange[],
  anchor: TokenRange,
  frame: CompiledFrame,
  k: number,
  taken: readonly TokenRange[],
  scope: Int32Array,
): TokenRange | null {
  const lo = anchor.from - frame.within;
  let best: TokenRange | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  // hits are sorted by `from`: skip those that end too far before the anchor
  let i = firstFrom(hits, lo - 12);
  for (; i < hits.length; i++) {
    const h = hits[i] as TokenRange;
    if (h.from > anchor.to + frame.within) break;
    const distance = h.to < anchor.from ? anchor.from - h.to : h.from > anchor.to ? h.from - anchor.to : -1;
    if (distance < 0 || distance > frame.within || distance >= bestDistance) continue;
    // Same clause or sentence between the facing ends (a number like "001.203.004567" spans dots
    // that the tokenizer reads as sentence ends).
    if (h.to < anchor.from ? scope[h.to] !== scope[anchor.from] : scope[h.from] !== scope[anchor.to])
      continue;
    if (taken.some((x) => h.from <= x.to && x.from <= h.to)) continue;
    if (frame.ordered && (k < frame.main ? h.to >= anchor.from : h.from <= anchor.to)) continue;
    best = h;
    bestDistance = distance;
  }
  return best;
}

/** Index of the first hit whose `from` is at least `at` (binary search). */
function firstFrom(hits: readonly TokenRange[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as TokenRange).from < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
