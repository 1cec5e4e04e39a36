import AxeBuilder from '@axe-core/playwright';
import { expect, sitemapPaths, test } from './fixtures';

// Every page of the sitemaps of both locales, plus the 404 page of each locale: it loads with the
// right language, has one h1, and axe finds no WCAG 2.0/2.1/2.2 A or AA violation in either theme.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = sitemapPaths();

test('the sitemaps list every edition, locale and the home pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.filter((p) => /^\/(en\/)?docs\//.test(p))).toHaveLength(36);
});

const targets = [
  ...pages.map((path) => ({ path, status: 200 })),
  { path: '/this-page-does-not-exist', status: 404 },
  { path: '/en/this-page-does-not-exist', status: 404 },
];

for (const { path, status } of targets) {
  test(`${path} loads cleanly and passes axe in light and dark themes`, async ({ page }) => {
    const english = path.startsWith('/en/');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expect(page.locator('html')).toHaveAttribute('lang', english ? 'en-US' : 'ko-KR');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.locator('h1')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map(
        (v) =>
          `${scheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);
    }
  });
}

// The same sweep on a phone (Pixel 7 viewport, touch): target sizes, reflow and contrast of the
// phone layout. Light theme; the dark palette is the same at every width.
for (const { path, status } of targets) {
  test(`${path} passes axe on a phone @phone`, async ({ page, isMobile }) => {
    test.skip(!isMobile, 'phone project only');
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(violations).toEqual([]);
  });
}
