// Output of `ungxu check`: positions (line:col from UTF-16 offsets) and the three formats.
// Pure functions of the findings, so the shapes are easy to document and to test.

import type { Finding, LocalText } from '../rules/types';

export type UiLang = 'vi' | 'en';
export const pick = (t: LocalText, lang: UiLang): string => t[lang];

/** Line breaks the CLI counts, the same for positions and for `--lines`: CRLF, LF and a lone CR. */
const BREAK = /\r\n|\n|\r/g;

/** Offsets at which each line starts (the first is always 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(BREAK)) starts.push(m.index + m[0].length);
  return starts;
}

/** Code points in text[from, to): a surrogate pair (emoji, rare CJK) counts once, like an editor's cursor. */
export function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < to) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    n++;
  }
  return n;
}

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in Unicode code points (not UTF-16 units, not grapheme clusters). */
  column: number;
}

/** Position of a UTF-16 offset; `starts` comes from lineStarts(text) (binary search: O(log lines)). */
export function positionAt(text: string, starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: 1 + codePoints(text, starts[lo] as number, offset) };
}

/** Input lines for `--lines`: a final line break does not open an empty last document. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(BREAK);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A finding with its human position; the end position is exclusive (the point after the last character). */
export type LocatedFinding = Finding & { line: number; column: number; endLine: number; endColumn: number };

/** One checked document: a whole file, or one of its lines under `--lines` (then `line` is set). */
export interface DocResult {
  file: string;
  line?: number;
  text: string;
  findings: readonly Finding[];
}

export function locate(doc: DocResult): LocatedFinding[] {
  const starts = lineStarts(doc.text);
  const shift = (doc.line ?? 1) - 1;
  return doc.findings.map((f) => {
    const s = positionAt(doc.text, starts, f.start);
    const e = positionAt(doc.text, starts, f.end);
    return { ...f, line: s.line + shift, column: s.column, endLine: e.line + shift, endColumn: e.column };
  });
}

/** `text`: one row per finding, columns aligned, a file header (and indent) only when several files. */
export function formatText(docs: readonly DocResult[], multiFile: boolean, lang: UiLang): string {
  const out: string[] = [];
  const byFile = new Map<string, LocatedFinding[]>();
  for (const doc of docs) {
    const list = byFile.get(doc.file) ?? [];
    list.push(...locate(doc));
    byFile.set(doc.file, list);
  }
  for (const [file, findings] of byFile) {
    if (findings.length === 0) continue;
    const rows = findings.map((f) => [
      `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`,
      f.severity,
      f.category,
      f.ruleId,
      describe(f, lang),
    ]);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] as string).length)));
    if (multiFile) out.push(file);
    for (const r of rows) {
      const cells = r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i] as number) : cell));
      out.push(`${multiFile ? '  ' : ''}${cells.join('  ')}`);
    }
    if (multiFile) out.push('');
  }
  return out.length === 0 ? '' : `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** The message column, alex-style: the matched words, the rule's message, then its advice if any. */
function describe(f: Finding, lang: UiLang): string {
  const matched = f.matched.replace(/\s+/g, ' ');
  const advice = f.suggestion ? ` ${pick(f.suggestion, lang)}` : '';
  return `“${matched}”: ${pick(f.message, lang)}${advice}`;
}

/** `json`: one pretty array, an entry per file, findings of all its lines together. */
export function formatJson(docs: readonly DocResult[]): string {
  const byFile = new Map<string, LocatedFinding[]>();
  for (const doc of docs) byFile.set(doc.file, [...(byFile.get(doc.file) ?? []), ...locate(doc)]);
  return `${JSON.stringify(
    [...byFile].map(([file, findings]) => ({ file, findings })),
    null,
    2,
  )}\n`;
}

/**
 * `jsonl`: one compact object per document. Per file: {file, findings}. With `--lines`:
 * {line, findings} per input line, in order, and `file` first when several files were given.
 */
export function formatJsonl(docs: readonly DocResult[], multiFile: boolean): string {
  return docs
    .map((doc) => {
      const findings = locate(doc);
      if (doc.line === undefined) return JSON.stringify({ file: doc.file, findings });
      return JSON.stringify(
        multiFile ? { file: doc.file, line: doc.line, findings } : { line: doc.line, findings },
      );
    })
    .map((l) => `${l}\n`)
    .join('');
}

/** Summary for stderr after `text` output. */
export function summary(docs: readonly DocResult[], lang: UiLang): string {
  const count = { high: 0, medium: 0, low: 0, info: 0 };
  for (const d of docs) for (const f of d.findings) count[f.severity]++;
  const total = count.high + count.medium + count.low + count.info;
  if (total === 0) return lang === 'vi' ? 'Không có gợi ý nào.\n' : 'No findings.\n';
  const parts = `${count.high} high, ${count.medium} medium, ${count.low} low${count.info ? `, ${count.info} info` : ''}`;
  return lang === 'vi'
    ? `${total} gợi ý (${parts}).\n`
    : `${total} finding${total > 1 ? 's' : ''} (${parts}).\n`;
}
