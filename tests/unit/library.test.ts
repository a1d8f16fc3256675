// The built-in rules compile once per process into frozen tries that every checker shares; a
// checker compiles only the agency's and the user's own rules.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';
import { LEXICONS } from '../../rules/lexicons';
import { sharedLibrary } from '../../rules/library';
import { SyllableTrie } from '../../rules/matcher';
import { tokenize } from '../../rules/normalize';
import type { RuleSpec } from '../../rules/types';

const common = { severity: 'high', clause: '4.6', message: { vi: 'm', en: 'm' } } as const;
const BUILTIN: RuleSpec[] = [
  {
    ...common,
    id: 'b-word',
    kind: 'terms',
    category: 'insult',
    terms: ['đồ tồi'],
    unless: [{ terms: ['đùa thôi'] }],
  },
  { ...common, id: 'b-other', kind: 'terms', category: 'vulgar', terms: ['xấu xa'] },
];

describe('shared library of the built-in rules', () => {
  it('is compiled once for a list and its lexicons, then shared', () => {
    expect(sharedLibrary(BUILTIN, LEXICONS)).toBe(sharedLibrary(BUILTIN, LEXICONS));
  });

  it('each checker picks the rules in force from it', () => {
    const all = createChecker({ builtin: BUILTIN });
    const off = createChecker({ builtin: BUILTIN, disabledCategories: ['vulgar'] });
    const text = 'đồ tồi, xấu xa';
    expect(all.check(text).map((f) => f.ruleId)).toEqual(['b-word', 'b-other']);
    expect(off.check(text).map((f) => f.ruleId)).toEqual(['b-word']);
  });

  it("agency rules compile in the checker's own library, with their own contexts", () => {
    const agency = {
      name: 'Sở',
      rules: [
        {
          ...common,
          id: 'a-word',
          kind: 'terms',
          category: 'confidential',
          terms: ['tài liệu mật'],
          unless: [{ terms: ['đã giải mật'] }],
        },
      ] as RuleSpec[],
    };
    const checker = createChecker({ builtin: BUILTIN, agency });
    expect(checker.check('gửi tài liệu mật, đồ tồi').map((f) => f.ruleId)).toEqual(['a-word', 'b-word']);
    // each rule's context is looked up in its own library
    expect(checker.check('tài liệu mật đã giải mật').map((f) => f.ruleId)).toEqual([]);
    expect(checker.check('đồ tồi đùa thôi').map((f) => f.ruleId)).toEqual([]);
  });

  it('an agency rule with a built-in id replaces it', () => {
    const agency = {
      name: 'Sở',
      rules: [
        { ...common, id: 'b-word', kind: 'terms', category: 'insult', terms: ['kém cỏi'] },
      ] as RuleSpec[],
    };
    const checker = createChecker({ builtin: BUILTIN, agency });
    expect(checker.check('đồ tồi').map((f) => f.ruleId)).toEqual([]);
    expect(checker.check('kém cỏi').map((f) => f.source)).toEqual(['agency']);
  });
});

describe('frozen tries', () => {
  it('match the same after freezing, and refuse new words', () => {
    const trie = new SyllableTrie();
    trie.add('bắc kỳ', 1);
    trie.add('buổi', 2, 'exact');
    trie.add('hai lòng', 3, 'typed');
    trie.freeze();
    const ids = (t: string) => trie.match(tokenize(t)).map((h) => h.id);
    expect(ids('bac ky')).toEqual([1]);
    expect(ids('buổi sáng, buồi')).toEqual([2]);
    expect(ids('hai long, hai lòng, hài lòng')).toEqual([3, 3]);
    expect(() => trie.add('khác', 4)).toThrow(/after freeze/);
  });
});
