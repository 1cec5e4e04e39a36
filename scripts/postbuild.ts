/**
 * Runs after `docusaurus build`, over the whole build (every locale). It changes no page.
 * 1. checks that each locale's language switcher leads to the other (scripts/lib/localeLinks);
 * 2. hashes the inline scripts of every page and writes the CSP snippet nginx includes
 *    (deploy/nginx/csp.conf), so the policy never needs 'unsafe-inline' for scripts;
 * 3. precompresses text assets as .gz and .br next to the originals, for nginx's
 *    gzip_static / brotli_static (or any host that serves precompressed files).
 *
 * Why a script and not a plugin's `postBuild`: Docusaurus builds one locale at a time and calls
 * `postBuild` once per locale with that locale's folder (build/, then build/en/), but the CSP is
 * one policy for the whole site and the language-switcher check compares locales, so both need
 * every locale built. (The pages' scripts are laid out at render time, by the page template:
 * src/plugins/paintFirst.)
 *
 *   tsx scripts/postbuild.ts [build-dir] [--csp-out file]
 */
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { contentSecurityPolicy, inlineScripts, nginxCspSnippet, scriptHash } from './lib/csp';
import { DEFAULT_LOCALE, LOCALES } from '../src/data/locales';
import { localeLinkProblems, type LocaleHome } from './lib/localeLinks';

const root = join(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'csp-out': { type: 'string' },
  },
});
const buildDir = resolve(root, positionals[0] ?? 'build');
const cspFile = resolve(root, values['csp-out'] ?? join('deploy', 'nginx', 'csp.conf'));
// .md and .txt: the Markdown copies of the pages, llms.txt and llms-full.txt (src/plugins/llms).
const COMPRESSIBLE = /\.(html|js|css|json|svg|xml|txt|md|map|webmanifest)$/;
const MIN_BYTES = 1024;

if (!existsSync(join(buildDir, 'index.html'))) {
  throw new Error(`${relative(root, buildDir) || '.'} has no index.html: build the site first`);
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

// Each locale's home page (the default locale at the root, the others under <locale>/) when the
// build has them, at the site's base URL (BASE_URL, as in docusaurus.config.ts).
const siteBaseUrl = process.env.BASE_URL ?? '/';
const homes: LocaleHome[] = LOCALES.map((locale) => {
  const dir = locale === DEFAULT_LOCALE ? '' : locale;
  return { dir, baseUrl: dir ? `${siteBaseUrl}${dir}/` : siteBaseUrl };
}).flatMap(({ dir, baseUrl }) => {
  const file = join(buildDir, dir, 'index.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  return [{ lang: load(html)('html').attr('lang') ?? '', baseUrl, html }];
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
  for (const script of inlineScripts(readFileSync(file, 'utf8'))) hashes.add(scriptHash(script));
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
