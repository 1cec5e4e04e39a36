import type { Page } from '@playwright/test';
import { expect, sitemapPaths, sweep, test } from './fixtures';

// Controls on a phone and from the keyboard (issue 14): every button, summary and toggle is at
// least 44 × 44 CSS px where the pointer is a finger; the home page's buttons line up; Escape
// closes a navbar dropdown.

/** The smallest target a finger gets (WCAG 2.5.5's size; the site's rule for touch). */
const MIN_TARGET = 44;

/** What a reader taps: buttons, disclosure summaries, custom buttons and toggles. */
const TARGETS = [
  'button',
  'summary',
  '[role="button"]',
  '[role="switch"]',
  'input[type="checkbox"]',
  'input[type="radio"]',
].join(', ');

/**
 * The visible controls under `scope` smaller than 44 × 44, as "tag “name” w×h". Controls that are
 * not rendered (closed menu, closed disclosure) are skipped; so are visually hidden ones (1 × 1,
 * for screen readers only), which no finger can reach.
 */
async function smallTargets(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ scope, targets, min }) => {
      const small = new Set<string>();
      for (const element of Array.from(document.querySelectorAll(`${scope} :is(${targets})`))) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        // A radio button or checkbox is tapped through its label too: the larger of the two.
        const labels = element instanceof HTMLInputElement ? Array.from(element.labels ?? []) : [];
        const box = [element, ...labels]
          .map((target) => target.getBoundingClientRect())
          .reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
        if (box.width <= 1 || box.height <= 1) continue;
        if (box.width >= min - 0.5 && box.height >= min - 0.5) continue;
        const name = (element.getAttribute('aria-label') ?? element.textContent).trim();
        small.add(
          `${element.tagName.toLowerCase()} “${name.slice(0, 40)}” ${String(Math.round(box.width))}×${String(Math.round(box.height))}`,
        );
      }
      return [...small];
    },
    { scope, targets: TARGETS, min: MIN_TARGET },
  );
}

/**
 * The pages measured, from the site's page list (the sitemaps of every locale): every page of
 * the current edition and the site's own pages (home, glossary, search); of an older edition,
 * which has the same templates, its first page and its comparison table.
 */
function measuredPages(): string[] {
  const olderEdition = /\/docs\/\d{4}\.\d{2}\/./;
  return sitemapPaths().filter((path) => !olderEdition.test(path) || path.endsWith('/comparison'));
}

test.describe('tap targets on a phone @phone-only', () => {
  // In groups of pages, each group in one browser page (fixtures.ts, `sweep`).
  sweep(
    'every control is at least 44 × 44',
    measuredPages(),
    { parts: 4, perItem: 10_000, name: (path) => path },
    async (page, path) => {
      await page.goto(path);
      expect.soft(await smallTargets(page), path).toEqual([]);
    },
  );

  test('the side-by-side view’s controls are at least 44 × 44', async ({ page }) => {
    await page.goto('/en/docs/comparison?view=parallel');
    expect(await smallTargets(page)).toEqual([]);
  });

  for (const path of ['/docs/comparison', '/en/']) {
    test(`${path}: the menu’s controls are at least 44 × 44`, async ({ page }) => {
      await page.goto(path);
      const toggle = page.locator('.navbar__toggle');
      const box = await toggle.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(MIN_TARGET);
      await toggle.click();
      const menu = page.locator('.navbar-sidebar');
      await expect(menu).toBeVisible();
      expect(await smallTargets(page, '.navbar-sidebar')).toEqual([]);
      // On a doc page the menu opens on the docs sidebar; the main menu is one step back.
      const back = page.locator('.navbar-sidebar--show-secondary .navbar-sidebar__back');
      if ((await back.count()) > 0) {
        await back.click();
        await expect(page.locator('.navbar-sidebar__item.menu').first()).toBeVisible();
        expect(await smallTargets(page, '.navbar-sidebar')).toEqual([]);
      }
    });
  }

  for (const path of ['/', '/en/']) {
    test(`${path}: the home page’s buttons line up, with the same insets and width`, async ({
      page,
    }) => {
      await page.goto(path);
      const buttons = await page.locator('main header .button, header .button').all();
      expect(buttons.length).toBeGreaterThanOrEqual(2);
      const boxes = await Promise.all(buttons.map((button) => button.boundingBox()));
      const width = page.viewportSize()?.width ?? 0;
      const text = await page.locator('header p').first().boundingBox();
      for (const box of boxes) {
        if (!box || !text) throw new Error('home page buttons not laid out');
        // The text column's edges, as the tagline above them.
        expect(Math.abs(box.x - text.x)).toBeLessThanOrEqual(1);
        expect(Math.abs(box.x + box.width - (text.x + text.width))).toBeLessThanOrEqual(1);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.height).toBeGreaterThanOrEqual(MIN_TARGET);
      }
    });
  }
});

test.describe('Escape closes a navbar dropdown', () => {
  // The language dropdown: on every page, in both locales.
  const languages = (page: Page) =>
    page.locator('.navbar .dropdown').filter({ has: page.locator('.dropdown__link[lang]') });

  test('opened from the keyboard: closes, and focus returns to its toggle', async ({ page }) => {
    await page.goto('/docs/comparison');
    const dropdown = languages(page);
    const toggle = dropdown.locator('[aria-haspopup]');
    const menu = dropdown.locator('.dropdown__menu');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(menu.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();
    // It opens again.
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
  });

  test('opened by the pointer resting on it: hidden until the pointer leaves', async ({ page }) => {
    await page.goto('/en/docs/comparison');
    const dropdown = languages(page);
    const menu = dropdown.locator('.dropdown__menu');
    await dropdown.locator('[aria-haspopup]').hover();
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await page.mouse.move(0, 400);
    await dropdown.locator('[aria-haspopup]').hover();
    await expect(menu).toBeVisible();
  });
});
