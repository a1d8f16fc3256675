// The `ungxu` CLI as a user runs it: `node dist/cli.js …` in a child process, so argv parsing,
// stdin, files, stdout/stderr and exit codes are all the real ones.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

/** Newest modification time under the given paths (files or folders, recursively). */
function newest(paths: string[]): number {
  let t = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const s = statSync(p);
    if (s.isDirectory()) t = Math.max(t, newest(readdirSync(p).map((n) => join(p, n))));
    else t = Math.max(t, s.mtimeMs);
  }
  return t;
}

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
// A term only our test ruleset knows, so positions and ids are exact whatever the built-in lexicon holds.
const CODEWORD = 'dự án bông sen';
const RULESET = {
  name: 'Bộ quy tắc thử nghiệm',
  rules: [
    {
      id: 'test-codeword-bong-sen',
      kind: 'terms',
      category: 'confidential',
      severity: 'high',
      clause: '5.2',
      terms: [CODEWORD],
      message: { vi: 'Tên dự án nội bộ', en: 'Internal project name' },
    },
  ],
};
const CLEAN = 'Hôm nay trời đẹp, cả nhà mình đi dạo công viên và ăn kem.';
// A plain, unmistakable personal insult: any Vietnamese rule set must flag it.
const INSULT = 'Mày đúng là đồ ngu, thằng chó.';

beforeAll(() => {
  const sources = ['rules', 'cli', 'package.json', 'vite.lib.config.ts', 'tsconfig.lib.json'].map((p) =>
    join(ROOT, p),
  );
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < newest(sources)) {
    execFileSync('npm', ['run', 'build:lib'], { cwd: ROOT, stdio: 'pipe' });
  }
  dir = mkdtempSync(join(tmpdir(), 'ungxu-cli-'));
  writeFileSync(join(dir, 'ruleset.json'), JSON.stringify(RULESET));
  // Saved by a Windows editor: a UTF-8 byte order mark before the content.
  writeFileSync(join(dir, 'bom-ruleset.json'), `\uFEFF${JSON.stringify(RULESET)}`);
  writeFileSync(join(dir, 'bom-codeword.txt'), `\uFEFF${CODEWORD}\n`);
  writeFileSync(join(dir, 'clean.txt'), `${CLEAN}\n`);
  writeFileSync(join(dir, 'insult.txt'), `${INSULT}\n`);
  // CRLF line ends and an emoji (a surrogate pair) before the hit: columns count code points.
  writeFileSync(join(dir, 'codeword.txt'), `Chào anh,\r\n😀😀 ${CODEWORD} xong rồi.\r\n`);
  writeFileSync(
    join(dir, 'bad-ruleset.json'),
    JSON.stringify({ name: 'x', colour: 'red', rules: [{ ...RULESET.rules[0], id: 'Not Kebab' }] }),
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const withRuleset = () => ['--ruleset', join(dir, 'ruleset.json'), '--lang', 'vi'];

describe('ungxu check: exit codes and real findings', () => {
  it('exits 0 and prints nothing on stdout for a clean sentence (nothing to report)', () => {
    const r = run(['check'], CLEAN);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('No findings.\n');
  });

  it('exits 1 on a clear Vietnamese insult read from stdin (the built-in rules fire)', () => {
    const r = run(['check', '--format', 'json'], INSULT);
    expect(r.code).toBe(1);
    const [entry] = JSON.parse(r.stdout);
    expect(entry.file).toBe('<stdin>');
    expect(entry.findings.length).toBeGreaterThan(0);
    for (const f of entry.findings) {
      expect(['insult', 'vulgar', 'hate']).toContain(f.category);
      expect(INSULT.slice(f.start, f.end)).toBe(f.matched);
    }
  });

  it('gives the same findings for a file as for the same text on stdin', () => {
    const fromFile = JSON.parse(run(['check', '--format', 'json', join(dir, 'insult.txt')]).stdout);
    const fromStdin = JSON.parse(run(['check', '--format', 'json', '-'], `${INSULT}\n`).stdout);
    expect(fromFile[0].findings.length).toBeGreaterThan(0);
    expect(fromFile[0].findings).toEqual(fromStdin[0].findings);
  });

  it('exits 2 with the reason and the usage on an unknown flag (a typo must not be ignored)', () => {
    const r = run(['check', '--formt', 'json'], CLEAN);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Unknown option: --formt');
    expect(r.stderr).toContain('Usage: ungxu check');
  });

  it("--sensitivity chooses the learned layer's operating point: a hint only the model raises goes at fewer", () => {
    // No rule covers this insult; the on-device model does at balanced (the default) and more.
    const text = 'Ý thức để ở dưới đít hết rồi.';
    const at = (s?: string) => run(['check', '--format', 'json', ...(s ? ['--sensitivity', s] : [])], text);
    const balanced = at();
    expect(balanced.code).toBe(1);
    expect(JSON.parse(balanced.stdout)[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'learned-insult',
    ]);
    expect(at('more').code).toBe(1);
    expect(at('fewer').code).toBe(0);
    expect(at('loud').code).toBe(2);
  });

  it('exits 2 on a value outside the allowed list', () => {
    const r = run(['check', '--format', 'xml'], CLEAN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid value for --format: "xml" (expected one of: text, json, jsonl)');
  });

  it('exits 2 naming the file when an input cannot be read, before printing any result', () => {
    const missing = join(dir, 'missing.txt');
    const r = run(['check', join(dir, 'insult.txt'), missing]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`cannot read ${missing}: no such file (ENOENT)`);
  });

  it('exits 2 and lists the errors when --ruleset is invalid', () => {
    const r = run(['check', '--ruleset', join(dir, 'bad-ruleset.json')], CLEAN);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid ruleset .*bad-ruleset\.json/);
    expect(r.stderr).toMatch(/\n {2}colour: /);
    expect(r.stderr).toMatch(/\n {2}rules\[0\]\.id: /);
  });
});

describe('ungxu check: formats', () => {
  it('text: line:col-line:col, severity, category, ruleId, message; CRLF and emoji counted right', () => {
    const r = run(['check', ...withRuleset(), join(dir, 'codeword.txt')]);
    expect(r.code).toBe(1);
    // Line 2 starts after "\r\n"; "😀😀 " is 3 code points, so the hit starts at column 4.
    expect(r.stdout).toBe(
      `2:4-2:18  high  confidential  test-codeword-bong-sen  “${CODEWORD}”: Internal project name\n`,
    );
    expect(r.stderr).toBe('1 finding (1 high, 0 medium, 0 low).\n');
  });

  it('text: a byte order mark is not counted in the columns', () => {
    const r = run(['check', ...withRuleset(), join(dir, 'bom-codeword.txt')]);
    expect(r.stdout).toMatch(/^1:1-1:15 /);
  });

  it('text: the summary counts guidance (info) findings too', () => {
    const r = run(
      ['check', '--profile', 'agency-page', '--lang', 'vi'],
      'Thông báo: từ ngày 5/9 học sinh đi học trở lại.',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('1 finding (0 high, 0 medium, 0 low, 1 info).\n');
  });

  it('text: --ui-lang vi gives the Vietnamese message', () => {
    const r = run(['check', ...withRuleset(), '--ui-lang', 'vi'], `Về ${CODEWORD}.`);
    expect(r.stdout).toBe(
      `1:4-1:18  high  confidential  test-codeword-bong-sen  “${CODEWORD}”: Tên dự án nội bộ\n`,
    );
  });

  it('text: a header per file with findings when several files are given, clean files left out', () => {
    const files = ['clean.txt', 'codeword.txt'].map((f) => join(dir, f));
    const r = run(['check', ...withRuleset(), ...files]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${files[1]}\n  2:4-2:18  high  confidential  test-codeword-bong-sen  “${CODEWORD}”: Internal project name\n`,
    );
  });

  it('json: an array of {file, findings}, each finding with offsets, positions and its source', () => {
    const r = run(['check', ...withRuleset(), '--format', 'json', join(dir, 'codeword.txt')]);
    const out = JSON.parse(r.stdout);
    const text = `Chào anh,\r\n😀😀 ${CODEWORD} xong rồi.\r\n`;
    const start = text.indexOf(CODEWORD);
    expect(out).toEqual([
      {
        file: join(dir, 'codeword.txt'),
        findings: [
          expect.objectContaining({
            ruleId: 'test-codeword-bong-sen',
            category: 'confidential',
            severity: 'high',
            clause: '5.2',
            start,
            end: start + CODEWORD.length,
            matched: CODEWORD,
            message: { vi: 'Tên dự án nội bộ', en: 'Internal project name' },
            source: 'agency',
            pinned: true,
            line: 2,
            column: 4,
            endLine: 2,
            endColumn: 18,
          }),
        ],
      },
    ]);
  });

  it('jsonl: one compact {file, findings} line per file', () => {
    const files = ['clean.txt', 'codeword.txt'].map((f) => join(dir, f));
    const lines = run(['check', ...withRuleset(), '--format', 'jsonl', ...files]).stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l)).map((o) => [o.file, o.findings.length])).toEqual([
      [files[0], 0],
      [files[1], 1],
    ]);
  });

  it('--lines + jsonl: one {line, findings} per input line, in order, offsets within the line', () => {
    const input = `Không có gì.\r\nNói về ${CODEWORD}.\n\n${CODEWORD} và ${CODEWORD}\n`;
    const r = run(['check', ...withRuleset(), '--lines', '--format', 'jsonl'], input);
    expect(r.code).toBe(1);
    const rows = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((o) => Object.keys(o))).toEqual(Array(4).fill(['line', 'findings']));
    expect(rows.map((o) => o.line)).toEqual([1, 2, 3, 4]);
    expect(rows.map((o) => o.findings.map((f: { start: number }) => f.start))).toEqual([
      [],
      [7],
      [],
      [0, CODEWORD.length + 4],
    ]);
    expect(rows[3].findings[1]).toMatchObject({ line: 4, column: CODEWORD.length + 5 });
  });

  it('--lines + text: rows carry the input line number, columns within that line', () => {
    const r = run(['check', ...withRuleset(), '--lines'], `Không có gì.\r\n\n🌸 ${CODEWORD}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `3:3-3:17  high  confidential  test-codeword-bong-sen  “${CODEWORD}”: Internal project name\n`,
    );
  });

  it('--lines on a clean input exits 0 with one empty result per line', () => {
    const r = run(['check', '--lines', '--format', 'jsonl'], `${CLEAN}\n${CLEAN}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"line":1,"findings":[]}\n{"line":2,"findings":[]}\n');
  });
});

describe('ungxu ruleset validate', () => {
  it('exits 0 and says valid for a correct ruleset', () => {
    const r = run(['ruleset', 'validate', join(dir, 'ruleset.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`valid: "${RULESET.name}", 1 rule\n`);
  });

  it('reads a file saved with a UTF-8 byte order mark (Windows editors) as valid', () => {
    const r = run(['ruleset', 'validate', join(dir, 'bom-ruleset.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`valid: "${RULESET.name}", 1 rule\n`);
  });

  it('exits 1 listing every error as "path: reason", not only the first', () => {
    const r = run(['ruleset', 'validate', join(dir, 'bad-ruleset.json')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.some((l) => l.startsWith('colour: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('rules[0].id: '))).toBe(true);
    expect(r.stderr).toContain(`${lines.length} errors`);
  });

  it('exits 2 when the file cannot be read', () => {
    const r = run(['ruleset', 'validate', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read');
  });
});

describe('ungxu: top level', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists the commands and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ungxu check');
    expect(r.stdout).toContain('ungxu ruleset validate');
    expect(r.stdout).toContain('ungxu eval');
  });

  it('an unknown command exits 2 with the usage', () => {
    const r = run(['chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command: chek');
  });

  it('eval is dispatched to its own command (not refused as unknown)', () => {
    const r = run(['eval', '--help']);
    expect(r.stderr).not.toContain('unknown command');
    expect(r.stdout + r.stderr).toMatch(/eval/);
  });
});
