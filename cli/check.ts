// `ungxu check`: read files (or stdin), run the checker on each document, print findings.
// Exit 0: nothing found · 1: something found · 2: bad usage, unreadable input or invalid --ruleset.

import { createChecker } from '../rules/index';
import { parseRuleset } from '../rules/ruleset';
import type { CheckerOptions, Profile, Ruleset, Sensitivity, Severity } from '../rules/types';
import { PROFILES, SENSITIVITIES, SEVERITIES } from '../rules/types';
import { type CliIo, describeUsageError, oneOf, parseArgs } from './args';
import {
  type DocResult,
  formatJson,
  formatJsonl,
  formatText,
  splitLines,
  summary,
  type UiLang,
} from './format';

export const CHECK_USAGE = {
  en: `Usage: ungxu check [options] [FILE…]   (no FILE, or "-": read stdin)
  --profile citizen|civil-servant|agency-page   rule profile (default citizen)
  --ruleset FILE          an agency/user ruleset (JSON), applied as the agency layer
  --lang auto|vi|en       text language (default auto: detected per document)
  --min-severity low|medium|high   hide findings below this severity (default low)
  --sensitivity fewer|balanced|more   how many hints: the on-device model's operating point (default balanced)
  --format text|json|jsonl         output format (default text)
  --lines                 each input line is its own document
  --ui-lang en|vi         language of messages (default en)`,
  vi: `Cách dùng: ungxu check [tùy chọn] [TỆP…]   (không có TỆP, hoặc "-": đọc stdin)
  --profile citizen|civil-servant|agency-page   bộ quy tắc (mặc định citizen)
  --ruleset TỆP           bộ quy tắc của cơ quan/người dùng (JSON), áp dụng ở lớp cơ quan
  --lang auto|vi|en       ngôn ngữ văn bản (mặc định auto: tự nhận diện từng văn bản)
  --min-severity low|medium|high   ẩn gợi ý dưới mức này (mặc định low)
  --sensitivity fewer|balanced|more   số gợi ý: ngưỡng của mô hình trên máy (mặc định balanced)
  --format text|json|jsonl         định dạng đầu ra (mặc định text)
  --lines                 mỗi dòng đầu vào là một văn bản riêng
  --ui-lang en|vi         ngôn ngữ thông báo (mặc định en)`,
};

const STDIN = '<stdin>';

export async function runCheck(argv: readonly string[], io: CliIo, ui: UiLang): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`ungxu check: ${message}\n\n${CHECK_USAGE[ui]}\n`);
    return 2;
  };
  const parsed = parseArgs(argv, {
    value: ['profile', 'ruleset', 'lang', 'format', 'ui-lang', 'min-severity', 'sensitivity'],
    boolean: ['lines', 'help'],
    alias: { h: 'help' },
  });
  if (!parsed.ok) return usage(describeUsageError(parsed.error, ui));
  const args = parsed.args;
  if (args.flags.has('help')) {
    io.stdout(`${CHECK_USAGE[ui]}\n`);
    return 0;
  }
  const profile = oneOf<Profile>(args, 'profile', PROFILES, ui);
  if (!profile.ok) return usage(profile.message);
  const lang = oneOf(args, 'lang', ['auto', 'vi', 'en'] as const, ui);
  if (!lang.ok) return usage(lang.message);
  const format = oneOf(args, 'format', ['text', 'json', 'jsonl'] as const, ui);
  if (!format.ok) return usage(format.message);
  const minSeverity = oneOf<Severity>(args, 'min-severity', SEVERITIES, ui);
  if (!minSeverity.ok) return usage(minSeverity.message);
  const sensitivity = oneOf<Sensitivity>(args, 'sensitivity', SENSITIVITIES, ui);
  if (!sensitivity.ok) return usage(sensitivity.message);
  const uiFlag = oneOf(args, 'ui-lang', ['vi', 'en'] as const, ui);
  if (!uiFlag.ok) return usage(uiFlag.message);

  const options: CheckerOptions = { profile: profile.value ?? 'citizen', lang: lang.value ?? 'auto' };
  if (minSeverity.value) options.minSeverity = minSeverity.value;
  if (sensitivity.value) options.sensitivity = sensitivity.value;
  const rulesetPath = args.values.ruleset;
  if (rulesetPath !== undefined) {
    const agency = await loadRuleset(rulesetPath, io, ui);
    if (agency === undefined) return 2;
    options.agency = agency;
  }

  const files = args.positionals.length > 0 ? args.positionals : ['-'];
  if (files.includes('-') && io.stdinIsTTY) {
    return usage(
      ui === 'vi'
        ? 'không có đầu vào: hãy cho TỆP hoặc chuyển văn bản qua stdin'
        : 'no input: give a FILE or pipe text to stdin',
    );
  }
  // Read everything first: an unreadable file fails the run before any output (exit 2).
  const inputs: { file: string; text: string }[] = [];
  let stdin: string | undefined;
  for (const file of files) {
    try {
      if (file === '-') stdin ??= await io.readStdin();
      inputs.push({
        file: file === '-' ? STDIN : file,
        text: file === '-' ? (stdin as string) : await io.readFile(file),
      });
    } catch (err) {
      io.stderr(`ungxu check: ${unreadable(file, err, ui)}\n`);
      return 2;
    }
  }

  let checker: ReturnType<typeof createChecker>;
  try {
    checker = createChecker(options);
  } catch (err) {
    // A rule the validator let through but the compiler refused (e.g. an unsafe pattern): say so, no stack.
    const reason = err instanceof Error ? err.message : String(err);
    io.stderr(
      `ungxu check: ${ui === 'vi' ? 'không biên dịch được bộ quy tắc' : 'cannot compile the rules'}: ${reason}\n`,
    );
    return 2;
  }
  const docs: DocResult[] = [];
  for (const { file, text } of inputs) {
    if (!args.flags.has('lines')) {
      docs.push({ file, text, findings: checker.check(text) });
      continue;
    }
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      docs.push({ file, line: i + 1, text: line, findings: checker.check(line) });
    }
  }

  const multiFile = inputs.length > 1;
  const fmt = format.value ?? 'text';
  if (fmt === 'json') io.stdout(formatJson(docs));
  else if (fmt === 'jsonl') io.stdout(formatJsonl(docs, multiFile));
  else {
    io.stdout(formatText(docs, multiFile, ui));
    io.stderr(summary(docs, ui));
  }
  return docs.some((d) => d.findings.length > 0) ? 1 : 0;
}

/** Reads and validates a --ruleset file; prints every error and returns undefined when it is unusable. */
async function loadRuleset(path: string, io: CliIo, ui: UiLang): Promise<Ruleset | undefined> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (err) {
    io.stderr(`ungxu check: ${unreadable(path, err, ui)}\n`);
    return undefined;
  }
  const result = parseRuleset(text, { layer: 'agency' });
  if (result.ok) return result.ruleset;
  const head = ui === 'vi' ? `bộ quy tắc ${path} không hợp lệ:` : `invalid ruleset ${path}:`;
  const lines = result.errors.map((e) => `  ${e.path || '(root)'}: ${e.message[ui]}`);
  io.stderr(`ungxu check: ${head}\n${lines.join('\n')}\n`);
  return undefined;
}

const REASONS: Record<string, { vi: string; en: string }> = {
  ENOENT: { vi: 'không có tệp này', en: 'no such file' },
  EACCES: { vi: 'không có quyền đọc', en: 'permission denied' },
  EISDIR: { vi: 'đây là một thư mục', en: 'is a directory' },
};

/** "cannot read X: no such file (ENOENT)": a plain reason plus the system code, which is searchable. */
export function unreadable(path: string, err: unknown, ui: UiLang): string {
  const code = (err as { code?: string } | null)?.code;
  const known = code === undefined ? undefined : REASONS[code];
  const reason = known
    ? `${known[ui]} (${code})`
    : (code ?? (err instanceof Error ? err.message : String(err)));
  return ui === 'vi' ? `không đọc được ${path}: ${reason}` : `cannot read ${path}: ${reason}`;
}
