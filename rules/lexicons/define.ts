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
  /**
   * Words matched as written or typed without accents, never with other accents: "hai lòng" matches
   * "hai long", not "hài lòng" (satisfied). The usual choice: folding collides with everyday words.
   */
  typed?: readonly string[];
  /** Words that must match with their accents, where folding collides with everyday words. */
  exact?: readonly string[];
  /**
   * Words that need their accents, except in a sentence typed without any: there they match folded
   * ("mày" fills a slot in "may ngu vl", not in "chúc may mắn" nor "cái máy này"). For words whose
   * unaccented spelling is an everyday word only when the writer types accents elsewhere.
   */
  bare?: readonly string[];
  /**
   * Words that may stand right before any word of this lexicon and then belong to it, matched as
   * typed: "dân", "người", "bọn" make "dân Thanh Hóa" one word without listing every pair.
   */
  prefixes?: readonly string[];
  /** Words that count only right after one of `prefixes`, matched as typed ("người Hoa", not "hoa"). */
  prefixed?: readonly string[];
  /** Other lexicons whose words fill this one too. */
  include?: readonly string[];
}

export const LEXICON_ID = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/;

export function defineLexicon<const L extends Lexicon>(lexicon: L): L {
  return lexicon;
}

/** One lexicon's own words, as a frame compiles them (its includes are parts of their own). */
export interface LexiconPart {
  id: string;
  fold: readonly string[];
  typed: readonly string[];
  exact: readonly string[];
  bare: readonly string[];
  prefixes: readonly string[];
  prefixed: readonly string[];
}

/** A lexicon and every lexicon it includes, each once. */
export function lexiconParts(id: string, all: ReadonlyMap<string, Lexicon>): LexiconPart[] {
  const parts: LexiconPart[] = [];
  const seen = new Set<string>();
  const visit = (lid: string) => {
    if (seen.has(lid)) return;
    seen.add(lid);
    const lex = all.get(lid);
    if (!lex) throw new Error(`unknown lexicon "${lid}"`);
    parts.push({
      id: lid,
      fold: lex.fold ?? [],
      typed: lex.typed ?? [],
      exact: lex.exact ?? [],
      bare: lex.bare ?? [],
      prefixes: lex.prefixes ?? [],
      prefixed: lex.prefixed ?? [],
    });
    for (const inc of lex.include ?? []) visit(inc);
  };
  visit(id);
  return parts;
}

/**
 * A lexicon's words and those of the lexicons it includes, each once, by accent mode; words that
 * need a prefix are listed with each of their prefixes ("người hoa").
 */
export function lexiconWords(
  id: string,
  all: ReadonlyMap<string, Lexicon>,
): { fold: string[]; typed: string[]; exact: string[]; bare: string[] } {
  const fold = new Set<string>();
  const typed = new Set<string>();
  const exact = new Set<string>();
  const bare = new Set<string>();
  for (const part of lexiconParts(id, all)) {
    for (const w of part.fold) fold.add(w);
    for (const w of part.typed) typed.add(w);
    for (const w of part.exact) exact.add(w);
    for (const w of part.bare) bare.add(w);
    for (const w of part.prefixed) for (const p of part.prefixes) typed.add(`${p} ${w}`);
  }
  return { fold: [...fold], typed: [...typed], exact: [...exact], bare: [...bare] };
}
