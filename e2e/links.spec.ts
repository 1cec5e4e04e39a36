import { expect, sitemapPaths, test } from './fixtures';

// A crawler over the served site, beyond Docusaurus's build-time check: every internal link on
// every page (both locales, both editions, glossary, home) must reach a page that nginx serves,
// and every #anchor must exist on that page.
// The build's HTML is minified: attribute values may be double-quoted, single-quoted or bare.
const HREF = /<a\b[^>]*?\shref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
const ID = /\sid=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
const value = (m: RegExpMatchArray): string => decode(m[1] ?? m[2] ?? m[3] ?? '');

const decode = (value: string): string =>
  value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'");

test('every internal link and anchor on every page resolves', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  const htmlByPath = new Map<string, string>();
  const fetchPage = async (path: string): Promise<string | null> => {
    if (!htmlByPath.has(path)) {
      const response = await request.get(path);
      htmlByPath.set(path, response.ok() ? await response.text() : '');
      if (!response.ok()) return null;
    }
    return htmlByPath.get(path) || null;
  };

  const broken: string[] = [];
  const checked = new Set<string>();
  for (const from of sitemapPaths()) {
    const html = await fetchPage(from);
    expect(html, `${from} is served`).not.toBeNull();
    for (const match of (html ?? '').matchAll(HREF)) {
      const href = value(match);
      const url = new URL(href, `${origin}${from}`);
      if (url.origin !== origin || checked.has(`${from} ${url.href}`)) continue;
      checked.add(`${from} ${url.href}`);
      const target = await fetchPage(url.pathname);
      if (target === null) {
        broken.push(`${from} -> ${href}: HTTP error`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (!anchor) continue;
      const ids = new Set([...target.matchAll(ID)].map(value));
      if (!ids.has(anchor)) broken.push(`${from} -> ${href}: no #${anchor} on ${url.pathname}`);
    }
  }
  expect(checked.size).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});
