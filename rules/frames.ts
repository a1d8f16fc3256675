// Frame rules: a hint when named slots are all filled close together, inside one clause or sentence
// ("dân <province>" + "toàn" + "lừa đảo"; "bán" + "cỏ Mỹ"; "mật khẩu" + a value). Slots are filled
// by shared lexicons (rules/lexicons), by a frame's own words, or by a shape of the text as typed
// (a personal name, a long number, a secret-looking value). The words that filled the main slot
// are the hint's span; the other slots' words are underlined with it as related words.
import type { TrieHit } from './matcher';
import type { Token } from './normalize';
import type { SlotShape } from './types';

/**
 * Words of a lexicon that take its prefixes ("dân", "người" before a place): a hit of `set`'s own trie
 * set is extended over a prefix right before it, and then fills `set`; without one it fills it only
 * when the prefix is not `required`.
 */
export interface PrefixRule {
  set: number;
  prefixes: readonly { f: readonly string[]; k: readonly string[] }[];
  required: boolean;
}

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
}

export function frameText(
  text: string,
  tokens: readonly Token[],
  trieHits: readonly TrieHit[],
  prefixed?: ReadonlyMap<number, PrefixRule>,
): FrameText {
  const hits = prefixed?.size ? withPrefixes(trieHits, tokens, prefixed) : trieHits;
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
  const shapes = new Map<SlotShape, TokenRange[]>();
  return {
    tokens,
    bySet,
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

/** Hits of prefixed words, extended over the longest prefix right before them and given their set. */
function withPrefixes(
  hits: readonly TrieHit[],
  tokens: readonly Token[],
  prefixed: ReadonlyMap<number, PrefixRule>,
): TrieHit[] {
  const out: TrieHit[] = [];
  for (const h of hits) {
    const rule = prefixed.get(h.id);
    if (!rule) {
      out.push(h);
      continue;
    }
    let from = h.from;
    for (const p of rule.prefixes) {
      const start = h.from - p.f.length;
      if (start < 0 || start >= from) continue;
      let ok = true;
      for (let i = 0; i < p.f.length && ok; i++) {
        const t = tokens[start + i] as Token;
        // one phrase: no punctuation inside the prefix or between it and the word
        ok =
          t.f === p.f[i] &&
          (t.k === p.k[i] || t.k === `${t.f}0`) &&
          (tokens[start + i + 1] as Token).gap === 0;
      }
      if (ok) from = start;
    }
    if (from < h.from || !rule.required) out.push({ id: rule.set, from, to: h.to });
  }
  return out;
}

/** Every match of one frame: one per hit of its main slot that has every required slot in reach. */
export function matchFrame(frame: CompiledFrame, t: FrameText): FrameMatch[] {
  const main = frame.slots[frame.main] as CompiledSlot;
  const anchors = slotHits(main, t);
  const out: FrameMatch[] = [];
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
function slotHits(slot: CompiledSlot, t: FrameText): TokenRange[] {
  const lists: (readonly TokenRange[])[] = [];
  for (const set of slot.sets) {
    const l = t.bySet.get(set);
    if (l) lists.push(l);
  }
  for (const shape of slot.shapes) lists.push(t.shape(shape));
  if (lists.length === 1) return lists[0] as TokenRange[];
  return lists.flat().sort((x, y) => x.from - y.from || x.to - y.to);
}

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

const UPPER = /^\p{Lu}/u;
const LETTERS = /^\p{L}+$/u;
const DIGITS = /^\d+$/;
const GROUP_SEPARATOR = /^[ .-]?$/;

/** Shapes on the text as typed. Each finder is linear in the number of tokens. */
const SHAPE_FINDERS: Record<SlotShape, (text: string, tokens: readonly Token[]) => TokenRange[]> = {
  // A personal name: two to four capitalised words in a row, with only spaces between, not at the
  // start of a sentence (where every first word is capitalised) unless three words or more.
  name(text, tokens) {
    const out: TokenRange[] = [];
    let i = 0;
    while (i < tokens.length) {
      let j = i;
      while (
        j < tokens.length &&
        isCapitalised(text, tokens[j] as Token) &&
        (j === i || (tokens[j] as Token).gap === 0)
      )
        j++;
      const n = j - i;
      const first = i === 0 || (tokens[i] as Token).gap === 2;
      if (n >= 2 && n <= 4 && (!first || n >= 3)) out.push({ from: i, to: j - 1 });
      i = Math.max(j, i + 1);
    }
    return out;
  },
  // A phone, ID, card or account number: digits in a row, groups joined by at most one space, dot
  // or dash ("0901 234 567", "090.123.4567"), holding at least eight digits in all.
  number(text, tokens) {
    const out: TokenRange[] = [];
    let i = 0;
    while (i < tokens.length) {
      let j = i;
      let digits = 0;
      while (j < tokens.length && DIGITS.test((tokens[j] as Token).f)) {
        if (
          j > i &&
          !GROUP_SEPARATOR.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start))
        )
          break;
        digits += (tokens[j] as Token).f.length;
        j++;
      }
      if (digits >= 8) out.push({ from: i, to: j - 1 });
      i = Math.max(j, i + 1);
    }
    return out;
  },
  // A secret-looking value as typed: 6 to 64 characters without spaces that mix letters with digits
  // or symbols ("abc@123", "Lan2024!"), or six digits alone (an OTP).
  secret(text, tokens) {
    const out: TokenRange[] = [];
    let i = 0;
    while (i < tokens.length) {
      const start = (tokens[i] as Token).start;
      let j = i;
      // a value typed without spaces may be several tokens ("abc@123" → abc, 123)
      while (
        j + 1 < tokens.length &&
        !/\s/u.test(text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))
      )
        j++;
      const raw = text.slice(start, (tokens[j] as Token).end);
      if (isSecretLike(raw)) out.push({ from: i, to: j });
      i = j + 1;
    }
    return out;
  },
};

function isCapitalised(text: string, t: Token): boolean {
  const raw = text.slice(t.start, t.end);
  return raw.length > 1 && UPPER.test(raw) && LETTERS.test(raw) && raw !== raw.toUpperCase();
}

function isSecretLike(raw: string): boolean {
  if (raw.length < 6 || raw.length > 64) return false;
  if (/^\d{6}$/.test(raw)) return true;
  const letters = /\p{L}/u.test(raw);
  const digits = /\d/.test(raw);
  const symbols = /[^\p{L}\d]/u.test(raw);
  if (/^\p{L}+[.,!?]$/u.test(raw)) return false; // a word before punctuation
  if (/^(?:https?:|www\.)/i.test(raw) || /^\S+\.(?:com|vn|net|org)\b/i.test(raw)) return false;
  return letters && (digits || symbols) && !/^[\p{L}]+$/u.test(raw);
}
