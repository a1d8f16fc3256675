// Runs `ungxu eval` from source (npx tsx scripts/eval.ts --data FILE …) without building the CLI.
import { runEval } from '../cli/eval';

const code = await runEval(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
process.exitCode = code;
