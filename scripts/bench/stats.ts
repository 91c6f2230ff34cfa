import { performance } from "node:perf_hooks";

/** The q-quantile of samples in milliseconds (nearest rank). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? sorted[0];
}

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
}

/** The run count, p50 and p95 of samples in milliseconds. */
export const timing = (samples: readonly number[]): Timing => ({
  runs: samples.length,
  p50: quantile(samples, 0.5),
  p95: quantile(samples, 0.95),
});

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Runs `count` jobs with at most `concurrency` at a time. */
export async function pool(count: number, concurrency: number, job: (index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < count) await job(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

export const ms = (value: number) =>
  Number.isNaN(value) ? "–" : value >= 100 ? value.toFixed(0) : value.toFixed(1);

export const ratio = (measured: number, limit: number) =>
  Number.isFinite(measured / limit) ? `${(measured / limit).toFixed(2)}×` : "–";

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A target met, or missed in bold. */
export const mark = (ok: boolean) => (ok ? "yes" : "**no**");
