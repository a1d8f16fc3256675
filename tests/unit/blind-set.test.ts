// The blind sets are well formed and big enough to measure with: at least 40 positives whose labels
// include each of the 11 categories and at least 300 hard negatives per set. Their texts are read
// only by `npm run eval:blind`, which prints figures and ids.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBlindSet } from '../../cli/blind-metrics';
import { CATEGORIES } from '../../rules/types';

const DIR = resolve(import.meta.dirname, '../blind');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('blind sets', () => {
  it('there is at least one', () => expect(FILES.length).toBeGreaterThan(0));

  it.each(FILES)('%s: valid, ≥ 40 positives per category, ≥ 300 hard negatives, NFC text', (file) => {
    const set = validateBlindSet(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file);
    for (const c of CATEGORIES)
      expect(set.positives.filter((p) => p.labels.includes(c)).length, c).toBeGreaterThanOrEqual(40);
    expect(set.negatives.length).toBeGreaterThanOrEqual(300);
    for (const item of [...set.positives, ...set.negatives])
      expect(item.text).toBe(item.text.normalize('NFC'));
  });
});
