import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axe } from './axe';

// Reading progress (src/components/ReadingProgress): a doc page read to its end is marked
// finished in the sidebar and on the study paths, per edition, in this browser only.
const KEY = 'vmc.reading-progress.v1';

const sidebarLink = (page: Page, name: string): Locator =>
  page.locator('.theme-doc-sidebar-menu').getByRole('link', { name, exact: true });
const homePath = (page: Page): Locator => page.locator('section[aria-labelledby="study-path"]');
const homeStep = (page: Page, name: string): Locator =>
  homePath(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

/** Reads to the end as a reader does: keys down to the end of the page and stays there. */
async function readToEnd(page: Page): Promise<void> {
  await page.keyboard.press('End');
}

async function storeProgress(page: Page, editions: Record<string, string[]>): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, JSON.stringify({ version: 1, editions })] as const,
  );
}

test('a page read to the end is marked in the sidebar and on the home study path, survives a reload and resets', async ({
  page,
}) => {
  await page.goto('/docs/vm-problems');
  const link = sidebarLink(page, '가상머신의 문제점');
  await expect(link).not.toHaveAttribute('data-reading');
  const size = (): Promise<number[]> =>
    link.evaluate((a) => {
      const { width, height } = a.getBoundingClientRect();
      return [width, height, a.scrollWidth];
    });
  const before = await size();
  await readToEnd(page);
  await expect(link).toHaveAttribute('data-reading', 'finished');
  await expect(link).toHaveAccessibleDescription('읽음');
  // The check is drawn in room the link always had: nothing in it moved or grew.
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).not.toBe('none');
  expect(await size()).toEqual(before);

  await page.goto('/');
  await expect(homePath(page).getByText(/^\d+개 중 1개 읽음$/)).toBeVisible();
  await expect(homeStep(page, '가상머신의 문제점')).toContainText('(읽음)');
  await expect(homeStep(page, '컨테이너 개발 시대')).not.toContainText('읽음');

  // Kept in the browser: a reload, and the other locale (progress is per page, not per URL).
  await page.reload();
  await expect(homeStep(page, '가상머신의 문제점')).toContainText('(읽음)');
  await page.goto('/en/');
  await expect(homePath(page).getByText(/^1 of \d+ finished$/)).toBeVisible();
  await page.goto('/en/docs/vm-problems');
  await expect(sidebarLink(page, 'The problems with virtual machines')).toHaveAccessibleDescription(
    'Finished',
  );

  // The reset control clears it, and says so.
  await page.goto('/');
  await homePath(page).getByRole('button', { name: '읽음 표시 모두 지우기' }).click();
  await expect(homePath(page).locator('p[role="status"]')).toHaveText(
    '모든 판의 읽음 표시를 지웠습니다.',
  );
  await expect(homePath(page).getByText(/^\d+개 중 0개 읽음$/)).toBeVisible();
  await expect(homeStep(page, '가상머신의 문제점')).not.toContainText('읽음');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.reload();
  await expect(homeStep(page, '가상머신의 문제점')).not.toContainText('읽음');
});

test('a page finished in the original edition is not finished in the revised one', async ({
  page,
}) => {
  await page.goto('/docs/2021.02/vm-problems');
  await readToEnd(page);
  await expect(sidebarLink(page, '가상머신의 문제점')).toHaveAttribute('data-reading', 'finished');
  await page.goto('/docs/vm-problems');
  await expect(sidebarLink(page, '가상머신의 문제점')).toBeVisible();
  await expect(sidebarLink(page, '가상머신의 문제점')).not.toHaveAttribute('data-reading');
  await page.goto('/docs/');
  await expect(page.getByText(/^\d+개 중 0개 읽음$/)).toBeVisible();
});

test('the end flashing by, or landing on an anchor near it, does not finish a page', async ({
  page,
}) => {
  await page.goto('/docs/containers#changes-from-original');
  await page.waitForTimeout(1500);
  const link = sidebarLink(page, '컨테이너 개발 시대');
  await expect(link).not.toHaveAttribute('data-reading');
  // A reader's key press, then the end in view for two frames only: far less than the dwell,
  // however slow the machine running the test.
  await page.evaluate(async () => {
    const frame = (): Promise<void> =>
      new Promise((resolve) => {
        requestAnimationFrame(() => {
          resolve();
        });
      });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await frame();
    await frame();
    window.scrollTo({ top: 0, behavior: 'instant' });
  });
  await page.waitForTimeout(1500);
  await expect(link).not.toHaveAttribute('data-reading');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('the docs index counts and marks its steps, and another tab sees a page finished', async ({
  page,
  context,
}) => {
  // The docs index stays open in another tab while the reader finishes a page in this one.
  const index = await context.newPage();
  await index.goto('/docs/');
  await page.bringToFront();
  await page.goto('/docs/comparison');
  await readToEnd(page);
  await expect(sidebarLink(page, '정리 표')).toHaveAttribute('data-reading', 'finished');
  // No reload: the storage event brought it.
  const step = index
    .locator('article ol > li')
    .filter({ has: index.getByRole('link', { name: '정리 표', exact: true }) });
  await expect(step).toContainText('(읽음)');
  await expect(index.getByText(/^\d+개 중 1개 읽음$/)).toBeVisible();
  await expect(sidebarLink(index, '정리 표')).toHaveAttribute('data-reading', 'finished');
  await index.close();
});

test('stored progress shows with no layout shift and passes axe in both themes @phone', async ({
  page,
  isMobile,
}) => {
  await storeProgress(page, { current: ['index', 'vm-problems', 'containers'] });
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        w.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const shifted = (): Promise<number> =>
    page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(homeStep(page, '가상머신의 문제점')).toContainText('(읽음)');
    await expect(homePath(page).getByText(/^\d+개 중 2개 읽음$/)).toBeVisible();
    await page.waitForTimeout(300);
    expect(await shifted(), `layout shift on the home page (${scheme})`).toBe(0);
    // The marks and the controls (the whole pages are swept by pages.spec.ts).
    const home = axe(page).include('section[aria-labelledby="study-path"]');
    expect((await home.analyze()).violations).toEqual([]);

    await page.goto('/docs/');
    await expect(page.getByText(/^\d+개 중 2개 읽음$/)).toBeVisible();
    if (!isMobile) {
      await expect(sidebarLink(page, '컨테이너 개발 시대')).toHaveAttribute(
        'data-reading',
        'finished',
      );
    }
    await page.waitForTimeout(300);
    expect(await shifted(), `layout shift on the docs index (${scheme})`).toBe(0);
    const docs = axe(page).include('article ol').include('[data-needs-script]');
    if (!isMobile) docs.include('.theme-doc-sidebar-menu');
    expect((await docs.analyze()).violations).toEqual([]);
  }
});

test('stored data that is not ours is ignored without an error and overwritten', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem(key, '{"version":1,"editions":{"current":"<script>"}');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('/docs/vm-problems');
  await expect(sidebarLink(page, '가상머신의 문제점')).not.toHaveAttribute('data-reading');
  await readToEnd(page);
  await expect(sidebarLink(page, '가상머신의 문제점')).toHaveAttribute('data-reading', 'finished');
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '')).toEqual({
    version: 1,
    editions: { current: ['vm-problems'] },
  });
});
