// A family of rules states what its rules share once: `defaults` fill every field a rule leaves out,
// and a rule writes only what differs (its id, kind and matching fields, its examples, and any
// default it overrides: a lower severity, another message, `lang: 'en'`). Defaults are common
// fields (types.ts RuleCommon), so they apply to rules of every kind.
import type { RuleCommon, RuleSpec } from './types';

/** Fields a family may set for all its rules: category and clause always, the others if shared. */
export type FamilyDefaults = Pick<RuleCommon, 'category' | 'clause'> &
  Partial<Pick<RuleCommon, 'severity' | 'message' | 'suggestion' | 'replace' | 'lang' | 'profiles'>>;

/** A rule of a family: a RuleSpec of any kind whose defaulted fields are optional. */
export type FamilyRule<D> = RuleSpec extends infer R
  ? R extends RuleSpec
    ? Omit<R, keyof D> & Partial<Pick<R, keyof D & keyof R>>
    : never
  : never;

/** The family's rules with its defaults filled in (a field a rule states wins). */
export function defineFamily<const D extends FamilyDefaults>(family: {
  defaults: D;
  rules: readonly FamilyRule<D>[];
}): RuleSpec[] {
  // The generic Omit hides from the compiler what FamilyRule guarantees: every field is now present.
  return family.rules.map((rule) => ({ ...family.defaults, ...rule }) as unknown as RuleSpec);
}
