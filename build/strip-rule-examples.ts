// Every built-in rule carries its own examples (texts it must flag and leave alone) for the tests and
// the README catalogue. The extension never reads them, yet they were a tenth of the content script:
// this Vite plugin drops the `examples: { … }` property from the rule modules in the extension build
// (the library and CLI keep them).
import type { Plugin } from 'vite';

const RULE_MODULE = /[\\/]rules[\\/](?:families[\\/][^\\/]+|guidance)\.ts$/;

/** Index just past the bracket that closes the one at `open`, skipping string and template literals. */
function closing(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('strip-rule-examples: unbalanced brackets');
}

/** The source without any `examples: { … }` property (and the comma after it). */
export function stripExamples(code: string): string {
  let out = '';
  let from = 0;
  const re = /(^|[\s{,])examples\s*:\s*\{/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const start = m.index + (m[1] as string).length;
    let end = closing(code, m.index + m[0].length - 1);
    const comma = /^\s*,/.exec(code.slice(end));
    if (comma) end += comma[0].length;
    out += code.slice(from, start);
    from = end;
    re.lastIndex = end;
  }
  return out + code.slice(from);
}

export function stripRuleExamples(): Plugin {
  return {
    name: 'ungxu:strip-rule-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_MODULE.test(id.split('?')[0] ?? '')) return null;
      return { code: stripExamples(code), map: null };
    },
  };
}
