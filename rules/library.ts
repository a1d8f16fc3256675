// The part of a compile that does not depend on a checker's options: the syllable tries of a list of
// rules (terms per language, every context, every frame's slot words), frozen once and shared by
// every checker made from the same list. The built-in rules compile once per process; a checker then
// only picks the rules in force (profile, agency, user switches) and compiles the agency's and the
// user's own rules, which are few.
import { addFrame, type FrameIndex, newFrameIndex } from './frame-compile';
import type { Lexicon } from './lexicons/define';
import { SyllableTrie, type TermSyllables } from './matcher';
import type { ContextSpec, Lang, RuleSpec } from './types';

export interface CompiledContext {
  set: number;
  within: number;
  side: NonNullable<ContextSpec['side']>;
}

export interface RuleContexts {
  near: (CompiledContext & { extend: boolean }) | null;
  unless: CompiledContext[];
}

export interface Library {
  /** Term rules per language: a hit's id is the rule's index in the list. */
  terms: Record<Lang, SyllableTrie>;
  /** Every near / unless context of the list, one set per distinct list of words. */
  contexts: SyllableTrie;
  /** Frame slot words; frame ids are rule indexes in the list. */
  frames: FrameIndex;
  /** Per rule index, its compiled contexts. */
  ruleContexts: readonly RuleContexts[];
  /** Rule id → index in the list. */
  byId: ReadonlyMap<string, number>;
}

const RULE_LANGS = (rule: RuleSpec): Lang[] => (rule.lang === 'any' ? ['vi', 'en'] : [rule.lang ?? 'vi']);

/** Compiles a list of rules into frozen tries. */
export function buildLibrary(rules: readonly RuleSpec[], lexicons: ReadonlyMap<string, Lexicon>): Library {
  const contexts = new SyllableTrie();
  const setIds = new Map<string, number>();
  // Terms listed by many rules and contexts are tokenized once per compile.
  const seen = new Map<string, TermSyllables>();
  const compileContext = (c: ContextSpec): CompiledContext => {
    const exact = c.accents === 'exact';
    const key = `${exact ? 'exact' : 'fold'}\u0000${c.terms.join('\u0000')}`;
    let set = setIds.get(key);
    if (set === undefined) {
      set = setIds.size;
      setIds.set(key, set);
      for (const term of c.terms) contexts.add(term, set, exact, seen);
    }
    return { set, within: c.within ?? 4, side: c.side ?? 'both' };
  };
  const terms: Record<Lang, SyllableTrie> = { vi: new SyllableTrie(), en: new SyllableTrie() };
  const frames = newFrameIndex();
  const byId = new Map<string, number>();
  const ruleContexts = rules.map((rule, index): RuleContexts => {
    byId.set(rule.id, index);
    if (rule.kind === 'terms')
      for (const lang of RULE_LANGS(rule))
        for (const t of rule.terms) terms[lang].add(t, index, rule.accents === 'exact', seen);
    else if (rule.kind === 'frame') addFrame(frames, index, rule, lexicons, setIds, seen);
    return {
      near: rule.near ? { ...compileContext(rule.near), extend: rule.near.extend ?? false } : null,
      unless: (rule.unless ?? []).map(compileContext),
    };
  });
  for (const trie of [contexts, terms.vi, terms.en, frames.trie]) trie.freeze();
  return { terms, contexts, frames, ruleContexts, byId };
}

/** Libraries of rule lists that live as long as the process (the built-in rules), by list and lexicons. */
const SHARED = new WeakMap<readonly RuleSpec[], WeakMap<ReadonlyMap<string, Lexicon>, Library>>();

/** The library of a rule list that does not change (the built-in rules): compiled once, then shared. */
export function sharedLibrary(rules: readonly RuleSpec[], lexicons: ReadonlyMap<string, Lexicon>): Library {
  let byLexicons = SHARED.get(rules);
  if (!byLexicons) {
    byLexicons = new WeakMap();
    SHARED.set(rules, byLexicons);
  }
  let lib = byLexicons.get(lexicons);
  if (!lib) {
    lib = buildLibrary(rules, lexicons);
    byLexicons.set(lexicons, lib);
  }
  return lib;
}
