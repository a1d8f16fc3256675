// `ungxu eval`: CSV/JSONL parsing and the metric arithmetic, checked exactly on tiny team-written
// fixtures; the baseline uses a fixture word list so its figures are known by hand.
import { describe, expect, it } from 'vitest';
import { runEval } from '../../cli/eval';
import {
  csvRecords,
  docCounts,
  labelledDocs,
  naiveMatcher,
  parseCsv,
  parseJsonl,
  scores,
  spanCounts,
} from '../../cli/eval-metrics';
import { type EvalRow, TARGET_CATEGORIES } from '../../cli/eval-rows';

const FIX = 'tests/fixtures/eval';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runEval(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('parsing', () => {
  it('reads RFC 4180 CSV: quotes, doubled quotes, commas and newlines inside fields, CRLF', () => {
    expect(parseCsv('a,b\r\n"x, ""y""\nz",2\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"\nz', '2'],
    ]);
    expect(parseCsv('\ufeffh\nv')).toEqual([['h'], ['v']]);
  });

  it('maps the three labelled CSV shapes to gold targets', () => {
    const l = labelledDocs(csvRecords('text,label\na,CLEAN\nb,HATE\nc,OFFENSIVE\n'));
    expect(l.docs.map((d) => d.gold.toxic)).toEqual([false, true, true]);
    const t = labelledDocs(csvRecords('text,toxicity\na,0\nb,1\n'));
    expect(t.docs.map((d) => d.gold.toxic)).toEqual([false, true]);
    const v = labelledDocs(
      csvRecords('text,individual,groups,religion_creed,race_ethnicity,politics\na,1,0,0,0,0\nb,0,2,0,0,3\n'),
    );
    expect(v.targets).toEqual([
      'any',
      'individual',
      'groups',
      'religion_creed',
      'race_ethnicity',
      'politics',
    ]);
    expect(v.docs[0]?.gold.any).toBe(false); // 1 = targeted but clean
    expect(v.docs[1]?.gold).toMatchObject({ any: true, groups: true, politics: true, individual: false });
    expect(() => labelledDocs(csvRecords('text,score\na,1\n'))).toThrow(/unknown CSV shape/);
  });

  it('reads span JSONL', () => {
    expect(parseJsonl('{"text":"ab","spans":[{"start":0,"end":1,"text":"a"}]}\n\n{"text":"c"}\n')).toEqual([
      { text: 'ab', spans: [{ start: 0, end: 1 }] },
      { text: 'c', spans: [] },
    ]);
  });
});

describe('metric arithmetic', () => {
  it('computes P/R/F1 and guards empty denominators', () => {
    const s = scores({ tp: 2, fp: 1, fn: 3 });
    expect(s.precision).toBeCloseTo(2 / 3, 12);
    expect(s.recall).toBeCloseTo(2 / 5, 12);
    expect(s.f1).toBeCloseTo(0.5, 12);
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts documents', () => {
    expect(docCounts([true, true, false, false], [true, false, true, false])).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
    });
  });

  it('counts characters over the union of overlapping spans', () => {
    // gold covers 0–5, predicted covers 3–8 (two overlapping spans): tp 3–5 = 2, fp 5–8 = 3, fn 0–3 = 3
    const c = spanCounts(
      '0123456789',
      [{ start: 0, end: 5 }],
      [
        { start: 3, end: 6 },
        { start: 4, end: 8 },
      ],
    );
    expect(c).toEqual({ tp: 2, fp: 3, fn: 3 });
  });

  it('matches the naive baseline on whole syllables only, case-insensitively', () => {
    const m = naiveMatcher(['lon', 'đm']);
    expect(m('Lon bia, bia lon, salon, ĐM')).toEqual([
      { start: 0, end: 3 },
      { start: 13, end: 16 },
      { start: 25, end: 27 },
    ]);
  });
});

describe('runEval', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, out, err } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: ungxu eval --data FILE/);
    expect(err).toBe('');
  });
  it('an unknown argument exits 2 with the usage on stderr', async () => {
    const { code, err } = await run(['--nope']);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown argument: --nope/);
  });
  it('measures the baseline exactly on the fixtures (fixture word list: ngu, đm, đéo, mất dạy)', async () => {
    const files = ['labels.csv', 'toxicity.csv', 'vithsd.csv', 'spans.jsonl'].flatMap((f) => [
      '--data',
      `${FIX}/${f}`,
    ]);
    const { code, out } = await run([...files, '--baseline', '--lexicons', `${FIX}/lexicons`, '--json']);
    expect(code).toBe(0);
    const rows = (JSON.parse(out) as { rows: EvalRow[] }).rows;
    const pick = (dataset: string, target: string, level: string) =>
      rows.find(
        (r) => r.system === 'baseline' && r.dataset === dataset && r.target === target && r.level === level,
      );
    // labels.csv: "ngu" and "đm" hit OFFENSIVE rows, "đéo" hits a CLEAN row, a HATE row has no listed word.
    expect(pick('labels.csv', 'toxic', 'doc')).toMatchObject({ docs: 6, tp: 2, fp: 1, fn: 1 });
    expect(pick('toxicity.csv', 'toxic', 'doc')).toMatchObject({
      docs: 3,
      tp: 1,
      fp: 0,
      fn: 1,
      precision: 1,
      recall: 0.5,
    });
    expect(pick('vithsd.csv', 'any', 'doc')).toMatchObject({ tp: 1, fp: 0, fn: 2 });
    expect(pick('vithsd.csv', 'individual', 'doc')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(pick('vithsd.csv', 'groups', 'doc')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(pick('vithsd.csv', 'politics', 'doc')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    // spans.jsonl: "ngu" = gold (3 chars); "đm" covers 2 of the 6 gold chars "đm lại"; "chán" is missed.
    expect(pick('spans.jsonl', 'spans', 'char')).toMatchObject({ tp: 5, fp: 0, fn: 8 });
    expect(pick('spans.jsonl', 'spans', 'char')?.recall).toBeCloseTo(5 / 13, 12);
    expect(pick('spans.jsonl', 'spans', 'doc')).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    // The built-in rules are measured in the same run, over the same documents.
    expect(rows.filter((r) => r.system === 'ungxu').map((r) => r.docs)).toEqual(
      rows.filter((r) => r.system === 'baseline').map((r) => r.docs),
    );
  });

  it('ViTHSD religion and ethnicity columns count only the categories that speak to them', async () => {
    const { code, out } = await run(['--data', `${FIX}/vithsd.csv`, '--json']);
    expect(code).toBe(0);
    const rows = (JSON.parse(out) as { rows: EvalRow[] }).rows;
    const pick = (target: string) => rows.find((r) => r.system === 'ungxu' && r.target === target);
    // Row 1 is an insult of one person, row 3 an ethnic slur, row 4 contempt for a group.
    expect(pick('any')).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    // Only the slur (hate) speaks to ethnicity: the insults are not counted there.
    expect(pick('race_ethnicity')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(pick('religion_creed')).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(TARGET_CATEGORIES.religion_creed).toEqual(['religious']);
  });

  it('prints a table by default', async () => {
    const { code, out } = await run(['--data', `${FIX}/labels.csv`]);
    expect(code).toBe(0);
    expect(out).toMatch(/^dataset\s+target\s+level\s+system/);
    expect(out).toContain('labels.csv');
  });

  it('measures each sensitivity setting asked for, one row set per setting', async () => {
    const { code, out } = await run(['--data', `${FIX}/labels.csv`, '--sensitivity', 'fewer,more', '--json']);
    expect(code).toBe(0);
    const rows = (JSON.parse(out) as { rows: EvalRow[] }).rows;
    expect(rows.map((r) => [r.setting, r.rows, r.docs])).toEqual([
      ['fewer', 'all', 6],
      ['more', 'all', 6],
    ]);
    expect((await run(['--data', `${FIX}/labels.csv`, '--sensitivity', 'loud'])).code).toBe(2);
  });

  it('refuses a --trained-on file the shipped model was not trained on (its fold models would not match)', async () => {
    const { code, err } = await run(['--data', `${FIX}/labels.csv`, '--trained-on', `${FIX}/spans.jsonl`]);
    expect(code).toBe(2);
    expect(err).toMatch(/is not the one the shipped model was trained on/);
  });

  it('exits 2 with a reason on bad usage or unreadable input', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--data', `${FIX}/missing.csv`])).err).toMatch(/cannot read/);
    expect((await run(['--data', `${FIX}/labels.csv`, '--profile', 'king'])).code).toBe(2);
    expect((await run(['--bogus'])).err).toMatch(/unknown argument/);
  });
});
