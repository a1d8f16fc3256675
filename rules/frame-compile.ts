// Compiles the frame rules in force into one syllable trie of slot words (every lexicon a frame
// names, plus each slot's own words) and, per rule, its slots as sets of that trie.
import type { CompiledFrame, CompiledSlot, PrefixRule } from './frames';
import { type Lexicon, lexiconParts } from './lexicons/define';
import { SyllableTrie, type TermSyllables } from './matcher';
import { tokenize } from './normalize';
import { type FrameRule, SLOT_SHAPES, type SlotShape } from './types';

export const FRAME_DEFAULTS = { within: 6, scope: 'sentence' } as const;

export interface FrameIndex {
  trie: SyllableTrie;
  /** By rule index (the checker's compiled rules). */
  frames: Map<number, CompiledFrame>;
  /** Trie sets whose words take a lexicon's prefixes, and the slot set they then fill. */
  prefixed: Map<number, PrefixRule>;
  /** Sets of `bare` words matched folded, by the set they fill when their sentence has no accent. */
  bare: Map<number, number>;
}

export function newFrameIndex(): FrameIndex {
  return { trie: new SyllableTrie(), frames: new Map(), prefixed: new Map(), bare: new Map() };
}

/** Adds one frame rule: its slots as sets of the trie. */
export function addFrame(
  index: FrameIndex,
  ruleIndex: number,
  rule: FrameRule,
  lexicons: ReadonlyMap<string, Lexicon>,
  setIds: Map<string, number>,
  seen: Map<string, TermSyllables>,
): void {
  const newSet = (key: string) => {
    const set = setIds.size;
    setIds.set(key, set);
    return set;
  };
  const add = (words: readonly string[], set: number, accents: 'fold' | 'typed' | 'exact') => {
    for (const w of words) index.trie.add(w, set, accents, seen);
  };
  // One trie set per lexicon however many slots name it; a part with prefixes puts its words in sets
  // of their own that frameText extends over a prefix and hands to the lexicon's set.
  const lexiconSet = (id: string) => {
    const key = `lexicon:${id}`;
    const known = setIds.get(key);
    if (known !== undefined) return known;
    const set = newSet(key);
    for (const part of lexiconParts(id, lexicons)) {
      const prefixes = part.prefixes.map((p) => {
        const toks = tokenize(p);
        return { f: toks.map((t) => t.f), k: toks.map((t) => t.k) };
      });
      const own = prefixes.length ? newSet(`${key}|${part.id}`) : set;
      if (own !== set) index.prefixed.set(own, { set, prefixes, required: false });
      add(part.fold, own, 'fold');
      add(part.typed, own, 'typed');
      add(part.exact, own, 'exact');
      if (part.bare.length) {
        // with their accents always; folded, as a set of their own that counts in bare sentences
        add(part.bare, own, 'exact');
        const shadow = newSet(`${key}|${part.id}|bare`);
        index.bare.set(shadow, own);
        add(part.bare, shadow, 'fold');
      }
      if (part.prefixed.length && prefixes.length) {
        const needs = newSet(`${key}|${part.id}|prefixed`);
        index.prefixed.set(needs, { set, prefixes, required: true });
        add(part.prefixed, needs, 'typed');
      }
    }
    return set;
  };
  // A slot's own words: one set per distinct list, shared by the frames that repeat it.
  const termSet = (terms: readonly string[], exact: boolean) => {
    const key = `terms:${exact ? 'exact' : 'fold'}:${terms.join('\u0000')}`;
    const known = setIds.get(key);
    if (known !== undefined) return known;
    const set = newSet(key);
    add(terms, set, exact ? 'exact' : 'fold');
    return set;
  };
  const slots: CompiledSlot[] = rule.slots.map((slot) => {
    const sets = (slot.lexicons ?? []).map(lexiconSet);
    if (slot.terms?.length) sets.push(termSet(slot.terms, slot.accents === 'exact'));
    const shapes = (slot.shapes ?? []).filter((s): s is SlotShape =>
      (SLOT_SHAPES as readonly string[]).includes(s),
    );
    return { name: slot.name, sets, shapes, optional: slot.optional ?? false };
  });
  const main =
    rule.main === undefined
      ? 0
      : Math.max(
          0,
          rule.slots.findIndex((s) => s.name === rule.main),
        );
  index.frames.set(ruleIndex, {
    slots,
    main,
    within: rule.within ?? FRAME_DEFAULTS.within,
    scope: rule.scope ?? FRAME_DEFAULTS.scope,
    ordered: rule.ordered ?? false,
  });
}
