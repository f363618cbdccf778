import type { Percentiles } from '../browser/review-bench-types';

export const target = { size: 100_000, p95Ms: 50 };

export type SizeFigures = {
  cards: number;
  textMb: number;
  /** Until filters and sorting work: the catalog without its index. */
  catalogMs: number;
  indexBuildMs: number;
  indexBuildCpuMs: number;
  indexTerms: number;
  heapGrowthMb: number;
  schedulesMs: number;
  query: Percentiles;
  queryCpu: Percentiles;
  queryByKind: Record<string, Percentiles>;
  queryCpuByKind: Record<string, Percentiles>;
  textSearchOnly: Percentiles;
  /** The design before, on the same cards and text queries. */
  previousDesign: {
    name: string;
    indexBuildMs: number;
    heapGrowthMb: number;
    textSearchOnly: Percentiles;
  };
  medianResults: number;
  scan: Percentiles;
  indexedOnScanSample: Percentiles;
  scanOverIndexedP50: number;
  scanOverIndexedP95: number;
};

export type SearchBenchResult = {
  measuredAt: string;
  node: string;
  cpus: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  heapGrowthIsApproximate: boolean;
  pageSize: number;
  target: typeof target & { metWall: boolean | null; metCpu: boolean | null };
  sizes: SizeFigures[];
};

export function printSearchBench(result: SearchBenchResult): void {
  for (const f of result.sizes) {
    console.log(
      `${f.cards} cards (${f.textMb} MB of text): filters ready in ${f.catalogMs} ms, index built in ` +
        `${(f.indexBuildMs / 1000).toFixed(1)} s (CPU ${(f.indexBuildCpuMs / 1000).toFixed(1)} s), ` +
        `${f.indexTerms} terms, heap +${f.heapGrowthMb} MB`,
    );
    console.log(
      `  search+filter+sort+page: p50 ${f.query.p50} ms, p95 ${f.query.p95} ms, max ${f.query.max} ms; ` +
        `CPU p50 ${f.queryCpu.p50} ms, p95 ${f.queryCpu.p95} ms (median ${f.medianResults} results)`,
    );
    for (const [kind, p] of Object.entries(f.queryByKind)) {
      const cpu = f.queryCpuByKind[kind];
      console.log(
        `    ${kind}: p50 ${p.p50} ms, p95 ${p.p95} ms; CPU p50 ${cpu?.p50} ms, p95 ${cpu?.p95} ms`,
      );
    }
    const before = f.previousDesign;
    console.log(
      `  text search alone: p50 ${f.textSearchOnly.p50} ms, p95 ${f.textSearchOnly.p95} ms; ` +
        `${before.name} before: p50 ${before.textSearchOnly.p50} ms, p95 ${before.textSearchOnly.p95} ms, ` +
        `index ${(before.indexBuildMs / 1000).toFixed(1)} s, heap +${before.heapGrowthMb} MB`,
    );
    console.log(
      `  substring scan / indexed: p50 ${f.scanOverIndexedP50}x, p95 ${f.scanOverIndexedP95}x ` +
        `(scan p50 ${f.scan.p50} ms, p95 ${f.scan.p95} ms)`,
    );
  }
  console.log(
    `target (p95 <= ${target.p95Ms} ms at ${target.size}):`,
    JSON.stringify(result.target),
  );
}
