// The README's generated parts: the rules catalogue (from rules/), which fails when stale, and the pictures
// that scripts/screenshots.ts takes of the built extension.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

  it('README shows the card and popup pictures that scripts/screenshots.ts writes', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    for (const image of ['docs/images/card.png', 'docs/images/popup.png']) {
      expect(readme).toContain(`src="${image}"`);
      expect(existsSync(join(dirname(README_PATH), image)), image).toBe(true);
      expect(readFileSync(join(dirname(README_PATH), 'scripts/screenshots.ts'), 'utf8')).toContain(
        `'${image.split('/').pop()}'`,
      );
    }
  });
});
