// createChecker compiles the merged ruleset once (one syllable trie per language for all terms, one
// trie for all context terms, one RegExp per pattern rule); check() is a single pass over the tokens.
import { withAimedWords } from './aimed';
import { contextOf, insideHit, nearHit, officialLinkIn } from './context';
import { type CompiledFrame, type FrameMatch, frameText, matchFrame } from './frames';
import { MARGIN, recheckWindow } from './incremental';
import { detectLang } from './lang';
import { learnedPass, learnedSetup } from './learned/index';
import { LEXICONS } from './lexicons';
import { buildLibrary, type Library, type RuleContexts, sharedLibrary } from './library';
import { SyllableTrie, type TrieHit } from './matcher';
import { mergeLayers } from './merge';
import { type Token, tokenize } from './normalize';
import { type Candidate, composedLength, firstOfOnce, resolve } from './overlap';
import { mapPatternHits } from './patterns';
import { compilePattern, type PatternScan } from './safe-pattern';
import type { Checker, CheckerOptions, Finding, Lang, ResolvedRule, RuleSpec } from './types';

interface CompiledRule extends RuleContexts {
  rule: ResolvedRule;
  /** Which library the rule's tries live in: 0 the shared built-in one, 1 the checker's own. */
  lib: number;
  frame?: CompiledFrame;
}

/** A library and, per rule of it, the rule's index in this checker (-1: not in force). */
interface Source {
  lib: Library;
  toChecker: Int32Array;
  /** Frame rules in force per language: [index in the library, index in the checker]. */
  frames: Record<Lang, [number, number][]>;
}

export type { Candidate } from './overlap';

export function createChecker(builtin: readonly RuleSpec[], options: CheckerOptions = {}): Checker {
  const merged = mergeLayers(builtin, options);
  const lexicons = options.lexicons ?? LEXICONS;
  // Built-in rules come compiled from the shared library; the agency's and the user's own rules are
  // compiled here.
  const custom = merged.rules.filter((r) => r.source !== 'builtin');
  const sources: Source[] = [
    sharedLibrary(builtin, lexicons),
    ...(custom.length ? [buildLibrary(custom, lexicons)] : []),
  ].map((lib) => ({
    lib,
    toChecker: new Int32Array(lib.ruleContexts.length).fill(-1),
    frames: { vi: [], en: [] },
  }));
  const patterns: Record<Lang, { index: number; scan: PatternScan }[]> = { vi: [], en: [] };
  const compiled: CompiledRule[] = merged.rules.map((rule, index) => {
    const lib = rule.source === 'builtin' ? 0 : 1;
    const src = sources[lib] as Source;
    const at = src.lib.byId.get(rule.id) as number;
    src.toChecker[at] = index;
    const frame = rule.kind === 'frame' ? src.lib.frames.frames.get(at) : undefined;
    for (const lang of rule.lang === 'any' ? (['vi', 'en'] as const) : [rule.lang ?? 'vi']) {
      if (rule.kind === 'pattern')
        patterns[lang].push({ index, scan: compilePattern(rule.pattern, rule.source === 'builtin') });
      else if (frame) src.frames[lang].push([at, index]);
    }
    return { ...(src.lib.ruleContexts[at] as RuleContexts), rule, lib, ...(frame ? { frame } : {}) };
  });

  // The allow-list, folded and with its accents: an exact-accent rule is hidden only by the word as
  // written ("lon" allowed keeps "lồn" flagged, "các" keeps "cặc").
  const allow = new SyllableTrie();
  const allowExact = new SyllableTrie();
  for (const word of options.allowList ?? []) {
    allow.add(word, 0);
    allowExact.add(word, 0, true);
  }
  allow.freeze();
  allowExact.freeze();
  // --- learned layer (rules/learned): gates ambiguous hits, widens toxic hints, adds learned hints.
  const learned = learnedSetup(merged.rules, options);
  const officialDomains = merged.officialDomains;
  const fixedLang = options.lang && options.lang !== 'auto' ? options.lang : null;

  // Detected on the composed text: "bắc kỳ" typed decomposed (NFD) is not English.
  const langOf = (text: string) => fixedLang ?? detectLang(text.normalize('NFC'));
  const needsOfficial = compiled.some((c) => c.rule.unlessOfficialLink);
  const hasOnce = compiled.some((c) => c.rule.once);
  const officialOf = (text: string) => needsOfficial && officialLinkIn(text, officialDomains);
  // The whole-text facts of the last text rechecked: on the next keystroke it is `prev`, so its
  // language and link state are not worked out a second time.
  let known = { text: '', lang: 'vi' as Lang, official: false };
  const factsOf = (text: string) => {
    if (known.text !== text) known = { text, lang: langOf(text), official: officialOf(text) };
    return known;
  };

  /** Checks `text` as a whole document, or as a window of one whose language and link state are given. */
  function run(text: string, lang: Lang, officialState?: boolean): Finding[] {
    if (!text) return [];
    const tokens = tokenize(text);
    const hits: (TrieHit & { start?: number; end?: number; frame?: FrameMatch })[] = [];
    for (const src of sources) {
      for (const h of src.lib.terms[lang].match(tokens)) {
        h.id = src.toChecker[h.id] as number;
        if (h.id >= 0) hits.push(h);
      }
      const frames = src.frames[lang];
      if (!frames.length) continue;
      const ft = frameText(
        text,
        tokens,
        src.lib.frames.trie.match(tokens),
        src.lib.frames.prefixed,
        src.lib.frames.bare,
      );
      for (const [at, index] of frames)
        for (const frame of matchFrame(src.lib.frames.frames.get(at) as CompiledFrame, ft))
          hits.push({ id: index, from: frame.from, to: frame.to, frame });
    }
    if (patterns[lang].length) hits.push(...mapPatternHits(text, tokens, patterns[lang]));
    const pass = learned && lang === 'vi' ? learnedPass(learned, text, tokens) : null; // learned layer
    if (!hits.length && !pass) return [];

    // Contexts per library, looked for once per check.
    const ctxs = sources.map((src) => contextOf(src.lib.contexts, tokens));
    const allowed = allowedRanges(allow, tokens);
    const allowedExact = allowedRanges(allowExact, tokens);
    let official = officialState;
    const candidates: Candidate[] = [];
    for (const hit of hits) {
      const c = compiled[hit.id] as CompiledRule;
      const ctx = ctxs[c.lib] as Map<number, TrieHit[]>;
      let { from, to } = hit;
      // Contexts of a frame are looked for around the whole frame, not its main words alone, and in
      // the gaps between its slots, counted from the main slot.
      const around = hit.frame?.extent ?? hit;
      const contextHit = (set: number, within: number, side: 'before' | 'after' | 'both') =>
        nearHit(ctx.get(set), around.from, around.to, within, side, tokens) ??
        (hit.frame ? insideHit(ctx.get(set), hit.frame, within, side) : null);
      if (c.near) {
        const o = contextHit(c.near.set, c.near.within, c.near.side);
        if (!o) continue;
        if (c.near.extend) {
          from = Math.min(from, o.from);
          to = Math.max(to, o.to);
        }
      }
      if (c.unless.some((u) => contextHit(u.set, u.within, u.side))) {
        pass?.suppressed(around.from, around.to); // learned layer: no learned hint where a rule stood down
        continue;
      }
      if (c.rule.unlessOfficialLink) {
        official ??= officialLinkIn(text, officialDomains);
        if (official) continue;
      }
      // An allowed word or phrase hides every hit inside it ("ngu như bò" also hides its "ngu").
      const allowList = c.rule.kind === 'terms' && c.rule.accents === 'exact' ? allowedExact : allowed;
      if (!c.rule.pinned && allowList.some((a) => a.from <= hit.from && hit.to <= a.to)) continue;
      if (pass && !pass.keep(c.rule, hit.from, hit.to)) continue; // learned layer
      const own = hit.start !== undefined && hit.end !== undefined && !c.near?.extend;
      const cand: Candidate = {
        index: hit.id,
        from,
        to,
        start: own ? (hit.start as number) : Math.min(hit.start ?? Infinity, (tokens[from] as Token).start),
        end: own ? (hit.end as number) : Math.max(hit.end ?? 0, (tokens[to] as Token).end),
      };
      if (hit.frame) {
        const spanOf = (r: { from: number; to: number }) => ({
          start: (tokens[r.from] as Token).start,
          end: (tokens[r.to] as Token).end,
        });
        const compiledFrame = c.frame as CompiledFrame;
        cand.slots = hit.frame.related.map((r) => ({
          name: compiledFrame.slots[r.slot]?.name ?? '',
          ...spanOf(r),
        }));
        cand.extent = spanOf(hit.frame.extent);
      }
      candidates.push(cand);
    }
    const findings = resolve(firstOfOnce(candidates, compiled), compiled, composedLength(text)).map((cand) =>
      toFinding(text, cand, (compiled[cand.index] as CompiledRule).rule),
    );
    return pass ? pass.finish(findings, [...allowed, ...allowedExact]) : findings; // learned layer
  }

  const check = (text: string) => withAimedWords(text, run(text, langOf(text)));
  /** The findings of `text` after an edit of `prev`, before aimed words: a window when it can. */
  const recheckRun = (prev: string, prevFindings: readonly Finding[], text: string): Finding[] => {
    const before = factsOf(prev);
    const { lang, official } = factsOf(text);
    const whole = () => run(text, lang, official);
    if (lang !== before.lang || official !== before.official) return whole();
    return recheckWindow(prev, prevFindings, text, (slice) => run(slice, lang, official)) ?? whole();
  };
  return {
    check,
    recheck(prev, prevFindings, text) {
      if (prev === text) return [...prevFindings];
      // A `once` rule keeps its earliest hit in the whole text: a window cannot know that.
      if (text.length < 4 * MARGIN || hasOnce) return check(text);
      return withAimedWords(text, recheckRun(prev, prevFindings, text));
    },
    lang: langOf,
    rules: merged.rules,
    lockedCategories: merged.lockedCategories,
  };
}

function allowedRanges(allow: SyllableTrie, tokens: readonly Token[]): readonly TrieHit[] {
  return allow.terms ? allow.match(tokens) : [];
}

function toFinding(text: string, c: Candidate, rule: ResolvedRule): Finding {
  const f: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start: c.start,
    end: c.end,
    matched: text.slice(c.start, c.end),
    message: rule.message,
    clause: rule.clause,
    source: rule.source,
    pinned: rule.pinned,
  };
  if (rule.suggestion) f.suggestion = rule.suggestion;
  if (c.slots?.length) f.slots = c.slots;
  if (rule.replace) f.replace = rule.replace;
  return f;
}
