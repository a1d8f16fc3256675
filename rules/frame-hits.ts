// The slot-word hits of a text before frames are matched: words typed without accents in a bare
// sentence given to the set they fill, and prefixed words extended over their prefix.
import type { TrieHit } from './matcher';
import type { Token } from './normalize';

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

/** Vietnamese letters with a mark or tone, precomposed or combining (đ, ă, â, ê, ô, ơ, ư and tones). */
const ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]|[\u0300-\u036F]/u;

/**
 * Hits of `bare` words matched folded are kept, as hits of the set they fill, only in a sentence
 * that holds no accented letter at all ("may ngu vl"); elsewhere the word needs its accents.
 */
export function inBareSentences(
  text: string,
  tokens: readonly Token[],
  sentence: Int32Array,
  hits: readonly TrieHit[],
  bare: ReadonlyMap<number, number>,
): TrieHit[] {
  let isBare: boolean[] | null = null;
  const out: TrieHit[] = [];
  for (const h of hits) {
    const own = bare.get(h.id);
    if (own === undefined) {
      out.push(h);
      continue;
    }
    isBare ??= bareSentences(text, tokens, sentence);
    if (isBare[sentence[h.from] as number]) out.push({ ...h, id: own });
  }
  return out;
}

/** Per sentence: true when it holds no accented letter. */
function bareSentences(text: string, tokens: readonly Token[], sentence: Int32Array): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < tokens.length; ) {
    const s = sentence[i] as number;
    let j = i;
    while (j + 1 < tokens.length && sentence[j + 1] === s) j++;
    out[s] = !ACCENTED.test(text.slice((tokens[i] as Token).start, (tokens[j] as Token).end));
    i = j + 1;
  }
  return out;
}

/** A syllable typed without any accent: its key is its folded letters and tone 0 ("dan" → "dan0"). */
const isPlain = (t: Token) => t.k === `${t.f}0`;

/** Hits of prefixed words, extended over the longest prefix right before them and given their set. */
export function withPrefixes(
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
    // A prefix typed without accents counts only before a word typed so too: in accented text "tui"
    // is "I", not "tụi" (them).
    let plain = true;
    for (let i = h.from; i <= h.to && plain; i++) plain = isPlain(tokens[i] as Token);
    for (const p of rule.prefixes) {
      const start = h.from - p.f.length;
      if (start < 0 || start >= from) continue;
      let ok = true;
      for (let i = 0; i < p.f.length && ok; i++) {
        const t = tokens[start + i] as Token;
        // one phrase: no punctuation inside the prefix or between it and the word
        ok =
          t.f === p.f[i] &&
          (t.k === p.k[i] || (plain && isPlain(t))) &&
          (tokens[start + i + 1] as Token).gap === 0;
      }
      if (ok) from = start;
    }
    if (from < h.from || !rule.required) out.push({ id: rule.set, from, to: h.to });
  }
  return out;
}
