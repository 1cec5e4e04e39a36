import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURRENT,
  DEFAULT_LOCALE,
  docUrl,
  EDITIONS,
  LOCALES,
  sitePages,
} from '../../scripts/lib/sitePages';
import { servedFile, sitemapPaths } from './served';
import { htmlFiles, page, ROOT } from './site';

// The pages the site builds, derived from their sources (no list to update): the doc pages of
// every sidebar, edition and locale (scripts/lib/sitePages.ts), the pages of src/pages and the
// search page, each in every locale. The sitemaps list exactly these, and each is built.

const localePrefix = (locale: string): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** The search plugin's results page (@easyops-cn/docusaurus-search-local serves it at /search). */
const SEARCH_PAGE = '/search';

/** The routes of src/pages: `index.tsx` → `/`, `glossary.tsx` → `/glossary`. */
function pageRoutes(): string[] {
  return readdirSync(join(ROOT, 'src', 'pages'))
    .filter((name) => /\.(tsx|jsx|ts|js|mdx|md)$/.test(name) && !/^_|\.test\./.test(name))
    .map((name) => name.replace(/\.[^.]+$/, ''))
    .map((name) => (name === 'index' ? '/' : `/${name}`));
}

function expectedPaths(): string[] {
  const docs = sitePages().map((doc) => docUrl(doc.locale, doc.edition, doc.id));
  const others = LOCALES.flatMap((locale) =>
    [...pageRoutes(), SEARCH_PAGE].map((route) => `${localePrefix(locale)}${route}`),
  );
  return [...docs, ...others].sort();
}

describe('the sitemaps', () => {
  it('list every page of every edition and locale, and nothing else', () => {
    const expected = expectedPaths();
    // Every edition in every locale, and both home pages.
    expect(expected).toContain('/');
    expect(expected).toContain('/en/');
    for (const locale of LOCALES) {
      for (const edition of EDITIONS) {
        const start = `${localePrefix(locale)}/docs${edition === CURRENT ? '' : `/${edition}`}/`;
        expect(expected, `the ${locale} ${edition} edition`).toContain(start);
      }
    }
    expect([...sitemapPaths].sort()).toEqual(expected);
  });

  it.each(sitemapPaths)('%s is built as an HTML page', (path) => {
    expect(servedFile(path)).toMatch(/\.html$/);
  });

  it('leave out only the 404 pages and the short-link redirects', () => {
    const listed = new Set(sitemapPaths.map((path) => servedFile(path)));
    const unlisted = htmlFiles.filter((file) => !listed.has(file));
    const redirects = unlisted.filter(
      (file) => page(file)('meta[http-equiv="refresh"]').length === 1,
    );
    const notFound = LOCALES.map((locale) =>
      `${localePrefix(locale)}/404.html`.slice(1),
    );
    expect(unlisted.filter((file) => !redirects.includes(file)).sort()).toEqual(notFound.sort());
    expect(redirects.length).toBeGreaterThan(0);
    for (const file of redirects) {
      expect(page(file)('meta[name="robots"]').attr('content'), file).toBe('noindex');
    }
  });
});
