// Generates the rules catalogue from rules/categories.ts (the categories: name, clauses, what they cover)
// and the built-in families (category, clause, rule id, what it catches, one example), and writes it
// between the catalogue markers in README.md.
// `npx tsx scripts/catalogue.ts` rewrites the region; `--check` exits 1 when README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORY_TABLE } from '../rules/categories';
import { exampleText } from '../rules/examples';
import { BUILTIN_RULES } from '../rules/families';
import { GUIDANCE_RULES } from '../rules/guidance';
import { RULE_CATEGORIES, type RuleSpec } from '../rules/types';

/** The built-in families plus the guidance reminders (Điều 5.3 is built from policy, so not listed). */
export const CATALOGUE_RULES: readonly RuleSpec[] = [...BUILTIN_RULES, ...GUIDANCE_RULES];

export const START = '<!-- catalogue:start -->';
export const END = '<!-- catalogue:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** One row per category of rules/categories.ts: the names every surface of the extension shows. */
export function renderCategories(): string {
  return [
    '| Category | Name (vi — en) | Kind | Clauses | What it covers |',
    '|---|---|---|---|---|',
    ...CATEGORY_TABLE.map((c) => {
      const kind = c.kind === 'guidance' ? 'guidance' : c.toxic ? 'toxic speech' : 'other';
      const what = `${c.description.vi} — ${c.description.en}`;
      return `| \`${c.id}\` | ${cell(`${c.name.vi} — ${c.name.en}`)} | ${kind} | ${c.clauses.join(', ')} | ${cell(what)} |`;
    }),
  ].join('\n');
}

export function renderCatalogue(rules: readonly RuleSpec[]): string {
  const order = (r: RuleSpec) => RULE_CATEGORIES.indexOf(r.category) * 2 + (r.lang === 'en' ? 1 : 0);
  const sorted = [...rules].sort((a, b) => order(a) - order(b));
  const lines = [
    `Generated from \`rules/categories.ts\`, \`rules/families\` and \`rules/guidance.ts\` by \`npx tsx scripts/catalogue.ts\` (${rules.length} built-in rules; a test fails when these tables are out of date).`,
    '',
    renderCategories(),
    '',
    '| Category | Clause | Rule | What it catches | Example |',
    '|---|---|---|---|---|',
    ...sorted.map((r) => {
      const scope = [r.lang === 'en' ? 'English' : '', r.profiles ? `profiles: ${r.profiles.join(', ')}` : '']
        .filter(Boolean)
        .join('; ');
      const what = `${r.message.vi} — ${r.message.en}${scope ? ` (${scope})` : ''}`;
      const example = exampleText(r.examples?.flag[0] ?? '');
      return `| ${r.category} | ${r.clause} | \`${r.id}\` | ${cell(what)} | ${cell(example)} |`;
    }),
  ];
  return lines.join('\n');
}

/** Replaces only the region between the markers; throws when the markers are missing. */
export function withCatalogue(readme: string, catalogue: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} region`);
  return `${readme.slice(0, a + START.length)}\n${catalogue}\n${readme.slice(b)}`;
}

export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const readme = readFileSync(README_PATH, 'utf8');
  const next = withCatalogue(readme, renderCatalogue(CATALOGUE_RULES));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      process.stderr.write('README.md rules catalogue is out of date: run `npx tsx scripts/catalogue.ts`\n');
      process.exitCode = 1;
    }
  } else if (next !== readme) writeFileSync(README_PATH, next);
}
