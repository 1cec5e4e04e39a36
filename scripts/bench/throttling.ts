/**
 * The CPU slowdown that makes a machine of this benchmarkIndex emulate Lighthouse's mid-tier
 * phone: the formula of the Lighthouse CPU throttling calculator
 * (https://lighthouse-cpu-throttling-calculator.vercel.app/, linked from Lighthouse's
 * docs/throttling.md). 1533 gives Lighthouse's default 4x.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new Error(`benchmarkIndex must be a positive number, got ${String(benchmarkIndex)}`);
  }
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}
