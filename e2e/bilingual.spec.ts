import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axe } from './axe';

// Bilingual reading: the parallel view, the in-place section toggle, the locale switch with
// its query and anchor, the outdated-translation notice, the copy-link controls, print.

const TOGGLE = { ko: '한·영 나란히 보기', en: 'Korean · English side by side' };

/** One row per section of the parallel view. */
const rows = (page: Page): Locator => page.locator('[data-bilingual-parallel] > [data-section]');

/** Sums the layout shifts of the page (CLS, without those right after an input). */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

test('the parallel view shows both languages section by section, is remembered and in the URL', async ({
  page,
}) => {
  await page.goto('/docs/vm-problems');
  const sections = await page.locator('article h2[id]').evaluateAll((all) => all.map((h) => h.id));
  expect(sections).toContain('vms-still-matter');
  const toggle = page.getByRole('button', { name: TOGGLE.ko });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\/docs\/vm-problems\?view=parallel$/);

  // The intro and each of the page's sections, a row each: Korean beside English.
  await expect(rows(page)).toHaveCount(sections.length + 1);
  expect(
    await rows(page).evaluateAll((all) => all.map((r) => r.getAttribute('data-section'))),
  ).toEqual(['_intro', ...sections]);
  const row = rows(page).and(page.locator('[data-section="vms-still-matter"]'));
  const english = row.locator('[lang="en-US"]');
  await expect(english).toContainText('Are VMs obsolete, then?');
  await expect(english).toContainText('No. The problems above are the cost');
  // The copy is inert and renames its ids: the page still has one element per id.
  expect(await page.locator('[id="vms-still-matter"]').count()).toBe(1);
  // Aligned at the heading: the English label starts level with the Korean heading.
  const heading = await row.locator('h2#vms-still-matter').boundingBox();
  const label = await english.locator('p').first().boundingBox();
  expect(Math.abs((heading?.y ?? 0) - (label?.y ?? 100))).toBeLessThan(16);
  expect(label?.x ?? 0).toBeGreaterThan((heading?.x ?? 0) + 200);

  // Remembered: another page opens in the parallel view, and its address says so.
  // (The docs sidebar is folded away in this view: the next-page link at the end.)
  await page.locator('.pagination-nav__link--next').click();
  await expect(page).toHaveURL(/\/docs\/containers\?view=parallel$/);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByRole('button', { name: TOGGLE.ko })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Off again: one language, a clean address, and still so after a reload.
  await page.getByRole('button', { name: TOGGLE.ko }).click();
  await expect(page).toHaveURL(/\/docs\/containers$/);
  await expect(rows(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: TOGGLE.ko })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.locator('[data-bilingual-parallel]')).toHaveCount(0);
});

test('a link with ?view=parallel opens the parallel view without moving the page', async ({
  page,
}) => {
  await watchLayoutShifts(page);
  await page.goto('/en/docs/2021.02/comparison?view=parallel');
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-bilingual-view', 'parallel');
  // The original edition, English page: Korean in the second column, the table in the first.
  const korean = rows(page).first().locator('[lang="ko-KR"]');
  await expect(korean).toContainText('하이퍼 바이저 형 가상화와 컨테이너 기술를 비교하면');
  await expect(rows(page).first().getByRole('table')).toHaveCount(2);
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

test('the single view does not move when its section controls appear', async ({ page }) => {
  await watchLayoutShifts(page);
  await page.goto('/docs/containers');
  await expect(page.locator('[data-bilingual-slot] button').first()).toBeVisible();
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

test('on phones the two languages stack, this language first @phone-only', async ({ page }) => {
  await page.goto('/docs/vm-problems?view=parallel');
  const row = rows(page).and(page.locator('[data-section="vms-still-matter"]'));
  const own = await row.locator('h2#vms-still-matter').boundingBox();
  const other = await row.locator('[lang="en-US"]').boundingBox();
  expect(other?.y ?? 0).toBeGreaterThan((own?.y ?? 0) + (own?.height ?? 0));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
});

test('a section shows its other language in place, and hides it again @phone', async ({ page }) => {
  await page.goto('/docs/vm-problems');
  const strip = page.locator('#vms-still-matter + [data-bilingual-slot]');
  // Named for its section, in the page's language; it shows the other language's name.
  const show = strip.getByRole('button', {
    name: 'English: ‘VM은 이제 쓸모없을까?’ 절을 영어로 보기',
  });
  await expect(show).toHaveText('English');
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  const region = strip.getByRole('region', { name: 'English' });
  await expect(region).toBeVisible();
  await expect(region.locator('[lang="en-US"]')).toContainText('Are VMs obsolete, then?');
  await expect(page).toHaveURL(/\/docs\/vm-problems$/);
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  await show.click();
  await expect(region).toBeHidden();

  // From English to Korean, with the keyboard.
  await page.goto('/en/docs/containers');
  const korean = page.locator('#namespaces + [data-bilingual-slot]');
  await korean.getByRole('button', { name: /^한국어: read the section ‘.+’ in Korean$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(
    korean.getByRole('region', { name: '한국어' }).locator('[lang="ko-KR"]'),
  ).toContainText('네임스페이스');
});

test('the language switch keeps the page, the query and the #anchor', async ({ page }) => {
  await page.goto('/docs/containers?view=parallel#namespaces');
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('button', { name: '한국어' }).first().click();
  await page.getByRole('link', { name: 'English' }).first().click();
  await expect(page).toHaveURL(/\/en\/docs\/containers\?view=parallel#namespaces$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('#namespaces')).toBeInViewport();
  // Both locales of every page exist, so the switcher offers both.
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('link', { name: '한국어' }).first()).toBeVisible();
});

test('an English section whose Korean original changed says so and links to it', async ({
  page,
}) => {
  // The built site's translations are all up to date (the build says so), so the test marks one
  // section outdated in the page data the build ships, as the freshness check would after a
  // Korean edit, and opens the page by a client-side link (the server HTML stays as built).
  await page.route(/\/en\/assets\/js\/main\.[0-9a-f]+\.js$/, async (route) => {
    const response = await route.fetch();
    const fresh = '"docs/vm-problems":{"translated":true,"stale":[]}';
    const body = await response.text();
    expect(body).toContain(fresh);
    await route.fulfill({
      status: 200,
      contentType: 'application/javascript',
      body: body.replace(
        fresh,
        '"docs/vm-problems":{"translated":true,"stale":["vms-still-matter"]}',
      ),
    });
  });
  await page.goto('/en/docs/');
  await page.getByRole('link', { name: 'The problems with virtual machines' }).first().click();
  await expect(page).toHaveURL(/\/en\/docs\/vm-problems$/);
  const notices = page.locator('[data-bilingual-stale]');
  await expect(notices).toHaveCount(1);
  const notice = page.locator('#vms-still-matter + [data-bilingual-slot] [data-bilingual-stale]');
  await expect(notice).toHaveText(
    'The Korean original of this section changed since it was translated. Read the Korean original',
  );
  await expect(notice.getByRole('link', { name: 'Read the Korean original' })).toHaveAttribute(
    'href',
    '/docs/vm-problems#vms-still-matter',
  );
});

test('the copy-link control of a heading copies its canonical address @phone', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  for (const [path, name, id, copied] of [
    [
      '/docs/vm-problems',
      '“VM은 이제 쓸모없을까?” 링크 복사',
      'vms-still-matter',
      /^“VM은 이제 쓸모없을까\?” 링크를 복사했습니다\.$/,
    ],
    [
      '/en/docs/2021.02/container-drawbacks',
      'Copy the link to “',
      'host-os-dependency',
      /^Copied the link to “.+”\.$/,
    ],
  ] as const) {
    await page.goto(path);
    const heading = page.locator(`#${id}`);
    // One link control: the heading's # link, which also copies.
    await expect(heading.getByRole('button')).toHaveCount(0);
    await heading.getByRole('link', { name }).click();
    // The status region is just before the heading (src/theme/Heading), not inside it.
    const status = heading.locator('xpath=preceding-sibling::*[1]');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveText(copied);
    await expect(heading).not.toContainText(copied);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\//);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${canonical ?? ''}#${id}`,
    );
  }
});

test('the parallel view prints as two columns of text, without the site around it', async ({
  page,
}) => {
  await page.goto('/docs/comparison?view=parallel');
  await expect(rows(page).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    '.navbar',
    '.theme-doc-sidebar-container',
    '[data-bilingual-toolbar]',
    '.pagination-nav',
    'footer',
  ]) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('[data-copy-link]').first()).toBeHidden();
  const row = rows(page).nth(1);
  const own = await row.locator('h2').first().boundingBox();
  const other = await row.locator('[lang="en-US"]').boundingBox();
  expect(other?.x ?? 0).toBeGreaterThan((own?.x ?? 0) + 100);
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
});

test('the parallel view and an open section pass axe in light and dark themes', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/en/docs/self-check?view=parallel');
    await expect(rows(page).first()).toBeVisible();
    const parallel = await axe(page).analyze();
    expect(parallel.violations.map((v) => `${scheme} parallel ${v.id}: ${v.help}`)).toEqual([]);

    await page.getByRole('button', { name: TOGGLE.en }).click();
    await expect(rows(page)).toHaveCount(0);
    await page
      .getByRole('button', { name: /^한국어: read the section ‘.+’ in Korean$/ })
      .first()
      .click();
    await expect(page.getByRole('region', { name: '한국어' }).first()).toBeVisible();
    const open = await axe(page).analyze();
    expect(open.violations.map((v) => `${scheme} section ${v.id}: ${v.help}`)).toEqual([]);
  }
});
