// Every slot lexicon, by id. Frame rules name them; a test checks that each id named exists.
import type { Lexicon } from './define';

const ALL: readonly Lexicon[] = [];

export const LEXICONS: ReadonlyMap<string, Lexicon> = new Map(ALL.map((l) => [l.id, l]));
export { defineLexicon, type Lexicon, lexiconWords } from './define';
