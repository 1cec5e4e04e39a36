import { describe, expect, it } from 'vitest';
import { pageFile, servedFile, siteOrigin, sitemapPaths } from './served';
import { page } from './site';

// A crawler over the built site, beyond Docusaurus's build-time check: every internal link on
// every page of the sitemaps (both locales, both editions, glossary, search, home) must reach a
// file that nginx serves (deploy/nginx/site.conf; e2e/links.spec.ts asks the real nginx), and
// every #anchor must be an id in the server HTML of that page: a reader with JavaScript off, a
// crawler and the first paint all land on it.

/** The ids in the server HTML of a built page. */
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const $ = page(file);
    ids = new Set($('[id]').map((_, element) => $(element).attr('id') ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

const checked = new Set<string>();

describe('every internal link and anchor resolves', () => {
  it.each(sitemapPaths)('on %s', (from) => {
    const broken: string[] = [];
    const $ = page(pageFile(from));
    for (const link of $('a[href]').toArray()) {
      const href = $(link).attr('href') ?? '';
      const url = new URL(href, `${siteOrigin}${from}`);
      if (url.origin !== siteOrigin || checked.has(`${from} ${url.href}`)) continue;
      checked.add(`${from} ${url.href}`);
      const target = servedFile(url.pathname);
      if (target === null) {
        broken.push(`${from} -> ${href}: not served (404)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (!anchor) continue;
      if (!target.endsWith('.html') || !idsOf(target).has(anchor)) {
        broken.push(`${from} -> ${href}: no #${anchor} on ${url.pathname}`);
      }
    }
    expect(broken).toEqual([]);
  });

  // Runs after the pages above (the tests of a file run in order): the crawl saw the site's links.
  it('the crawl checked the links of the whole site', () => {
    expect(checked.size).toBeGreaterThan(500);
  });
});
