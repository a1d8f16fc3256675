// The extension build drops the built-in rules' examples (tests and the catalogue read them from the
// sources; the extension never does): the transform keeps valid code, and the built content script
// carries no example sentence.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripExamples } from '../../build/strip-rule-examples';
import { exampleText } from '../../rules/examples';
import { BUILTIN_RULES } from '../../rules/families';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');

describe('stripExamples', () => {
  it('removes every examples property, brackets and quotes inside strings included, and nothing else', () => {
    const src = `export const rules = [
  { id: 'a', terms: ['x'], examples: { flag: ['có "}" và {', 'it\\'s ]'], allow: [\`\${'{'}\`] }, clause: '4.6' },
  {
    id: 'b',
    examples: {
      flag: ['y'],
      allow: [],
    },
    message: { vi: 'examples: {', en: 'm' },
  },
];`;
    const out = stripExamples(src);
    const rules = new Function(`${out.replace('export const rules =', 'return')}`)() as Record<
      string,
      unknown
    >[];
    expect(rules).toEqual([
      { id: 'a', terms: ['x'], clause: '4.6' },
      { id: 'b', message: { vi: 'examples: {', en: 'm' } },
    ]);
  });
});

describe('the built content script', () => {
  it('carries no example sentence of any built-in rule', () => {
    expect(existsSync(CONTENT), 'build the extension first: npx wxt build').toBe(true);
    const js = readFileSync(CONTENT, 'utf8');
    // An example that is itself a term ("go back to your country") stays, as the term.
    const terms = new Set(BUILTIN_RULES.flatMap((r) => (r.kind === 'terms' ? r.terms : [])));
    const sentences = BUILTIN_RULES.flatMap((r) => [
      ...(r.examples?.flag ?? []).map(exampleText),
      ...(r.examples?.allow ?? []),
    ]).filter((t) => t.length >= 16 && !terms.has(t));
    expect(sentences.length).toBeGreaterThan(200);
    expect(sentences.filter((t) => js.includes(t))).toEqual([]);
    // the rules themselves are there
    expect(js).toContain('insult-contempt-label');
  });
});
