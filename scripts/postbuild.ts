/**
 * Runs after `docusaurus build`:
 * 0. lets every page paint before its JavaScript runs (scripts/lib/paintFirst; not with
 *    --keep-scripts, which the bench uses for the stock site);
 * 1. hashes the inline scripts of every page and writes the CSP snippet nginx includes
 *    (deploy/nginx/csp.conf), so the policy never needs 'unsafe-inline' for scripts;
 * 2. precompresses text assets as .gz and .br next to the originals, for nginx's
 *    gzip_static / brotli_static (or any host that serves precompressed files);
 * 3. checks that each locale's language switcher leads to the other (scripts/lib/localeLinks).
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentSecurityPolicy, inlineScripts, nginxCspSnippet, scriptHash } from './lib/csp';
import { localeLinkProblems, type LocaleHome } from './lib/localeLinks';
import { runScriptsAfterFirstPaint } from './lib/paintFirst';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
// Usage: tsx scripts/postbuild.ts [build-dir] [--csp-out file] [--keep-scripts]
const buildDir = resolve(root, args[0] && !args[0].startsWith('--') ? args[0] : 'build');
const cspFile = resolve(root, option('csp-out') ?? join('deploy', 'nginx', 'csp.conf'));
const paintFirst = !args.includes('--keep-scripts');
const COMPRESSIBLE = /\.(html|js|css|json|svg|xml|txt|map|webmanifest)$/;
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

// Each locale's home page (Korean at the root, English under en/) when the build has both.
const homes: LocaleHome[] = [
  { dir: '', baseUrl: '/' },
  { dir: 'en', baseUrl: '/en/' },
].flatMap(({ dir, baseUrl }) => {
  const file = join(buildDir, dir, 'index.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  return [{ lang: /<html[^>]*\blang=("?)([^"\s>]+)\1/.exec(html)?.[2] ?? '', baseUrl, html }];
});
const linkProblems = homes.length > 1 ? localeLinkProblems(homes) : [];
if (linkProblems.length > 0) {
  throw new Error(
    [
      `The language switchers of ${relative(root, buildDir)} lead to the wrong pages:`,
      ...linkProblems.map((problem) => `  ${problem}`),
      'The bundler cache is probably left over from a single-locale build (--locale).',
      'Run `npm run clear` (or delete node_modules/.cache/rspack) and build again.',
    ].join('\n'),
  );
}

const all = [...files(buildDir)].filter((f) => !/\.(gz|br)$/.test(f));
const hashes = new Set<string>();
let pages = 0;
for (const file of all.filter((f) => f.endsWith('.html'))) {
  pages += 1;
  const built = readFileSync(file, 'utf8');
  const html = paintFirst ? runScriptsAfterFirstPaint(built) : built;
  if (html !== built) writeFileSync(file, html);
  for (const script of inlineScripts(html)) hashes.add(scriptHash(script));
}
writeFileSync(cspFile, nginxCspSnippet(contentSecurityPolicy(hashes)));

let raw = 0;
let gz = 0;
let br = 0;
for (const file of all.filter((f) => COMPRESSIBLE.test(f))) {
  const data = readFileSync(file);
  if (data.length < MIN_BYTES) continue;
  const gzipped = gzipSync(data, { level: 9 });
  const brotli = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  writeFileSync(`${file}.gz`, gzipped);
  writeFileSync(`${file}.br`, brotli);
  raw += data.length;
  gz += gzipped.length;
  br += brotli.length;
}

const kb = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `[postbuild] ${String(pages)} pages, ${String(hashes.size)} inline script hash(es) -> ${relative(root, cspFile)}; ` +
    `precompressed ${kb(raw)} -> gzip ${kb(gz)}, brotli ${kb(br)}`,
);
