import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { socialCardPath } from '../../src/utils/socialCard';
import { pageFile, servedFile, siteOrigin, sitemapPaths } from './served';
import { BUILD_DIR, htmlFiles, page } from './site';

// What a wiki, a chat or a search engine reads from each page of the sitemaps of both locales:
// canonical URL, hreflang alternates, Open Graph and Twitter card tags, and a social card image
// of its own, in its own language. Link previews are built from the server HTML, without running
// the page's scripts: so are these checks (the built HTML is exactly what a reader with
// JavaScript off gets).

const HANGUL = /[\uac00-\ud7a3]/;
const isEnglish = (path: string): boolean => path.startsWith('/en/');

/** The same page in the default locale: `/en` removed. */
function koPath(path: string): string {
  return isEnglish(path) ? path.slice(3) : path;
}

interface Head {
  readonly title: string;
  readonly meta: Record<string, string[]>;
  readonly links: { rel: string; href: string; hreflang: string | undefined }[];
}

/** The head of a page as a link preview reads it: the title, every <meta> and every <link>. */
function readHead($: CheerioAPI): Head {
  const meta: Record<string, string[]> = {};
  for (const tag of $('head meta').toArray()) {
    const key = $(tag).attr('property') ?? $(tag).attr('name');
    if (key === undefined) continue;
    (meta[key] ??= []).push($(tag).attr('content') ?? '');
  }
  return {
    // As `document.title` reads it: whitespace collapsed and trimmed.
    title: $('head title').first().text().replace(/\s+/g, ' ').trim(),
    meta,
    links: $('head link[rel]')
      .toArray()
      .map((link) => ({
        rel: $(link).attr('rel') ?? '',
        href: $(link).attr('href') ?? '',
        hreflang: $(link).attr('hreflang'),
      })),
  };
}

/** The built file of a social card URL, checked to be a small 1200×630 PNG. */
function readCard(url: string): Buffer {
  const file = servedFile(new URL(url).pathname);
  expect(file, `${url} is in the build`).not.toBeNull();
  expect(file).toMatch(/\.png$/);
  return readFileSync(join(BUILD_DIR, file ?? ''));
}

it('the sitemaps list both locales of every page', () => {
  expect(sitemapPaths.length).toBeGreaterThanOrEqual(40);
  const ko = sitemapPaths.filter((p) => !isEnglish(p)).sort();
  const en = sitemapPaths.filter(isEnglish).map(koPath).sort();
  expect(en).toEqual(ko);
});

describe('canonical, hreflang, Open Graph, Twitter card and its own social card', () => {
  it.each(sitemapPaths)('%s', (path) => {
    const english = isEnglish(path);
    const head = readHead(page(pageFile(path)));
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
    expect(image).toBe(`${siteOrigin}${socialCardPath(path, english ? '/en/' : '/')}`);
    expect(one('twitter:image')).toBe(image);
    expect(one('og:image:width')).toBe('1200');
    expect(one('og:image:height')).toBe('630');
    const png = readCard(image);
    expect(png.length).toBeLessThan(100 * 1024);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

it('every page has a summary of its own, not one shared with another page', () => {
  const seen = new Map<string, string>();
  for (const path of sitemapPaths) {
    const description = page(pageFile(path))('head meta[property="og:description"]').attr(
      'content',
    );
    expect(description, `${path} has an og:description`).toBeDefined();
    const owner = seen.get(description ?? '');
    expect(owner, `${path} repeats the summary of ${owner ?? ''}`).toBeUndefined();
    seen.set(description ?? '', path);
  }
});

it('a page and its translation have different cards', () => {
  for (const path of sitemapPaths.filter((p) => !isEnglish(p))) {
    const ko = readCard(`${siteOrigin}${socialCardPath(path, '/')}`);
    const en = readCard(`${siteOrigin}${socialCardPath(`/en${path}`, '/en/')}`);
    expect(ko.equals(en), `${path}: the Korean and English cards are the same image`).toBe(false);
  }
});

// The short glossary links (`/t/<term>`) redirect with a meta refresh (followed in a browser by
// e2e/metadata.spec.ts) and unfurl like the term they lead to.
const shortLinks = htmlFiles.filter((file) => /^(en\/)?t\//.test(file));

it('the same short links exist in both locales', () => {
  expect(shortLinks.filter((file) => file.startsWith('en/')).length).toBeGreaterThan(20);
  expect(shortLinks.filter((file) => !file.startsWith('en/')).map((f) => `en/${f}`)).toEqual(
    shortLinks.filter((file) => file.startsWith('en/')),
  );
});

describe('a short link leads to its term and unfurls like it', () => {
  it.each(shortLinks)('%s', (file) => {
    const $ = page(file);
    const refresh = /^0; url=(.+)$/.exec($('meta[http-equiv="refresh"]').attr('content') ?? '');
    expect(refresh, 'a meta refresh').not.toBeNull();
    const target = refresh?.[1] ?? '';
    expect(target).toMatch(file.startsWith('en/') ? /^\/en\/glossary#/ : /^\/glossary#/);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${siteOrigin}${target}`);
    expect($('meta[property="og:url"]').attr('content')).toBe(`${siteOrigin}${target}`);
    // The term's own card: the glossary's.
    const english = file.startsWith('en/');
    expect($('meta[property="og:image"]').attr('content')).toBe(
      `${siteOrigin}${socialCardPath(english ? '/en/glossary' : '/glossary', english ? '/en/' : '/')}`,
    );
    // The term exists on the glossary page.
    const [glossary = '', id = ''] = target.split('#');
    expect(page(pageFile(glossary))(`[id="${id}"]`)).toHaveLength(1);
  });

  for (const [short, target, title] of [
    ['/t/hypervisor', '/glossary#hypervisor', '하이퍼바이저'],
    ['/en/t/kernel', '/en/glossary#kernel', 'kernel (커널)'],
  ] as const) {
    it(`${short} leads to ${target} with the term's title`, () => {
      const $ = page(pageFile(short));
      expect($('link[rel="canonical"]').attr('href')).toBe(`${siteOrigin}${target}`);
      expect($('meta[property="og:title"]').attr('content')).toContain(title);
    });
  }
});
