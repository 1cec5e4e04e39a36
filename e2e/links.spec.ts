import { load } from 'cheerio';
import { expect, sitemapPaths, test } from './fixtures';

// nginx, with the real deploy/nginx config, serves every page of the sitemaps, every internal
// link target on them and their social cards. Whether each link and #anchor resolves in the
// build, and what the cards are, is checked without a browser (tests/build/links.test.ts,
// tests/build/metadata.test.ts); this checks the server answers those paths as the build checks
// assume (`try_files`, content types).

test('nginx serves every page, internal link target and social card', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const links = new Map<string, string>();
  const cards = new Map<string, string>();
  for (const from of sitemapPaths()) {
    const response = await request.get(from);
    expect(response.status(), `${from} is served`).toBe(200);
    const $ = load(await response.text());
    for (const link of $('a[href]').toArray()) {
      const url = new URL($(link).attr('href') ?? '', `${origin}${from}`);
      if (url.origin === origin && !links.has(url.pathname)) links.set(url.pathname, from);
    }
    const card = $('head meta[property="og:image"]').attr('content');
    expect(card, `${from} has an og:image`).toBeDefined();
    cards.set(new URL(card ?? '').pathname, from);
  }

  const problems: string[] = [];
  for (const [path, from] of links) {
    const response = await request.get(path);
    if (!response.ok())
      problems.push(`${path} (linked from ${from}): HTTP ${String(response.status())}`);
  }
  for (const [path, from] of cards) {
    const response = await request.get(path);
    const type = response.headers()['content-type'];
    if (response.status() !== 200 || type !== 'image/png') {
      problems.push(
        `${path} (card of ${from}): HTTP ${String(response.status())}, ${type ?? 'no type'}`,
      );
    }
  }
  expect(links.size).toBeGreaterThan(20);
  expect(cards.size).toBe(sitemapPaths().length);
  expect(problems).toEqual([]);
});
