// Entry of the `ungxu` CLI (built to dist/cli.js): wires process I/O and dispatches to a command.
// The commands themselves only see a CliIo, so they stay testable and free of process.* calls.

import { readFile } from 'node:fs/promises';
import { version } from '../package.json';
import { type CliIo, uiLangOf } from './args';
import { CHECK_USAGE, runCheck } from './check';
import { runEval } from './eval';
import { runRuleset, VALIDATE_USAGE } from './validate';

const USAGE = {
  en: `ungxu ${version} — checks Vietnamese (and English) text against the Code of Conduct on Social Networks
(Decision 874/QĐ-BTTTT). Nothing leaves your machine.

Commands:
  ungxu check [options] [FILE…]      find passages to reconsider
  ungxu ruleset validate FILE        validate an agency/user ruleset (JSON)
  ungxu eval --data FILE [options]   precision / recall / F1 on labelled data (see ungxu eval --help)
  ungxu --help | --version

${CHECK_USAGE.en}

${VALIDATE_USAGE.en}

Exit codes: 0 nothing found / valid · 1 findings / invalid ruleset · 2 bad usage or unreadable input.`,
  vi: `ungxu ${version} — kiểm tra văn bản tiếng Việt (và tiếng Anh) theo Bộ Quy tắc ứng xử trên mạng xã hội
(Quyết định 874/QĐ-BTTTT). Không có gì rời khỏi máy của bạn.

Lệnh:
  ungxu check [tùy chọn] [TỆP…]      tìm những đoạn nên cân nhắc lại
  ungxu ruleset validate TỆP         kiểm tra bộ quy tắc (JSON) của cơ quan/người dùng
  ungxu eval --data TỆP [tùy chọn]   precision / recall / F1 trên dữ liệu có nhãn (xem ungxu eval --help)
  ungxu --help | --version

${CHECK_USAGE.vi}

${VALIDATE_USAGE.vi}

Mã thoát: 0 không có gì / hợp lệ · 1 có gợi ý / bộ quy tắc không hợp lệ · 2 sai cách dùng hoặc không đọc được đầu vào.`,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const ui = uiLangOf(argv);
  // `--ui-lang` may also stand before the command ("ungxu --ui-lang vi check …").
  const args =
    argv[0] === '--ui-lang' ? argv.slice(2) : argv[0]?.startsWith('--ui-lang=') ? argv.slice(1) : argv;
  const [command, ...rest] = args;
  switch (command) {
    case 'check':
      return runCheck(rest, io, ui);
    case 'ruleset':
      return runRuleset(rest, io, ui);
    case 'eval':
      return runEval([...rest], io);
    case '--help':
    case '-h':
    case 'help':
      io.stdout(`${USAGE[ui]}\n`);
      return 0;
    case '--version':
    case '-v':
      io.stdout(`${version}\n`);
      return 0;
    default: {
      const what =
        command === undefined
          ? { vi: 'thiếu lệnh', en: 'missing command' }
          : { vi: `lệnh không rõ: ${command}`, en: `unknown command: ${command}` };
      io.stderr(`ungxu: ${what[ui]}\n\n${USAGE[ui]}\n`);
      return 2;
    }
  }
}

/** A UTF-8 byte order mark (Windows editors add one) is not part of the text: positions ignore it. */
const withoutBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return withoutBom(Buffer.concat(chunks).toString('utf8'));
}

const io: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
  stdinIsTTY: process.stdin.isTTY === true,
  readFile: async (path) => withoutBom(await readFile(path, 'utf8')),
};

// `ungxu check … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`ungxu: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
