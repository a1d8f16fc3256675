// A slot lexicon: a named list of words shared by frame rules ("group.region", "generalizer",
// "trait.negative"…). One file per lexicon; rules refer to them by id. Words go through the same
// normaliser as the text, so teencode and words typed without accents match a folded entry.
import type { LocalText } from '../types';

export interface Lexicon {
  /** Stable id, dotted lower-case ("group.region"); what frame slots name. */
  id: string;
  /** What fills this slot, for the catalogue and for agencies writing frames. */
  about: LocalText;
  /** Words matched with their diacritics folded: "lua dao" matches "lừa đảo". */
  fold?: readonly string[];
  /** Words that must match with their accents, where folding collides with everyday words. */
  exact?: readonly string[];
  /** Other lexicons whose words fill this one too. */
  include?: readonly string[];
}

export const LEXICON_ID = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/;

export function defineLexicon<const L extends Lexicon>(lexicon: L): L {
  return lexicon;
}

/** A lexicon's own words and those of the lexicons it includes, each once, by accent mode. */
export function lexiconWords(
  id: string,
  all: ReadonlyMap<string, Lexicon>,
): { fold: string[]; exact: string[] } {
  const fold = new Set<string>();
  const exact = new Set<string>();
  const seen = new Set<string>();
  const visit = (lid: string) => {
    if (seen.has(lid)) return;
    seen.add(lid);
    const lex = all.get(lid);
    if (!lex) throw new Error(`unknown lexicon "${lid}"`);
    for (const w of lex.fold ?? []) fold.add(w);
    for (const w of lex.exact ?? []) exact.add(w);
    for (const inc of lex.include ?? []) visit(inc);
  };
  visit(id);
  return { fold: [...fold], exact: [...exact] };
}
