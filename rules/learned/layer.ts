// How the learned layer meets the rules, per checked text (see docs/quality.md, "The learned layer"):
//  - an ambiguous rule hit (the rule opts in with `ambiguous: true`) stays only when the model agrees
//    at its words; at 'fewer' every built-in toxic hit needs that agreement. Pinned rules never wait;
//  - a toxic rule hint takes the tagger's run of words where they overlap (its underline widens to
//    what an annotator would mark), never into another hint;
//  - where no rule fired, a run the model is sure of becomes a learned hint of its own.
// Every decision reads a bounded stretch of tokens (runs.ts LEARNED_REACH), so a re-check of a window
// agrees with a whole check.
import { AIMED_NEXT_TO, AIMED_PHRASES } from '../aimed';
import { type Token, tokenize } from '../normalize';
import type { Finding, ResolvedRule, Sensitivity } from '../types';
import { TOXIC_CATEGORIES } from '../types';
import { type LearnedModel, type Scores, scoreTokens } from './model';
import { type Run, runsOf, withRuns } from './runs';
import { condemned } from './suppress';

/** The thresholds of one sensitivity setting, in logits. */
export interface OperatingPoint {
  /** A token whose tagger logit is above `span` belongs to a run. */
  span: number;
  /** A run is a hint of its own when one token's window + tagger logit is above `hint`. */
  hint: number;
  /** An ambiguous rule hit stays when one of its tokens' window + tagger logit is above `gate`. */
  gate: number;
  /** When set, every built-in toxic hit must pass this threshold the same way. */
  gateAll?: number;
}

export type OperatingPoints = Readonly<Record<Sensitivity, OperatingPoint>>;

const TOXIC = new Set<string>(TOXIC_CATEGORIES);

const keyOf = (t: Pick<Token, 'f' | 'k'>) => `${t.f}\u0000${t.k}`;

/**
 * The words of aimed.ts ("thằng", "mày", "nó", "vl"…): they widen a hint but, as there, never raise
 * one alone. A learned hint needs a run with another word the model is sure of.
 */
const AIMED = new Set([...AIMED_PHRASES, ...AIMED_NEXT_TO].flatMap((p) => tokenize(p).map(keyOf)));

export interface LearnedSetup {
  model: LearnedModel;
  point: OperatingPoint;
  /** Categories in force (a rule of theirs is enabled): a learned hint of another category is dropped. */
  categories: ReadonlySet<string>;
  /** Whether learned hints (severity 'low') are shown. */
  showLow: boolean;
}

export interface LearnedPass {
  /** Whether a rule hit over tokens [from, to] stays. */
  keep(rule: ResolvedRule, from: number, to: number): boolean;
  /** A rule hit over tokens [from, to] was dropped by its own context (counter-speech, quoting…). */
  suppressed(from: number, to: number): void;
  /**
   * The findings after the learned layer: widened rule hints plus learned hints, none inside the
   * user's allowed words (token ranges).
   */
  finish(findings: Finding[], allowed: readonly { from: number; to: number }[]): Finding[];
}

/** Starts the learned pass of one text; the models run once, on first need. */
export function learnedPass(setup: LearnedSetup, text: string, tokens: readonly Token[]): LearnedPass {
  let scores: Scores | null = null;
  const get = () => {
    scores ??= scoreTokens(tokens, setup.model);
    return scores;
  };
  const strongest = (from: number, to: number, skipAimed = false) => {
    const s = get();
    let best = -Infinity;
    for (let i = from; i <= to; i++) {
      if (skipAimed && AIMED.has(keyOf(tokens[i] as Token))) continue;
      best = Math.max(best, (s.window[i] as number) + (s.tag[i] as number));
    }
    return best;
  };
  const { point } = setup;
  const held: { from: number; to: number }[] = [];
  return {
    suppressed(from, to) {
      held.push({ from, to });
    },
    keep(rule, from, to) {
      if (rule.pinned || !TOXIC.has(rule.category)) return true;
      const threshold = rule.ambiguous
        ? Math.min(point.gate, point.gateAll ?? Infinity)
        : rule.source === 'builtin'
          ? point.gateAll
          : undefined;
      return threshold === undefined || strongest(from, to) > threshold;
    },
    finish(findings, allowed) {
      if (!tokens.length) return findings;
      // The user's allowed words are never part of a run.
      let tag = get().tag;
      if (allowed.length) {
        tag = tag.slice();
        for (const a of allowed) tag.fill(-Infinity, a.from, a.to + 1);
      }
      const runs = runsOf(tokens, tag, point.span);
      const sure = (r: Run) =>
        strongest(r.from, r.to, true) > point.hint &&
        !held.some((h) => h.from <= r.to && r.from <= h.to) &&
        !condemned(tokens, r.from);
      return withRuns(text, tokens, findings, runs, tag, sure, setup);
    },
  };
}
