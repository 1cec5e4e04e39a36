import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MIN_TARGET, smallTargets } from './phone-layout';

// Controls on a phone and from the keyboard (issue 14): every button, summary and toggle is at
// least 44 × 44 CSS px where the pointer is a finger (every page: phone-pages.spec.ts; here the
// menus and the side-by-side view); the home page's buttons line up; Escape closes a navbar
// dropdown.

test.describe('tap targets on a phone @phone-only', () => {
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
