// Where a learned hint stays quiet, as a rule would: after counter-speech or a quoting word (the
// suppressors the rules share), and over a rule hit that its own context dropped.
import { QUOTED } from '../families/contexts';
import { SyllableTrie } from '../matcher';
import type { Token } from '../normalize';

/**
 * The suppressors the rules share (families/contexts.ts QUOTED): counter-speech up to 6 words before
 * ("đừng gọi người khác là …"), a quoting word up to 2 before ("từ …"), in the same sentence.
 */
const SUPPRESSORS = QUOTED.map((c) => {
  const trie = new SyllableTrie();
  for (const term of c.terms) trie.add(term, 0);
  return { trie, within: c.within };
});

const LOOK_BACK = Math.max(...SUPPRESSORS.map((s) => s.within)) + 4;

export function condemned(tokens: readonly Token[], from: number): boolean {
  let a = Math.max(0, from - LOOK_BACK);
  for (let i = from; i > a; i--) {
    if ((tokens[i] as Token).gap === 2) {
      a = i;
      break;
    }
  }
  const before = tokens.slice(a, from);
  return SUPPRESSORS.some((s) => s.trie.match(before).some((h) => from - (a + h.to) <= s.within));
}
