// Compiles the frame rules in force into one syllable trie of slot words (every lexicon a frame
// names, plus each slot's own words) and, per rule, its slots as sets of that trie.
import type { CompiledFrame, CompiledSlot } from './frames';
import { type Lexicon, lexiconWords } from './lexicons/define';
import { SyllableTrie, type TermSyllables } from './matcher';
import { type FrameRule, SLOT_SHAPES, type SlotShape } from './types';

export const FRAME_DEFAULTS = { within: 6, scope: 'sentence' } as const;

export interface FrameIndex {
  trie: SyllableTrie;
  /** By rule index (the checker's compiled rules). */
  frames: Map<number, CompiledFrame>;
}

export function newFrameIndex(): FrameIndex {
  return { trie: new SyllableTrie(), frames: new Map() };
}

/**
 * Adds one frame rule. Each lexicon becomes one set of the trie however many slots name it; a
 * slot's own words become a set of their own.
 */
export function addFrame(
  index: FrameIndex,
  ruleIndex: number,
  rule: FrameRule,
  lexicons: ReadonlyMap<string, Lexicon>,
  setIds: Map<string, number>,
  seen: Map<string, TermSyllables>,
): void {
  const setOf = (key: string, words: { fold: readonly string[]; exact: readonly string[] }) => {
    let set = setIds.get(key);
    if (set === undefined) {
      set = setIds.size;
      setIds.set(key, set);
      for (const w of words.fold) index.trie.add(w, set, false, seen);
      for (const w of words.exact) index.trie.add(w, set, true, seen);
    }
    return set;
  };
  const slots: CompiledSlot[] = rule.slots.map((slot, k) => {
    const sets = (slot.lexicons ?? []).map((id) => setOf(`lexicon:${id}`, lexiconWords(id, lexicons)));
    if (slot.terms?.length) {
      const exact = slot.accents === 'exact';
      sets.push(
        setOf(`slot:${rule.id}:${k}`, { fold: exact ? [] : slot.terms, exact: exact ? slot.terms : [] }),
      );
    }
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
