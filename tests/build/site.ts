/**
 * The production build as the build checks read it: every HTML page, parsed with cheerio.
 * `npm run build` first; BUILD_DIR (relative to the repository root) picks another build folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BUILD_DIR = resolve(ROOT, process.env.BUILD_DIR ?? 'build');

if (!existsSync(join(BUILD_DIR, 'index.html'))) {
  throw new Error(
    `No production build in ${relative(ROOT, BUILD_DIR) || '.'}: run \`npm run build\` first.`,
  );
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every built HTML file, as a path relative to the build folder (`docs/comparison/index.html`). */
export const htmlFiles: readonly string[] = [...walk(BUILD_DIR)]
  .filter((file) => file.endsWith('.html'))
  .map((file) => relative(BUILD_DIR, file));

export function readBuilt(file: string): string {
  return readFileSync(join(BUILD_DIR, file), 'utf8');
}

const parsed = new Map<string, CheerioAPI>();
/** One built HTML file parsed with cheerio (cached: the checks read the same pages). */
export function page(file: string): CheerioAPI {
  let $ = parsed.get(file);
  if (!$) {
    $ = load(readBuilt(file));
    parsed.set(file, $);
  }
  return $;
}
