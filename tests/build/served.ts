/**
 * The production build as nginx serves it (deploy/nginx/site.conf), read from disk: which file
 * answers a path, and which pages the sitemaps list. The browser tests check that nginx really
 * answers these paths (e2e/links.spec.ts); the build checks use this to read every page.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { BUILD_DIR, readBuilt } from './site';

/** The 404 pages are `internal` in the nginx config: a request for them gets a 404. */
const INTERNAL = new Set(['/404.html', '/en/404.html']);

function isFile(relativePath: string): boolean {
  try {
    return statSync(join(BUILD_DIR, relativePath)).isFile();
  } catch {
    return false;
  }
}

/**
 * The built file nginx answers a URL path with (`try_files $uri $uri/index.html $uri.html`), as a
 * path relative to the build folder, or null when nginx answers 404.
 */
export function servedFile(pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (INTERNAL.has(path) || path.includes('/../')) return null;
  const uri = path.replace(/^\/+/, '');
  for (const candidate of [uri, `${uri}/index.html`, `${uri}.html`]) {
    const file = candidate.replace(/\/{2,}/g, '/').replace(/^\//, '');
    if (isFile(file)) return file;
  }
  return null;
}

/** The URLs listed in one sitemap of the build (`sitemap.xml`, `en/sitemap.xml`). */
export function sitemapUrls(sitemap: string): URL[] {
  const $ = load(readBuilt(sitemap), { xml: true });
  return $('url > loc')
    .toArray()
    .map((loc) => new URL($(loc).text().trim()));
}

/**
 * The sitemap of each locale: the default locale's at the root, each other locale's in its own
 * folder (`en/sitemap.xml`).
 */
export const SITEMAPS: readonly string[] = [
  'sitemap.xml',
  ...readdirSync(BUILD_DIR)
    .sort()
    .map((name) => `${name}/sitemap.xml`)
    .filter((file) => existsSync(join(BUILD_DIR, file))),
];

/** Every page the sitemaps of both locales list, as paths (`/`, `/en/docs/vm-problems`). */
export const sitemapPaths: readonly string[] = SITEMAPS.flatMap((sitemap) =>
  sitemapUrls(sitemap).map((url) => url.pathname),
);

/** The public address the build was made for (SITE_URL), as the sitemap spells it. */
export const siteOrigin: string = sitemapUrls('sitemap.xml')[0]?.origin ?? '';

/** The built HTML file of a page path; throws when nginx would not serve it. */
export function pageFile(pathname: string): string {
  const file = servedFile(pathname);
  if (file === null || !file.endsWith('.html')) {
    throw new Error(`${pathname}: no built HTML page answers this path`);
  }
  return file;
}
