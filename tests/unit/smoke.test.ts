import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../rules/types';

describe('categories', () => {
  it('has the 11 categories of the architecture', () => expect(CATEGORIES).toHaveLength(11));
});
