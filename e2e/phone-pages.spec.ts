import { expect, sitemapPaths, sweep, test } from './fixtures';
import { MAX_TEXT_START, docPaths, smallTargets, textStart } from './phone-layout';

// Every page of the site on a phone (issue 14), each loaded once for both checks: every control a
// finger taps is at least 44 × 44 CSS px, and on a doc page the text starts on the first screen.
// Scheduled in the phone project only (playwright.config.ts).

test.describe('every page on a phone @phone-only', () => {
  const pages = sitemapPaths();
  const docs = new Set(docPaths());

  test('covers every page, and every doc page of every edition and locale', () => {
    expect(docs.size).toBeGreaterThanOrEqual(36);
    expect(docs).toContain('/en/docs/2021.02/containers');
    // The doc pages come from the sidebars (scripts/lib/sitePages.ts), the pages swept from the
    // sitemaps: a doc page the sitemaps miss would go unmeasured.
    expect([...docs].filter((path) => !pages.includes(path))).toEqual([]);
    // ... and the site's own pages, in both locales, are swept too (tap targets only).
    for (const path of ['/', '/glossary', '/en/', '/en/glossary']) expect(pages).toContain(path);
  });

  // In groups of pages, each group in one browser page (fixtures.ts, `sweep`).
  sweep(
    `every control is at least 44 × 44, and a doc page's text starts within the first ${String(MAX_TEXT_START * 100)}% of the screen`,
    pages,
    { parts: 6, perItem: 10_000, name: (path) => path },
    async (page, path) => {
      await page.goto(path);
      expect.soft(await smallTargets(page), `${path}: controls under 44 × 44`).toEqual([]);
      if (docs.has(path)) {
        const { top, fraction } = await textStart(page);
        expect
          .soft(fraction, `${path}: text starts at ${String(Math.round(top))} px`)
          .toBeLessThanOrEqual(MAX_TEXT_START);
      }
    },
  );
});
