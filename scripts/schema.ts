// Writes rules/ruleset.schema.json from rules/ruleset-schema.ts (`npx tsx scripts/schema.ts`), then
// formats it as the linter wants. tests/unit/ruleset.test.ts fails when the file is out of date.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesetSchema } from '../rules/ruleset-schema';

const file = fileURLToPath(new URL('../rules/ruleset.schema.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(rulesetSchema(), null, 2)}\n`);
execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'inherit' });
