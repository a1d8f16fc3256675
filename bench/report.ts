// Budgets (docs/budgets.md) and the printed report. A budget not met is printed with its figure
// and makes the run fail, so a regression cannot pass silently.
import type { Stats } from './measure';

export interface CaseResult {
  engine: 'ungxu' | 'alex';
  lang: 'vi' | 'en';
  chars: number;
  /** Findings (ungxu) or messages (alex) on that text: shows both did real work. */
  hits: number;
  stats: Stats;
}

export interface CompileResult {
  /** First createChecker of the process (cold JIT, lazy tables built), ms. */
  coldMs: number;
  /** Repeated createChecker, ms per call: the built-in rules come compiled from the shared library. */
  warm: Stats;
  /** A full compile of the built-in rules (the shared library built again, no cache), ms per call. */
  library: Stats;
  /** Heap retained by the first checker, including anything it builds once and shares (bytes). */
  firstHeapBytes: number;
  /** Heap retained by each further checker (bytes). */
  perCheckerHeapBytes: number;
  rules: number;
}

export interface Budget {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  /** 'max': value ≤ limit; 'min': value ≥ limit. */
  kind: 'max' | 'min';
  /** null when the figure could not be measured (e.g. no extension build yet). */
  ok: boolean | null;
  note?: string;
}

export function budget(
  name: string,
  value: number | null,
  kind: Budget['kind'],
  limit: number,
  unit: string,
  note?: string,
): Budget {
  const ok = value === null ? null : kind === 'max' ? value <= limit : value >= limit;
  return { name, value, limit, unit, kind, ok, ...(note ? { note } : {}) };
}

const fmt = (x: number, digits = 3): string =>
  x >= 100 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(digits);

function table(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padStart(i < 2 ? 0 : (widths[i] ?? 0))).join('  ')).join('\n');
}

export function renderText(
  env: string,
  cases: readonly CaseResult[],
  compile: CompileResult,
  gzipBytes: number | null,
  budgets: readonly Budget[],
): string {
  const out: string[] = [`ungxu bench — ${env}`, ''];
  const head = ['engine', 'text', 'chars', 'hits', 'runs', 'p50 ms', 'p95 ms', 'mean ms'];
  const rows = cases.map((c) => [
    c.engine.padEnd(5),
    c.lang,
    String(c.chars),
    String(c.hits),
    String(c.stats.n),
    fmt(c.stats.p50, 4),
    fmt(c.stats.p95, 4),
    fmt(c.stats.mean, 4),
  ]);
  out.push(table([head, ...rows]), '');
  for (const chars of new Set(cases.map((c) => c.chars))) {
    const u = cases.find((c) => c.engine === 'ungxu' && c.chars === chars);
    const a = cases.find((c) => c.engine === 'alex' && c.chars === chars);
    if (u && a) out.push(`alex / ungxu at ${chars} chars (p50): ${fmt(a.stats.p50 / u.stats.p50, 1)}×`);
  }
  out.push(
    '',
    `compile (createChecker, ${compile.rules} rules): cold ${fmt(compile.coldMs)} ms · ` +
      `p50 ${fmt(compile.warm.p50)} ms · p95 ${fmt(compile.warm.p95)} ms`,
    `built-in rules compiled again (buildLibrary, no cache): p50 ${fmt(compile.library.p50)} ms · p95 ${fmt(compile.library.p95)} ms`,
    `compile heap: first checker ${kib(compile.firstHeapBytes)} KiB · each further checker ${kib(compile.perCheckerHeapBytes)} KiB`,
    `content script gzip: ${gzipBytes === null ? 'skipped (no .output/chrome-mv3 build; run `npx wxt build`)' : `${kib(gzipBytes)} KiB`}`,
    '',
    'budgets:',
  );
  for (const b of budgets) {
    const mark = b.ok === null ? 'SKIP' : b.ok ? ' ok ' : 'FAIL';
    const value = b.value === null ? 'n/a' : fmt(b.value);
    const op = b.kind === 'max' ? '≤' : '≥';
    out.push(
      `  [${mark}] ${b.name}: ${value} ${b.unit} (budget ${op} ${b.limit} ${b.unit})${b.note ? ` — ${b.note}` : ''}`,
    );
  }
  return `${out.join('\n')}\n`;
}

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
