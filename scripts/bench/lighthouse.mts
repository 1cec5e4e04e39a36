/**
 * `npm run bench`: Lighthouse 12.2.3 (mobile and desktop) against the nginx-served production
 * build, for the home page, a docs page in each locale and edition and the glossary, side by
 * side with a stock Docusaurus classic site (same search plugin, the note as content) built and
 * served the same way in the same run. Prints a table and writes .bench/lighthouse.json.
 *
 *   npm run bench                  (builds ours if build/ is missing; always builds the stock site)
 *   npm run bench -- --runs 5      (runs per page and form factor; 3 by default)
 *   npm run bench -- --form-factor mobile   (only one form factor: mobile or desktop)
 *   npm run bench -- --before <dir>         (also audit another build of the site, e.g. of an
 *                                            older commit, page by page beside ours: a before/after
 *                                            in one run; its CSP from <dir>/../deploy/nginx/csp.conf)
 *   npm run bench -- --cpu-slowdown calibrated   (or a number; Lighthouse's 4 by default)
 *
 * CPU throttling is relative to the machine: Lighthouse's 4x turns a high-end desktop (its
 * benchmarkIndex 1500-2000) into a mid-tier phone, and turns a slower machine into a slower phone
 * than that. Each row shows the benchmarkIndex Lighthouse measured; `calibrated` derives the
 * multiplier from it with the formula of the calculator Lighthouse's throttling guide links to
 * (docs/throttling.md, "Calibrating the CPU slowdown"), so that runs on different machines aim at
 * the same phone. Report which one a number was taken with.
 *
 * Lighthouse scores move from run to run (its own guidance: take the median of several), more
 * so on a shared machine: each row is the run with the median performance score, and the table
 * shows the lowest and highest score seen.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium';
import { startNginx } from '../nginx';
import { calibratedSlowdown } from './throttling';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = join(root, '.bench');
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

interface Row {
  site: 'ours' | 'before' | 'stock';
  path: string;
  formFactor: 'mobile' | 'desktop';
  performance: number;
  /** The lowest and highest performance score over the runs. */
  range: [number, number];
  accessibility: number;
  bestPractices: number;
  seo: number;
  transferKiB: number;
  jsKiB: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's measure of this machine's CPU (lhr.environment.benchmarkIndex). */
  benchmarkIndex: number;
  /** The CPU slowdown the run was simulated with. */
  cpuSlowdown: number;
  /** Audits that cost points outside performance, and any run-time error, to act on. */
  issues: string[];
}

function buildStockSite(): { buildDir: string; cspFile: string } {
  // Inside the repository (git-ignored), so the stock site resolves the same node_modules.
  const dir = join(outDir, 'stock-site');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'bench', 'stock-site'), dir, { recursive: true });
  mkdirSync(join(dir, 'docs'));
  // The note as one page, without its missing images, so both sites carry the same text.
  const note = readFileSync(join(root, 'source', 'vm-vs-container.ko.md'), 'utf8')
    .replace(/^!\[.*\]\(.*\)$/gm, '')
    .replace(/^# (.*)$/gm, '## $1');
  writeFileSync(
    join(dir, 'docs', 'note.md'),
    `---\nslug: /\ntitle: 가상머신과 컨테이너\n---\n\n${note}`,
  );
  execFileSync(
    join(root, 'node_modules', '.bin', 'docusaurus'),
    ['build', dir, '--out-dir', join(dir, 'build')],
    {
      stdio: 'inherit',
    },
  );
  // Precompressed and given a CSP for its own inline scripts like ours, so the comparison is
  // about the sites, not the serving; its scripts are left as Docusaurus writes them. (It shares
  // our node_modules, so the patches to Docusaurus in patches/ apply to it too.)
  const cspFile = join(dir, 'csp.conf');
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'scripts', 'postbuild.ts'), join(dir, 'build'), '--csp-out', cspFile],
    {
      stdio: 'inherit',
    },
  );
  return { buildDir: join(dir, 'build'), cspFile };
}

const kib = (bytes: number): number => Math.round(bytes / 1024);

async function audit(
  url: string,
  formFactor: Row['formFactor'],
  port: number,
  cpuSlowdown?: number,
): Promise<Omit<Row, 'site' | 'path' | 'range'>> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      ...(cpuSlowdown === undefined ? {} : { throttling: { cpuSlowdownMultiplier: cpuSlowdown } }),
    },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string): number => Math.round((categories[id]?.score ?? 0) * 100);
  const resourceItems =
    (
      audits['resource-summary']?.details as
        { items?: { resourceType: string; transferSize: number }[] } | undefined
    )?.items ?? [];
  return {
    formFactor,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    transferKiB: kib(audits['total-byte-weight']?.numericValue ?? 0),
    jsKiB: kib(resourceItems.find((i) => i.resourceType === 'script')?.transferSize ?? 0),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
    cpuSlowdown: result.lhr.configSettings.throttling.cpuSlowdownMultiplier,
    issues: [
      ...(result.lhr.runtimeError ? [`runtime error: ${result.lhr.runtimeError.message}`] : []),
      ...['accessibility', 'best-practices', 'seo'].flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => audits[ref.id])
          .filter((a) => a && a.scoreDisplayMode === 'binary' && a.score !== 1)
          .map((a) => `${id}: ${a?.id ?? ''}`),
      ),
    ],
  };
}

async function main(): Promise<void> {
  const ourBuild = join(root, 'build');
  if (!existsSync(join(ourBuild, 'index.html')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const stock = buildStockSite();
  const beforeOption = process.argv.indexOf('--before');
  const beforeBuild = beforeOption >= 0 ? resolve(process.argv[beforeOption + 1] ?? '') : null;

  const servers: ChildProcess[] = [
    startNginx({ buildDir: ourBuild, port: 4310 }),
    startNginx({ buildDir: stock.buildDir, port: 4311, cspFile: stock.cspFile }),
    ...(beforeBuild
      ? [
          startNginx({
            buildDir: beforeBuild,
            port: 4312,
            cspFile: join(beforeBuild, '..', 'deploy', 'nginx', 'csp.conf'),
          }),
        ]
      : []),
  ];
  await new Promise((done) => setTimeout(done, 800));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  const targets: { site: Row['site']; path: string; base: string }[] = [
    ...[
      '/',
      '/docs/containers',
      '/en/docs/containers',
      '/docs/2021.02/containers',
      '/en/docs/2021.02/containers',
      '/glossary',
      '/en/glossary',
    ].flatMap((path) => [
      { site: 'ours' as const, path, base: 'http://127.0.0.1:4310' },
      ...(beforeBuild ? [{ site: 'before' as const, path, base: 'http://127.0.0.1:4312' }] : []),
    ]),
    { site: 'stock', path: '/', base: 'http://127.0.0.1:4311' },
  ];
  const rows: Row[] = [];
  const runsOption = process.argv.indexOf('--runs');
  const runs = runsOption >= 0 ? Number(process.argv[runsOption + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number >= 1');
  const formFactorOption = process.argv.indexOf('--form-factor');
  const formFactors = (['mobile', 'desktop'] as const).filter(
    (f) => formFactorOption < 0 || process.argv[formFactorOption + 1] === f,
  );
  if (formFactors.length === 0) throw new Error('--form-factor takes mobile or desktop');
  const slowdownOption = process.argv.indexOf('--cpu-slowdown');
  const slowdownArg = slowdownOption >= 0 ? (process.argv[slowdownOption + 1] ?? '') : null;
  if (slowdownArg !== null && slowdownArg !== 'calibrated' && !(Number(slowdownArg) >= 1)) {
    throw new Error('--cpu-slowdown takes "calibrated" or a number >= 1');
  }
  try {
    let cpuSlowdown: number | undefined;
    if (slowdownArg === 'calibrated') {
      // One throw-away audit measures the machine (and warms nginx's and Chromium's caches).
      const probe = await audit(`${targets[0]?.base ?? ''}/`, 'mobile', chrome.port);
      cpuSlowdown = Number(calibratedSlowdown(probe.benchmarkIndex).toFixed(2));
      console.log(
        `benchmarkIndex ${String(probe.benchmarkIndex)}: CPU slowdown ${String(cpuSlowdown)}x (Lighthouse's default: 4x)`,
      );
    } else if (slowdownArg !== null) {
      cpuSlowdown = Number(slowdownArg);
    }
    for (const formFactor of formFactors) {
      for (const { site, path, base } of targets) {
        const results: Omit<Row, 'site' | 'path' | 'range'>[] = [];
        for (let run = 0; run < runs; run += 1) {
          // The desktop preset has its own throttling (1x CPU); the option is about the phone.
          const slowdown = formFactor === 'mobile' ? cpuSlowdown : undefined;
          let result = await audit(`${base}${path}`, formFactor, chrome.port, slowdown);
          // Lighthouse sometimes fails to record the trace (NO_NAVSTART); one retry, then report.
          if (result.issues.some((issue) => issue.startsWith('runtime error'))) {
            result = await audit(`${base}${path}`, formFactor, chrome.port, slowdown);
          }
          results.push(result);
        }
        const byScore = [...results].sort((a, b) => a.performance - b.performance);
        const median = byScore[Math.floor((byScore.length - 1) / 2)];
        if (median === undefined) continue;
        const range: [number, number] = [
          byScore[0]?.performance ?? 0,
          byScore.at(-1)?.performance ?? 0,
        ];
        rows.push({ site, path, ...median, range });
        console.log(
          `${formFactor.padEnd(7)} ${site.padEnd(6)} ${path.padEnd(28)} perf ${String(median.performance)} (${results.map((r) => String(r.performance)).join(', ')})`,
        );
      }
    }
  } finally {
    chrome.kill();
    for (const server of servers) server.kill('SIGQUIT');
  }

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'lighthouse.json'), `${JSON.stringify(rows, null, 2)}\n`);
  for (const r of rows.filter((row) => row.issues.length > 0)) {
    console.log(`${r.formFactor} ${r.site} ${r.path}: ${r.issues.join(', ')}`);
  }
  const header = `| form | site | page | perf (median of ${String(runs)}) | range | a11y | best pr. | SEO | transfer KiB | JS KiB | LCP ms | TBT ms | CLS | benchmarkIndex | CPU ×|`;
  console.log(`\n${header}\n|${'---|'.repeat(15)}`);
  for (const r of rows) {
    console.log(
      `| ${r.formFactor} | ${r.site} | ${r.path} | ${String(r.performance)} | ${String(r.range[0])}–${String(r.range[1])} | ${String(r.accessibility)} | ${String(r.bestPractices)} | ${String(r.seo)} | ${String(r.transferKiB)} | ${String(r.jsKiB)} | ${String(r.lcpMs)} | ${String(r.tbtMs)} | ${String(r.cls)} | ${String(r.benchmarkIndex)} | ${String(r.cpuSlowdown)} |`,
    );
  }
}

// An ES module, so that Lighthouse's own code is loaded untransformed: it serialises functions
// to run them in the page.
await main();
