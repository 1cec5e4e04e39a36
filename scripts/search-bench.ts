/**
 * `npm run bench:search`: builds the site twice, with the search plugin's stock configuration and
 * with ours (src/search), then runs the query suite (scripts/search-bench/queries.ts) through
 * each build's real search worker and real indexes, and prints hit rate, index size and query
 * time side by side. Exits non-zero when our configuration misses a query or its indexes grow by
 * more than half over stock.
 *
 * Options: --skip-build reuses the last bench builds; --verbose prints each query's pages.
 * Builds go to build-search-bench-* and .docusaurus-search-bench-*, never to build/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { QUERIES, type BenchQuery } from './search-bench/queries';
import {
  editionBase,
  findsAll,
  localeBase,
  percentile,
  rankedPages,
  type Locale,
} from './search-bench/metrics';
import { startWorker, type WorkerHost } from './search-bench/workerHost';

const VARIANTS = ['stock', 'ours'] as const;
type Variant = (typeof VARIANTS)[number];

// What the search bar asks for: the plugin's default `searchResultLimits`.
const RESULT_LIMIT = 8;
const TIMED_ROUNDS = 5;
const MAX_GROWTH = 1.5;

const siteDir = join(import.meta.dirname, '..');
const outDir = (variant: Variant): string => join(siteDir, `build-search-bench-${variant}`);

function build(variant: Variant): void {
  console.log(`building the site with the ${variant} search configuration...`);
  execFileSync(
    'npx',
    [
      'docusaurus',
      'build',
      '--config',
      `scripts/search-bench/${variant}.config.ts`,
      '--out-dir',
      outDir(variant),
    ],
    {
      cwd: siteDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        DOCUSAURUS_GENERATED_FILES_DIR_NAME: `.docusaurus-search-bench-${variant}`,
      },
    },
  );
}

function indexFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)search-index[^/]*\.json$/.test(file))
    .map((file) => join(dir, file));
}

interface VariantReport {
  readonly hits: number;
  readonly misses: { query: BenchQuery; pages: string[] }[];
  readonly raw: number;
  readonly gzip: number;
  readonly times: number[];
  readonly firstQueryMs: number;
}

async function measure(variant: Variant, verbose: boolean): Promise<VariantReport> {
  const dir = outDir(variant);
  const files = indexFiles(dir);
  const raw = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

  const hosts = new Map<Locale, WorkerHost>();
  const host = async (locale: Locale): Promise<WorkerHost> => {
    let started = hosts.get(locale);
    if (!started) {
      started = await startWorker(dir, localeBase(locale));
      hosts.set(locale, started);
    }
    return started;
  };
  const run = async (query: BenchQuery): Promise<string[]> => {
    const { worker } = await host(query.locale);
    const base = editionBase(query.locale, query.edition);
    const results = await worker.search(base, '', query.query, RESULT_LIMIT);
    return results.map((result) => result.document.u);
  };

  // Load every index first: the suite measures queries, not downloads.
  for (const query of QUERIES) {
    const { worker } = await host(query.locale);
    await worker.fetchIndexes(editionBase(query.locale, query.edition), '');
  }
  let hits = 0;
  const misses: VariantReport['misses'] = [];
  let firstQueryMs = Number.NaN;
  for (const query of QUERIES) {
    const started = performance.now();
    const urls = await run(query);
    if (Number.isNaN(firstQueryMs)) firstQueryMs = performance.now() - started;
    const found = findsAll(urls, query.expect);
    if (found) hits += 1;
    else misses.push({ query, pages: rankedPages(urls) });
    if (verbose) {
      const where = `${query.locale}/${query.edition}`;
      console.log(
        `${variant} ${found ? 'ok  ' : 'MISS'} ${where} "${query.query}" → ${rankedPages(urls).join(', ')}`,
      );
    }
  }
  const times: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round += 1) {
    for (const query of QUERIES) {
      const started = performance.now();
      await run(query);
      times.push(performance.now() - started);
    }
  }
  for (const started of hosts.values()) started.close();
  return { hits, misses, raw, gzip, times, firstQueryMs };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--skip-build')) for (const variant of VARIANTS) build(variant);
  const reports = {} as Record<Variant, VariantReport>;
  for (const variant of VARIANTS) reports[variant] = await measure(variant, args.has('--verbose'));

  const rows = [
    ['', 'stock', 'ours'],
    ...[
      [
        'hit rate (top 5)',
        (r: VariantReport) =>
          `${String(r.hits)}/${String(QUERIES.length)} (${((100 * r.hits) / QUERIES.length).toFixed(0)}%)`,
      ],
      ['index size, raw', (r: VariantReport) => kb(r.raw)],
      ['index size, gzip', (r: VariantReport) => kb(r.gzip)],
      ['query time, median', (r: VariantReport) => `${percentile(r.times, 0.5).toFixed(2)} ms`],
      ['query time, p95', (r: VariantReport) => `${percentile(r.times, 0.95).toFixed(2)} ms`],
      ['first query (cold)', (r: VariantReport) => `${r.firstQueryMs.toFixed(2)} ms`],
    ].map(([label, cell]) => [
      label as string,
      ...VARIANTS.map((variant) => (cell as (r: VariantReport) => string)(reports[variant])),
    ]),
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]): string =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(
    `\n${String(QUERIES.length)} queries, ${String(TIMED_ROUNDS)} timed rounds each after a warm-up round.\n`,
  );
  console.log(line(rows[0] ?? []));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));

  for (const variant of VARIANTS) {
    if (reports[variant].misses.length === 0) continue;
    console.log(`\n${variant} misses:`);
    for (const { query, pages } of reports[variant].misses) {
      console.log(
        `  ${query.locale}/${query.edition} [${query.kind}] "${query.query}" wants ${query.expect.join(', ')}; got ${pages.slice(0, 5).join(', ') || 'nothing'}`,
      );
    }
  }
  const growth = reports.ours.raw / reports.stock.raw;
  const gzipGrowth = reports.ours.gzip / reports.stock.gzip;
  console.log(
    `\nindex growth over stock: raw ×${growth.toFixed(2)}, gzip ×${gzipGrowth.toFixed(2)} (limit ×${String(MAX_GROWTH)})`,
  );
  if (reports.ours.misses.length > 0 || growth > MAX_GROWTH || gzipGrowth > MAX_GROWTH)
    process.exitCode = 1;
}

void main();
