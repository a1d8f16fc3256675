// Writes the two schemas of the ruleset format from rules/ruleset-schema.ts
// (`npx tsx scripts/schema.ts`), then formats them as the linter wants:
// - rules/ruleset.schema.json, for editors (JSON Schema draft 2020-12);
// - the PinnedRuleset policy of public/managed_schema.json, in the subset of JSON Schema that
//   Chrome reads for extension policies (type on every node, no $ref to $defs, no if/then), and
//   without enums: Chromium drops a whole policy key for one value outside an enum, where the
//   extension's validator reports that value by its path and keeps the last good ruleset.
// tests/unit/ruleset.test.ts fails when either file is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesetSchema } from '../rules/ruleset-schema';

type Schema = Record<string, unknown>;

/** Keywords the policy schema keeps; every other one (enums, limits, patterns, defaults…) is dropped. */
const KEPT = ['type', 'properties', 'items'];

/** `node` in Chrome's subset: references inlined, a type on every node, other keywords dropped. */
export function chromeSubset(node: Schema, defs: Record<string, Schema>): Schema {
  const ref = typeof node.$ref === 'string' ? node.$ref.replace('#/$defs/', '') : undefined;
  if (ref !== undefined) return chromeSubset(defs[ref] as Schema, defs);
  const out: Schema = {};
  for (const key of KEPT) {
    const v = node[key];
    if (v === undefined) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(v as Record<string, Schema>).map(([k, s]) => [k, chromeSubset(s, defs)]),
      );
    } else if (key === 'items') out.items = chromeSubset(v as Schema, defs);
    else out[key] = v;
  }
  // Chrome wants a type on every node; every enum of the format lists strings.
  return { type: node.enum ? 'string' : (node.type as string), ...out };
}

/** The PinnedRuleset policy: the ruleset format, with its title and description for admins. */
export function pinnedRulesetPolicy(managed: { properties: Record<string, Schema> }): Schema {
  const schema = rulesetSchema();
  const { title, description } = managed.properties.PinnedRuleset as Schema;
  return { title, description, ...chromeSubset(schema, schema.$defs as Record<string, Schema>) };
}

const path = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const editor = path('rules/ruleset.schema.json');
  writeFileSync(editor, `${JSON.stringify(rulesetSchema(), null, 2)}\n`);
  const managedPath = path('public/managed_schema.json');
  const managed = JSON.parse(readFileSync(managedPath, 'utf8'));
  managed.properties.PinnedRuleset = pinnedRulesetPolicy(managed);
  writeFileSync(managedPath, `${JSON.stringify(managed, null, 2)}\n`);
  execFileSync('npx', ['biome', 'format', '--write', editor, managedPath], { stdio: 'inherit' });
}
