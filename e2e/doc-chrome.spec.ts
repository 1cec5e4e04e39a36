import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The controls around a doc page's text (issue 14, "Fewer controls around the text"): one link
// control per heading; the edition stated once and its menu only where there are editions; the
// side-by-side view has the width; the per-section language control is named for its section.
// That the text starts on a phone's first screen is checked on every page in
// phone-pages.spec.ts.

test('the edition is stated once: no badge above the title @phone', async ({ page }) => {
  for (const path of ['/docs/comparison', '/en/docs/2021.02/comparison']) {
    await page.goto(path);
    await expect(page.locator('.theme-doc-version-badge')).toHaveCount(0);
  }
  // The original edition says so in its banner, on a phone in one line with the revised page.
  await page.goto('/docs/2021.02/comparison');
  const phone = (page.viewportSize()?.width ?? 0) <= 996;
  const banner = phone
    ? page.locator('[data-short-version-banner]')
    : page.locator('.theme-doc-version-banner').first();
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('초판 (2021.02)');
  // On a phone the banner's text and link unfold from the edition's name.
  if (phone) await banner.locator('summary').click();
  await expect(banner.getByRole('link', { name: '개정판의 같은 페이지' })).toHaveAttribute(
    'href',
    '/docs/comparison',
  );
});

test('on the narrowest phone the edition’s name is shown whole, in two lines if need be @phone-only', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 740 });
  for (const [path, name] of [
    ['/en/docs/2021.02/containers', 'Original edition (2021.02)'],
    ['/docs/2021.02/containers', '초판 (2021.02)'],
  ] as const) {
    await page.goto(path);
    const label = page.locator('[data-short-version-banner] summary > span');
    await expect(label).toHaveText(name);
    const box = await label.evaluate((element) => {
      const summary = element.parentElement?.getBoundingClientRect();
      const own = element.getBoundingClientRect();
      return {
        cut:
          element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight,
        inside: summary !== undefined && own.right <= summary.right && own.bottom <= summary.bottom,
      };
    });
    expect(box, path).toEqual({ cut: false, inside: true });
  }
});

test('each section heading has one link control, one Tab stop @phone', async ({ page }) => {
  for (const path of ['/docs/comparison', '/en/docs/containers', '/docs/2021.02/containers']) {
    await page.goto(path);
    const headings = page.locator('main :is(h2, h3)[id]');
    const count = await headings.count();
    expect(count, path).toBeGreaterThan(0);
    const stops = await headings.evaluateAll((elements) =>
      elements.map((heading) => ({
        id: heading.id,
        stops: Array.from(
          heading.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'),
        ).filter((element) => (element as HTMLElement).tabIndex >= 0).length,
        link: heading.querySelector('a.hash-link')?.getAttribute('href') ?? null,
      })),
    );
    expect(
      stops.filter((heading) => heading.stops !== 1 || heading.link !== `#${heading.id}`),
    ).toEqual([]);
  }

  // From the keyboard: the heading's link, then the next thing is outside the heading.
  await page.goto('/docs/comparison');
  const link = page.locator('h2#recap a.hash-link');
  await link.focus();
  await expect(link).toHaveAccessibleName('“한눈에 정리” 링크 복사');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('h2#recap') ?? null)).toBeNull();
});

test('a heading’s link copies the section’s address and goes to it @phone', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto('/en/docs/containers');
  const heading = page.locator('#namespaces');
  await heading.locator('a.hash-link').click();
  await expect(page).toHaveURL(/\/en\/docs\/containers#namespaces$/);
  const status = heading.locator('xpath=preceding-sibling::*[1]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(/^Copied the link to “.+”\.$/);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${(canonical ?? '').replace(/#.*$/, '')}#namespaces`,
  );
});

/** The edition menu's entries, in the navbar or the phone menu (the footer links them too). */
function editionLinks(page: Page): ReturnType<Page['locator']> {
  return page.locator('.navbar a', {
    hasText: /^(초판 \(2021\.02\)|Original edition \(2021\.02\))$/,
  });
}

/** Opens the phone menu (on a phone), for what the navbar shows there. */
async function openMenu(page: Page): Promise<void> {
  const toggle = page.locator('.navbar__toggle');
  if (await toggle.isVisible()) {
    await toggle.click();
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
  }
}

test('the edition menu is only on the docs, with a clear label on a phone @phone', async ({
  page,
}) => {
  const phone = (page.viewportSize()?.width ?? 0) <= 996;
  const menu = phone ? page.locator('.navbar-sidebar') : page.locator('.navbar');
  // On a doc page: the menu, labelled as what it chooses on a phone.
  await page.goto('/docs/comparison');
  await openMenu(page);
  if (phone) await expect(menu.getByText('판 선택', { exact: true })).toBeVisible();
  // (Its entries are in the page, shown when the menu opens.)
  await expect(editionLinks(page).first()).toBeAttached();

  // On the glossary (and the other pages without editions): none, in either locale.
  for (const path of ['/glossary', '/en/glossary', '/']) {
    await page.goto(path);
    await openMenu(page);
    await expect(menu.getByText(/^(판 선택|Edition)$/)).toHaveCount(0);
    await expect(editionLinks(page)).toHaveCount(0);
    await expect(
      page.locator('.navbar').getByRole('button', { name: /개정판|Revised/ }),
    ).toHaveCount(0);
  }
});

test('the side-by-side view folds the docs sidebar away and gives both titles the same size', async ({
  page,
}) => {
  await page.goto('/docs/comparison');
  const sidebar = page.locator('.theme-doc-sidebar-container');
  await expect(sidebar).toBeVisible();
  await page.goto('/docs/comparison?view=parallel');
  await expect(page.locator('html')).toHaveAttribute('data-bilingual-view', 'parallel');
  await expect(sidebar).toBeHidden();
  const intro = page.locator('[data-bilingual-parallel] > [data-section]').first();
  const own = intro.locator('h1');
  const other = intro.locator('[lang="en-US"] > p').first();
  await expect(other).toHaveText('Summary table');
  const style = (element: Element): string[] => {
    const computed = getComputedStyle(element);
    return [computed.fontSize, computed.fontWeight, computed.lineHeight];
  };
  expect(await other.evaluate(style)).toEqual(await own.evaluate(style));
  // The two columns share the width the sidebar left.
  const main = await page.locator('main').boundingBox();
  expect(main?.width ?? 0).toBeGreaterThan((page.viewportSize()?.width ?? 0) * 0.9);

  // Back to one language: the sidebar returns.
  await page.getByRole('button', { name: '한·영 나란히 보기' }).click();
  await expect(sidebar).toBeVisible();
});

test('each section’s language control is named for its section @phone', async ({ page }) => {
  for (const [path, name] of [
    ['/docs/containers', /^English: ‘.+’ 절을 영어로 보기$/],
    ['/en/docs/containers', /^한국어: read the section ‘.+’ in Korean$/],
  ] as const) {
    await page.goto(path);
    const controls = page.locator('[data-bilingual-slot] button');
    await expect(controls.first()).toBeVisible();
    const names = await controls.evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('aria-label') ?? ''),
    );
    expect(names.length, path).toBeGreaterThan(3);
    for (const label of names) expect(label).toMatch(name);
    expect(new Set(names).size, `${path}: every name is different`).toBe(names.length);
    // The first one is the title's, for the text under it.
    const title = (await page.locator('.theme-doc-markdown h1').textContent()) ?? '';
    expect(names[0]).toContain(`‘${title.trim()}’`);
    await expect(controls.first()).toHaveAccessibleName(name);
  }
});
