// Merge order (documented in docs/ruleset-format.md):
//   built-in profile → agency ruleset → user (imported ruleset, category switches, severity).
// The agency layer may add rules (pinned), disable built-in ones and lock categories. The user may
// switch off what is not locked and never what the agency pinned.
import { ruleInProfile } from './profiles';
import { type Category, type CheckerOptions, type ResolvedRule, type RuleSpec, severityRank } from './types';

export interface Merged {
  rules: ResolvedRule[];
  lockedCategories: Category[];
  officialDomains: string[];
}

function disabledBy(list: readonly string[] | undefined): (r: RuleSpec) => boolean {
  const set = new Set(list ?? []);
  return (r) => set.has(r.id) || set.has(r.category);
}

export function mergeLayers(builtin: readonly RuleSpec[], options: CheckerOptions): Merged {
  const profile = options.profile ?? 'citizen';
  const { agency, user } = options;
  const locked = new Set<string>(agency?.lockCategories ?? []);
  const byId = new Map<string, ResolvedRule>();

  // A category both locked and disabled by the agency stays on (the lock is the stronger word, and
  // the popup shows it locked on); disabling single rule ids of a locked category still works.
  const agencyOff = disabledBy((agency?.disable ?? []).filter((d) => !locked.has(d)));
  for (const r of builtin) {
    if (ruleInProfile(r, profile) && !agencyOff(r))
      byId.set(r.id, { ...r, source: 'builtin', pinned: false });
  }
  // Agency rules replace a built-in rule with the same id and are pinned.
  for (const r of agency?.rules ?? []) {
    if (ruleInProfile(r, profile)) byId.set(r.id, { ...r, source: 'agency', pinned: true });
  }

  const userOff = disabledBy(user?.disable);
  const switchedOff = new Set<string>(options.disabledCategories ?? []);
  const minRank = severityRank(options.minSeverity ?? 'low');
  const isSwitchedOff = (r: RuleSpec) => switchedOff.has(r.category);
  // Guidance ('info') is not a level of severity: the sensitivity setting does not hide it.
  const belowSensitivity = (r: RuleSpec) => r.severity !== 'info' && severityRank(r.severity) < minRank;
  for (const [id, r] of byId) {
    if (r.pinned) continue;
    const canSwitch = !locked.has(r.category);
    if ((canSwitch && (userOff(r) || isSwitchedOff(r))) || belowSensitivity(r)) byId.delete(id);
  }
  // User rules never replace agency or built-in rules.
  for (const r of user?.rules ?? []) {
    if (byId.has(r.id) || !ruleInProfile(r, profile)) continue;
    if (isSwitchedOff(r) || belowSensitivity(r)) continue;
    byId.set(r.id, { ...r, source: 'user', pinned: false });
  }

  return {
    rules: [...byId.values()],
    lockedCategories: [...(agency?.lockCategories ?? [])],
    officialDomains: [
      ...(options.officialDomains ?? []),
      ...(agency?.officialDomains ?? []),
      ...(user?.officialDomains ?? []),
    ],
  };
}
