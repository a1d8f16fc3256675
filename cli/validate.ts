// `ungxu ruleset validate FILE`: the same validation the extension runs on a policy or an import,
// so an agency can check its ruleset before deploying it.
// Exit 0: valid · 1: invalid (every error, one per line, "path: reason") · 2: bad usage or unreadable file.

import { parseRuleset } from '../rules/ruleset';
import { type CliIo, describeUsageError, oneOf, parseArgs } from './args';
import { unreadable } from './check';
import type { UiLang } from './format';

export const VALIDATE_USAGE = {
  en: `Usage: ungxu ruleset validate [--layer agency|user] FILE
  --layer agency|user     validate as the agency policy (default) or as a user's import`,
  vi: `Cách dùng: ungxu ruleset validate [--layer agency|user] TỆP
  --layer agency|user     kiểm tra như chính sách của cơ quan (mặc định) hoặc bộ quy tắc người dùng nhập`,
};

export async function runRuleset(argv: readonly string[], io: CliIo, ui: UiLang): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`ungxu ruleset: ${message}\n\n${VALIDATE_USAGE[ui]}\n`);
    return 2;
  };
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h') {
    io.stdout(`${VALIDATE_USAGE[ui]}\n`);
    return 0;
  }
  if (sub !== 'validate') {
    return usage(
      sub === undefined
        ? ui === 'vi'
          ? 'thiếu lệnh con (validate)'
          : 'missing subcommand (validate)'
        : ui === 'vi'
          ? `lệnh con không rõ: ${sub}`
          : `unknown subcommand: ${sub}`,
    );
  }
  const parsed = parseArgs(rest, { value: ['layer', 'ui-lang'], boolean: ['help'], alias: { h: 'help' } });
  if (!parsed.ok) return usage(describeUsageError(parsed.error, ui));
  if (parsed.args.flags.has('help')) {
    io.stdout(`${VALIDATE_USAGE[ui]}\n`);
    return 0;
  }
  const layer = oneOf(parsed.args, 'layer', ['agency', 'user'] as const, ui);
  if (!layer.ok) return usage(layer.message);
  const files = parsed.args.positionals;
  if (files.length !== 1) {
    return usage(ui === 'vi' ? 'cần đúng một TỆP' : 'expected exactly one FILE');
  }
  const file = files[0] as string;

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (err) {
    io.stderr(`ungxu ruleset: ${unreadable(file, err, ui)}\n`);
    return 2;
  }
  const result = parseRuleset(text, { layer: layer.value ?? 'agency' });
  if (result.ok) {
    const n = result.ruleset.rules?.length ?? 0;
    const name = result.ruleset.name;
    io.stdout(
      ui === 'vi'
        ? `hợp lệ: "${name}", ${n} quy tắc\n`
        : `valid: "${name}", ${n} rule${n === 1 ? '' : 's'}\n`,
    );
    return 0;
  }
  // Every error, not just the first: an agency fixes its file in one pass.
  for (const e of result.errors) io.stdout(`${e.path || '(root)'}: ${e.message[ui]}\n`);
  const n = result.errors.length;
  io.stderr(ui === 'vi' ? `${file}: ${n} lỗi\n` : `${file}: ${n} error${n === 1 ? '' : 's'}\n`);
  return 1;
}
