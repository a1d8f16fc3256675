// The README's rules catalogue is generated from rules/families; this fails when it is stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_RULES,
  END,
  README_PATH,
  renderCatalogue,
  START,
  withCatalogue,
} from '../../scripts/catalogue';

describe('rules catalogue', () => {
  it('README.md is up to date (run `npx tsx scripts/catalogue.ts` after changing rules)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(withCatalogue(readme, renderCatalogue(CATALOGUE_RULES))).toBe(readme);
  });

  it('lists every rule once with its clause and an example', () => {
    const table = renderCatalogue(CATALOGUE_RULES);
    for (const r of CATALOGUE_RULES) {
      const row = table.split('\n').filter((l) => l.includes(`\`${r.id}\``));
      expect(row).toHaveLength(1);
      expect(row[0]).toContain(`| ${r.clause} |`);
    }
  });

  it('rewrites only the marked region', () => {
    const doc = `intro\n${START}\nold\n${END}\noutro\n`;
    expect(withCatalogue(doc, 'NEW')).toBe(`intro\n${START}\nNEW\n${END}\noutro\n`);
    expect(() => withCatalogue('no markers', 'x')).toThrow(/catalogue/);
  });
});
