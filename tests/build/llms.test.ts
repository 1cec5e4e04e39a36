import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES, docUrl, sitePages } from '../../scripts/lib/sitePages';
import { markdownPath } from '../../src/plugins/llms/paths';
import { servedFile, siteOrigin } from './served';
import { BUILD_DIR, readBuilt } from './site';

// The Markdown copies for wikis and assistants (src/plugins/llms): each locale's llms.txt links
// the Markdown copy of every revised-edition page and of the glossary, every link in it reaches a
// built file, every page of both editions has its copy, and no copy keeps any MDX.

const prefixOf = (locale: string): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);
const fileOf = (path: string): string => path.replace(/^\//, '');

/** The URLs of the Markdown links of a Markdown text (`[text](url)`). */
function linksOf(markdown: string): URL[] {
  return [...markdown.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((match) => new URL(match[1] ?? ''));
}

/** Every Markdown copy a page of the site has: all docs of every edition, and the glossaries. */
const copies = [
  ...sitePages().map((page) => ({
    locale: page.locale,
    revised: page.edition === 'current',
    path: markdownPath(docUrl(page.locale, page.edition, page.id)),
  })),
  ...LOCALES.map((locale) => ({
    locale,
    revised: true,
    path: markdownPath(`${prefixOf(locale)}/glossary`),
  })),
];

describe('Markdown copies', () => {
  it('covers both editions, both locales and the glossaries', () => {
    expect(copies.length).toBeGreaterThanOrEqual(2 * 2 * 9 + 2);
  });

  it.each(copies.map((copy) => copy.path))('%s is built, with no MDX left', (path) => {
    expect(existsSync(join(BUILD_DIR, fileOf(path))), `${path} is missing`).toBe(true);
    const markdown = readBuilt(fileOf(path));
    expect(markdown).toMatch(/^# \S/);
    expect(markdown).not.toMatch(/^\s*(import|export) /m);
    expect(markdown).not.toContain('{/*');
    // No JSX or HTML tag (a `<` may only appear in text, escaped or in code).
    expect(markdown.replace(/`[^`\n]*`/g, '')).not.toMatch(/<\/?[A-Za-z][\w.:-]*(\s[^>]*)?\/?>/);
    expect(markdown).not.toMatch(/<Term|<Fact|<ComparisonTable|<KnowledgeCheck|<details/);
    // Links are absolute, to the address the site was built for or outside it.
    for (const url of linksOf(markdown)) expect(url.protocol).toMatch(/^https?:$/);
    expect(markdown).not.toMatch(/\]\((?!https?:)/);
  });

  it.each(LOCALES)('the comparison table of %s is a GFM table', (locale) => {
    for (const edition of ['', '/2021.02']) {
      const markdown = readBuilt(fileOf(`${prefixOf(locale)}/docs${edition}/comparison.md`));
      const table = markdown.split('\n').filter((line) => line.startsWith('| '));
      expect(table.length).toBeGreaterThanOrEqual(8);
      expect(table[1]).toMatch(/^\| -+ \| -+ \| -+ \|$/);
      expect(table.every((line) => line.endsWith(' |'))).toBe(true);
    }
  });
});

describe.each(LOCALES)('llms.txt of %s', (locale) => {
  const prefix = prefixOf(locale);
  const llms = readBuilt(fileOf(`${prefix}/llms.txt`));
  const full = readBuilt(fileOf(`${prefix}/llms-full.txt`));
  const links = linksOf(llms);

  it('has a title, a one-paragraph summary and a Docs section (llmstxt.org)', () => {
    expect(llms).toMatch(/^# \S.*\n\n> \S[^\n]*\n\n## Docs\n\n- \[/);
  });

  it('links the Markdown copy of every revised page and of the glossary, with a description', () => {
    const linked = new Set(links.map((url) => url.pathname));
    for (const copy of copies.filter((c) => c.locale === locale && c.revised)) {
      expect(linked, `${copy.path} is not linked`).toContain(copy.path);
      const line = llms.split('\n').find((l) => l.includes(`(${siteOrigin}${copy.path})`)) ?? '';
      expect(line).toMatch(/^- \[[^\]]+\]\([^)]+\): \S/);
    }
  });

  it('links only files that are built', () => {
    expect(links.length).toBeGreaterThan(10);
    for (const url of links) {
      expect(url.origin).toBe(siteOrigin);
      expect(servedFile(url.pathname), `${url.href} is not served`).not.toBeNull();
    }
  });

  it('llms-full.txt holds the Markdown of every revised page and of the glossary', () => {
    for (const copy of copies.filter((c) => c.locale === locale && c.revised)) {
      expect(full).toContain(readBuilt(fileOf(copy.path)).trim());
    }
    expect(full).not.toContain('{/*');
  });
});
