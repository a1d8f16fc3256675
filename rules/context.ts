// Contexts around a hit: proximity ("near") and suppressors ("unless"), counted in words within one
// sentence, and the official-source link check.
import type { FrameMatch } from './frames';
import type { SyllableTrie, TrieHit } from './matcher';
import type { Token } from './normalize';

/** Occurrences of every context term in the text, by context-set id (computed once per check). */
export function contextOf(trie: SyllableTrie, tokens: readonly Token[]): Map<number, TrieHit[]> {
  const bySet = new Map<number, TrieHit[]>();
  if (!trie.terms) return bySet;
  for (const h of trie.match(tokens)) {
    const list = bySet.get(h.id);
    if (list) list.push(h);
    else bySet.set(h.id, [h]);
  }
  return bySet;
}

function sameSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]?.gap === 2) return false;
  return true;
}

/** The first context occurrence within `within` words of tokens [from, to] on `side`, or null. */
export function nearHit(
  occurrences: readonly TrieHit[] | undefined,
  from: number,
  to: number,
  within: number,
  side: 'before' | 'after' | 'both',
  tokens: readonly Token[],
): TrieHit | null {
  if (!occurrences) return null;
  for (const o of occurrences) {
    if (o.to < from) {
      if (side !== 'after' && from - o.to <= within && sameSentence(tokens, o.to + 1, from)) return o;
    } else if (o.from > to) {
      if (side !== 'before' && o.from - to <= within && sameSentence(tokens, to + 1, o.from)) return o;
    }
  }
  return null;
}

/**
 * For a frame: the first context occurrence in the gaps between its slots, within `within` words on
 * `side` of one of them ("mày [không] ngu", "dân X toàn [bị] lừa đảo", "xử [lý] nó", "gay [gắt]"),
 * or one that takes in part of a slot's words and so reads them otherwise ("thời [gian]" is not
 * "gian", dishonest). Words inside a slot are not contexts: the "không" of "không biết điều" is the
 * trait.
 */
export function insideHit(
  occurrences: readonly TrieHit[] | undefined,
  frame: FrameMatch,
  within: number,
  side: 'before' | 'after' | 'both',
): TrieHit | null {
  if (!occurrences) return null;
  const { extent } = frame;
  const slots: { from: number; to: number }[] = [frame, ...frame.related];
  for (const o of occurrences) {
    if (o.to < extent.from || o.from > extent.to) continue;
    if (slots.some((r) => r.from <= o.from && o.to <= r.to)) continue;
    if (slots.some((r) => o.from <= r.to && r.from <= o.to)) return o;
    if (o.from < extent.from || o.to > extent.to) continue;
    for (const r of slots) {
      const before = r.from - o.to;
      const after = o.from - r.to;
      if (side !== 'after' && before >= 1 && before <= within) return o;
      if (side !== 'before' && after >= 1 && after <= within) return o;
    }
  }
  return null;
}

/** Characters that end a chunk of text where a link or bare address may stand. */
const BRACKETS = new Set([...'<>"\'()[]{}'].map((c) => c.charCodeAt(0)));
const isDelimiter = (code: number) =>
  code <= 0x20 ||
  BRACKETS.has(code) ||
  code === 0xa0 ||
  code === 0x3000 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029;
/** A host name: dot-separated labels (a label holds no dot, so this cannot backtrack much). */
const HOSTNAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/;

/**
 * True when the text links to a host equal to, or under, one of the official domains. Only the
 * chunks around a dot are looked at, each once: linear in the text (an unanchored host regex took
 * 255 ms on 20,000 characters of "a.a.a.…").
 */
export function officialLinkIn(text: string, domains: readonly string[]): boolean {
  if (!domains.length) return false;
  let dot = text.indexOf('.');
  while (dot >= 0) {
    let start = dot;
    while (start > 0 && !isDelimiter(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < text.length && !isDelimiter(text.charCodeAt(end))) end++;
    if (end - start <= 2048 && isOfficial(text.slice(start, end), domains)) return true;
    dot = text.indexOf('.', end);
  }
  return false;
}

function isOfficial(chunk: string, domains: readonly string[]): boolean {
  const host = (chunk.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/:?#]/)[0] ?? '')
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[.,;!]+$/, '');
  if (host.length > 253 || !HOSTNAME.test(host)) return false;
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
