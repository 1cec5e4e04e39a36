import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { socialCardPath } from '../src/utils/socialCard';
import { expect, sitemapPaths, test } from './fixtures';

// What a wiki, a chat or a search engine reads from each page of the sitemaps of both locales:
// canonical URL, hreflang alternates, Open Graph and Twitter card tags, and a social card image
// of its own, in its own language.

// Link previews are built from the server HTML, without running the page's scripts: so are
// these checks (and the client's head updates cannot race them).
test.use({ javaScriptEnabled: false });

const buildDir = process.env.E2E_BUILD_DIR ?? 'build';
// The public address the build was made for (SITE_URL), as the sitemap spells it.
const siteOrigin = new URL(
  /<loc>([^<]+)<\/loc>/.exec(readFileSync(join(buildDir, 'sitemap.xml'), 'utf8'))?.[1] ?? '',
).origin;
const pages = sitemapPaths();
const HANGUL = /[\uac00-\ud7a3]/;

interface Head {
  readonly title: string;
  readonly h1: string;
  readonly meta: Record<string, string[]>;
  readonly links: { rel: string; href: string; hreflang: string | null }[];
}

async function readHead(page: import('@playwright/test').Page): Promise<Head> {
  return page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    for (const tag of Array.from(document.head.querySelectorAll('meta'))) {
      const key = tag.getAttribute('property') ?? tag.getAttribute('name');
      if (key === null) continue;
      (meta[key] ??= []).push(tag.getAttribute('content') ?? '');
    }
    return {
      title: document.title,
      h1: document.querySelector('h1')?.textContent.trim() ?? '',
      meta,
      links: Array.from(document.head.querySelectorAll('link[rel]')).map((link) => ({
        rel: link.getAttribute('rel') ?? '',
        href: link.getAttribute('href') ?? '',
        hreflang: link.getAttribute('hreflang'),
      })),
    };
  });
}

/** The same page in the other locale: `/en` added or removed. */
function koPath(path: string): string {
  return path.startsWith('/en/') ? path.slice(3) : path;
}

test('the sitemaps list both locales of every page', () => {
  expect(pages.length).toBeGreaterThanOrEqual(40);
  const ko = pages.filter((p) => !p.startsWith('/en/')).sort();
  const en = pages
    .filter((p) => p.startsWith('/en/'))
    .map(koPath)
    .sort();
  expect(en).toEqual(ko);
});

for (const path of pages) {
  test(`${path}: canonical, hreflang, Open Graph, Twitter card and its own social card`, async ({
    page,
    request,
  }) => {
    const english = path.startsWith('/en/');
    await page.goto(path);
    const head = await readHead(page);
    const one = (key: string): string => {
      expect(head.meta[key], `<meta> ${key}`).toHaveLength(1);
      return head.meta[key]?.[0] ?? '';
    };

    // Canonical URL and alternates: the published address of this page in each language.
    const canonical = head.links.filter((l) => l.rel === 'canonical').map((l) => l.href);
    expect(canonical).toEqual([`${siteOrigin}${path}`]);
    const alternates = Object.fromEntries(
      head.links
        .filter((l) => l.rel === 'alternate' && l.hreflang)
        .map((l): [string, string] => [l.hreflang ?? '', l.href]),
    );
    expect(alternates).toEqual({
      'ko-KR': `${siteOrigin}${koPath(path)}`,
      'en-US': `${siteOrigin}${english ? path : `/en${path}`}`,
      'x-default': `${siteOrigin}${koPath(path)}`,
    });
    expect(one('og:url')).toBe(`${siteOrigin}${path}`);

    // Title and summary in the page's own language.
    const title = one('og:title');
    expect(title).toBe(head.title);
    expect(title.length).toBeGreaterThan(0);
    if (english) expect(title).not.toMatch(HANGUL);
    else expect(title).toMatch(HANGUL);
    const description = one('og:description');
    expect(description.length).toBeGreaterThan(10);
    expect(one('description')).toBe(description);
    if (english) expect(description).not.toMatch(HANGUL);
    else expect(description).toMatch(HANGUL);

    expect(one('og:locale')).toBe(english ? 'en_US' : 'ko_KR');
    expect(head.meta['og:locale:alternate']).toEqual([english ? 'ko_KR' : 'en_US']);
    expect(one('twitter:card')).toBe('summary_large_image');

    // The social card: this page's own image, on this site, a small 1200×630 PNG.
    const image = one('og:image');
    const base = english ? '/en/' : '/';
    expect(image).toBe(`${siteOrigin}${socialCardPath(path, base)}`);
    expect(one('twitter:image')).toBe(image);
    expect(one('og:image:width')).toBe('1200');
    expect(one('og:image:height')).toBe('630');
    const response = await request.get(new URL(image).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.length).toBeLessThan(100 * 1024);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

test('every page has a summary of its own, not one shared with another page', async ({
  request,
}) => {
  const seen = new Map<string, string>();
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const description = /<meta[^>]*property="?og:description"?[^>]*content="([^"]*)"/.exec(
      html,
    )?.[1];
    expect(description, `${path} has an og:description`).toBeDefined();
    const owner = seen.get(description ?? '');
    expect(owner, `${path} repeats the summary of ${owner ?? ''}`).toBeUndefined();
    seen.set(description ?? '', path);
  }
});

test('a page and its translation have different cards', async ({ request }) => {
  for (const path of ['/docs/vm-problems', '/docs/2021.02/comparison', '/glossary', '/']) {
    const ko = await (await request.get(socialCardPath(path, '/'))).body();
    const en = await (await request.get(socialCardPath(`/en${path}`, '/en/'))).body();
    expect(ko.equals(en), `${path}: the Korean and English cards are the same image`).toBe(false);
  }
});

test.describe('short glossary links', () => {
  // The redirect is a meta refresh: it works without scripts, as in the other tests here.
  for (const [short, target, title] of [
    ['/t/hypervisor', '/glossary#hypervisor', '하이퍼바이저'],
    ['/en/t/kernel', '/en/glossary#kernel', 'kernel (커널)'],
  ] as const) {
    test(`${short} leads to ${target} and unfurls like the term`, async ({ page, request }) => {
      const html = await (await request.get(short)).text();
      expect(html).toContain(`<link rel="canonical" href="${siteOrigin}${target}">`);
      expect(/<meta property="og:title" content="([^"]*)">/.exec(html)?.[1]).toContain(title);
      await page.goto(short);
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(target.slice(target.indexOf('#')))).toBeInViewport();
    });
  }
});
