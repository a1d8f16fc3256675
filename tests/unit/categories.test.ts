// rules/categories.ts is the one table of categories: every consumer (engine lists, the popup, the card
// and the nudge, the Code page, the catalogue, both JSON schemas) is pinned to it here, and no surface
// writes a category name of its own. The rendered names are checked in Chromium (tests/e2e/*-surface).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoriesOf } from '../../entrypoints/code/ClauseList';
import { categoryName } from '../../entrypoints/content/ui/text';
import { CATEGORY_TABLE } from '../../rules/categories';
import { CLAUSES } from '../../rules/clauses';
import { CATEGORIES, GUIDANCE_CATEGORIES, RULE_CATEGORIES, TOXIC_CATEGORIES } from '../../rules/types';
import { renderCategories } from '../../scripts/catalogue';

const ROOT = resolve(import.meta.dirname, '../..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const code = CATEGORY_TABLE.filter((c) => c.kind === 'code');

describe('the category table', () => {
  it('gives the engine its lists: the Code categories, the toxic ones, the guidance ones, in table order', () => {
    expect(CATEGORIES).toEqual(code.map((c) => c.id));
    expect(TOXIC_CATEGORIES).toEqual(CATEGORY_TABLE.filter((c) => c.toxic).map((c) => c.id));
    expect(TOXIC_CATEGORIES).toEqual([
      'hate',
      'violence',
      'regional',
      'religious',
      'gender',
      'insult',
      'vulgar',
    ]);
    expect(GUIDANCE_CATEGORIES).toEqual(['agency-topic', 'official-source']);
    expect(RULE_CATEGORIES).toEqual(CATEGORY_TABLE.map((c) => c.id));
  });

  it('each row has known clauses and a distinct name and description in both languages', () => {
    const known = new Set(CLAUSES.map((c) => c.id));
    for (const c of CATEGORY_TABLE) {
      expect(c.clauses.length, c.id).toBeGreaterThan(0);
      for (const clause of c.clauses) expect(known.has(clause), `${c.id} ${clause}`).toBe(true);
      for (const text of [c.name, c.description]) {
        expect(text.vi.trim(), c.id).not.toBe('');
        expect(text.en.trim(), c.id).not.toBe('');
      }
    }
    for (const lang of ['vi', 'en'] as const) {
      const names = CATEGORY_TABLE.map((c) => c.name[lang].toLowerCase());
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });
});

describe('every consumer reads it', () => {
  it('the card and the nudge name a category as the table does', () => {
    for (const c of CATEGORY_TABLE) {
      expect(categoryName(c.id, 'vi')).toBe(c.name.vi);
      expect(categoryName(c.id, 'en')).toBe(c.name.en);
    }
  });

  it('the Code page lists each category under every clause it rests on', () => {
    for (const c of CATEGORY_TABLE) {
      for (const clause of c.clauses) expect(categoriesOf(clause).map((x) => x.id)).toContain(c.id);
    }
  });

  it('the catalogue has one row per category with both names', () => {
    const rows = renderCategories().split('\n').slice(2);
    expect(rows).toHaveLength(CATEGORY_TABLE.length);
    CATEGORY_TABLE.forEach((c, i) => {
      expect(rows[i]).toContain(`\`${c.id}\``);
      expect(rows[i]).toContain(`${c.name.vi} — ${c.name.en}`);
      expect(rows[i]).toContain(`| ${c.clauses.join(', ')} |`);
    });
  });

  it("the ruleset schema's category enums are the table's ids", () => {
    const defs = json('rules/ruleset.schema.json').$defs;
    expect(defs.category.enum).toEqual(CATEGORIES);
    expect(defs.ruleCategory.enum).toEqual(RULE_CATEGORIES);
  });

  it("the managed schema names categories by the table's ids, and LockedCategories names each one", () => {
    const p = json('public/managed_schema.json').properties;
    const pinned = p.PinnedRuleset.properties;
    // No enums: Chromium drops the whole key for one bad entry (a whole ruleset, or every lock); the
    // extension checks the ids itself (the ruleset validator, policy.ts) and keeps the last good value.
    expect(pinned.rules.items.properties.category).toEqual({ type: 'string' });
    expect(pinned.lockCategories.items).toEqual({ type: 'string' });
    expect(p.LockedCategories.items).toEqual({ type: 'string' });
    const named = code.map((c) => `${c.id} (${c.name.vi} / ${c.name.en})`).join(', ');
    expect(p.LockedCategories.description).toBe(`Category ids users cannot switch off: ${named}.`);
  });

  it('no extension surface writes a category name of its own (popup _locales, components, content UI)', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(ROOT, dir)).flatMap((f) => {
        const path = join(dir, f);
        return statSync(join(ROOT, path)).isDirectory() ? files(path) : [path];
      });
    const sources = ['entrypoints', 'components', 'settings', 'sites', 'public/_locales']
      .flatMap(files)
      .filter((f) => /\.(tsx?|json)$/.test(f));
    const own: string[] = [];
    for (const f of sources) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      for (const c of CATEGORY_TABLE) {
        for (const name of [c.name.vi, c.name.en]) {
          // A string that is just the name: a label of its own, not prose that uses the words.
          if (text.includes(`'${name}'`) || text.includes(`"${name}"`)) own.push(`${f}: ${name}`);
        }
      }
    }
    expect(own).toEqual([]);
  });
});
