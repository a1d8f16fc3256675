// createChecker compiles the merged ruleset once (one syllable trie per language for all terms, one
// trie for all context terms, one RegExp per pattern rule); check() is a single pass over the tokens.
import { withAimedWords } from './aimed';
import { contextOf, insideHit, nearHit, officialLinkIn } from './context';
import { addFrame, newFrameIndex } from './frame-compile';
import { type CompiledFrame, type FrameMatch, frameText, matchFrame } from './frames';
import { MARGIN, recheckWindow } from './incremental';
import { detectLang } from './lang';
import { learnedPass, learnedSetup } from './learned/index';
import { LEXICONS } from './lexicons';
import { SyllableTrie, type TermSyllables, type TrieHit } from './matcher';
import { mergeLayers } from './merge';
import { type Token, tokenize } from './normalize';
import { type Candidate, composedLength, firstOfOnce, resolve } from './overlap';
import { mapPatternHits } from './patterns';
import { compilePattern, type PatternScan } from './safe-pattern';
import type { Checker, CheckerOptions, ContextSpec, Finding, Lang, ResolvedRule, RuleSpec } from './types';

interface CompiledContext {
  set: number;
  within: number;
  side: NonNullable<ContextSpec['side']>;
}

interface CompiledRule {
  rule: ResolvedRule;
  near: (CompiledContext & { extend: boolean }) | null;
  unless: CompiledContext[];
}

interface LangMatcher {
  trie: SyllableTrie;
  patterns: { index: number; scan: PatternScan }[];
  /** Indexes of the frame rules of this language. */
  frames: number[];
}

export type { Candidate } from './overlap';

export function createChecker(builtin: readonly RuleSpec[], options: CheckerOptions = {}): Checker {
  const merged = mergeLayers(builtin, options);
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

  const compiled: CompiledRule[] = merged.rules.map((rule) => ({
    rule,
    near: rule.near ? { ...compileContext(rule.near), extend: rule.near.extend ?? false } : null,
    unless: (rule.unless ?? []).map(compileContext),
  }));

  const matchers: Record<Lang, LangMatcher> = {
    vi: { trie: new SyllableTrie(), patterns: [], frames: [] },
    en: { trie: new SyllableTrie(), patterns: [], frames: [] },
  };
  const frameIndex = newFrameIndex();
  const lexicons = options.lexicons ?? LEXICONS;
  compiled.forEach(({ rule }, index) => {
    const langs: Lang[] = rule.lang === 'any' ? ['vi', 'en'] : [rule.lang ?? 'vi'];
    for (const lang of langs) {
      const m = matchers[lang];
      if (rule.kind === 'terms')
        for (const t of rule.terms) m.trie.add(t, index, rule.accents === 'exact', seen);
      else if (rule.kind === 'pattern')
        m.patterns.push({ index, scan: compilePattern(rule.pattern, rule.source === 'builtin') });
      else {
        m.frames.push(index);
        if (!frameIndex.frames.has(index)) addFrame(frameIndex, index, rule, lexicons, setIds, seen);
      }
    }
  });

  // The closures below keep this scope alive: drop the compile-time caches.
  seen.clear();
  setIds.clear();

  // The allow-list, folded and with its accents: an exact-accent rule is hidden only by the word as
  // written ("lon" allowed keeps "lồn" flagged, "các" keeps "cặc").
  const allow = new SyllableTrie();
  const allowExact = new SyllableTrie();
  for (const word of options.allowList ?? []) {
    allow.add(word, 0);
    allowExact.add(word, 0, true);
  }
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
    const m = matchers[lang];
    const tokens = tokenize(text);
    const hits: (TrieHit & { start?: number; end?: number; frame?: FrameMatch })[] = m.trie.match(tokens);
    if (m.patterns.length) hits.push(...mapPatternHits(text, tokens, m.patterns));
    if (m.frames.length) {
      const ft = frameText(text, tokens, frameIndex.trie.match(tokens), frameIndex.prefixed);
      for (const index of m.frames)
        for (const frame of matchFrame(frameIndex.frames.get(index) as CompiledFrame, ft))
          hits.push({ id: index, from: frame.from, to: frame.to, frame });
    }
    const pass = learned && lang === 'vi' ? learnedPass(learned, text, tokens) : null; // learned layer
    if (!hits.length && !pass) return [];

    const ctx = contextOf(contexts, tokens);
    const allowed = allowedRanges(allow, tokens);
    const allowedExact = allowedRanges(allowExact, tokens);
    let official = officialState;
    const candidates: Candidate[] = [];
    for (const hit of hits) {
      const c = compiled[hit.id] as CompiledRule;
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
        const compiledFrame = frameIndex.frames.get(hit.id) as CompiledFrame;
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
