// Timing and memory helpers of the benchmark: warm-up, time-boxed sampling, percentiles, and a
// garbage collector reachable without `--expose-gc` on the command line (npm run bench stays plain).
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Stats {
  /** Number of timed calls. */
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

export interface SampleOptions {
  /** Untimed calls first, so the JIT has compiled the hot paths. */
  warmup: number;
  /** At least this many timed calls… */
  minRuns: number;
  /** …and keep sampling until this much time (ms) has passed, up to maxRuns. */
  minTimeMs: number;
  maxRuns: number;
}

export const DEFAULT_SAMPLING: SampleOptions = { warmup: 50, minRuns: 30, minTimeMs: 1000, maxRuns: 20_000 };

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), mean };
}

/** Keeps results reachable so the optimiser cannot drop a call whose result is unused. */
let sink = 0;
export const consume = (x: unknown): void => {
  sink = (sink + (Array.isArray(x) ? x.length : 1)) | 0;
};
export const sinkValue = (): number => sink;

/** Times `fn` one call at a time (ms per call). One call per sample keeps p95 meaningful. */
export function sample(fn: () => unknown, opts: SampleOptions = DEFAULT_SAMPLING): Stats {
  for (let i = 0; i < opts.warmup; i++) consume(fn());
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < opts.maxRuns &&
    (samples.length < opts.minRuns || performance.now() - started < opts.minTimeMs)
  ) {
    const t0 = performance.now();
    const r = fn();
    samples.push(performance.now() - t0);
    consume(r);
  }
  return stats(samples);
}

let gcFn: (() => void) | undefined;
/** V8's gc(), exposed at run time: the flag only takes effect for contexts created afterwards. */
export function gc(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
}

/**
 * Memory retained by what `make` returns: gc, measure, make, gc, measure. The JS heap plus the
 * backing stores of typed arrays, which V8 keeps outside the heap (the packed tries live there).
 * Approximate (± a few KiB).
 */
export function retainedHeap<T>(make: () => T): { bytes: number; value: T } {
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  gc();
  const before = used();
  const value = make();
  gc();
  const bytes = used() - before;
  return { bytes, value };
}
