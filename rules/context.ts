// Contexts around a hit: proximity ("near") and suppressors ("unless"), counted in words within one
// sentence, and the official-source link check.
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

const HOST =
  /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?=[/:?#\s]|$)/giu;

/** True when the text links to a host equal to, or under, one of the official domains. */
export function officialLinkIn(text: string, domains: readonly string[]): boolean {
  if (!domains.length) return false;
  for (const m of text.matchAll(HOST)) {
    const host = (m[1] ?? '').toLowerCase();
    if (domains.some((d) => host === d || host.endsWith(`.${d}`))) return true;
  }
  return false;
}
