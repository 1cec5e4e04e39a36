import { COMPARISON_TABLES } from '../src/data/comparison';
import { expect, test } from './fixtures';

// The note's custom components in the production build: the comparison table and the
// deployment evolution diagram render with translated labels in both locales and both
// editions, fit a 360px phone, and their controls work in a real browser.

const locales = [
  {
    prefix: '',
    caption: '하이퍼바이저형 가상화와 컨테이너형 가상화 비교',
    startup: '시작 시간',
    copy: '“시작 시간” 링크 복사',
    copied: '“시작 시간” 링크를 복사했습니다.',
    diagram: '배포 방식의 변화: 전통적인 배포, 가상화된 배포, 컨테이너 배포',
    labels: ['전통적인 배포', '하이퍼바이저', '컨테이너 런타임', '하드웨어'],
  },
  {
    prefix: '/en',
    caption: 'Hypervisor-based vs container-based virtualization',
    startup: 'Startup time',
    copy: 'Copy the link to “Startup time”',
    copied: 'Copied the link to “Startup time”.',
    diagram: 'How deployment evolved: traditional, virtualized and container deployment',
    labels: ['Traditional deployment', 'Hypervisor', 'Container runtime', 'Hardware'],
  },
] as const;

const editions = [
  {
    version: '',
    rows: COMPARISON_TABLES.revised.rows.length,
    columns: ['하이퍼바이저형 가상화', 'Hypervisor-based virtualization'],
  },
  {
    version: '/2021.02',
    rows: COMPARISON_TABLES.original.rows.length,
    columns: ['하이퍼 바이저 형 가상화', 'Hypervisor-based virtualization'],
  },
] as const;

for (const locale of locales) {
  for (const edition of editions) {
    const english = locale.prefix === '/en';
    const comparison = `${locale.prefix}/docs${edition.version}/comparison`;
    const evolution = `${locale.prefix}/docs${edition.version}/deployment-evolution`;

    test(`${comparison}: the comparison table renders with translated labels`, async ({ page }) => {
      await page.goto(comparison);
      const table = page.getByRole('table', { name: locale.caption });
      await expect(table).toBeVisible();
      await expect(
        table.getByRole('columnheader', { name: edition.columns[english ? 1 : 0], exact: true }),
      ).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(edition.rows);
      const startup = table.locator('tr#startup-time');
      await expect(startup.getByRole('rowheader')).toContainText(locale.startup);
      await expect(startup.getByRole('button', { name: locale.copy })).toBeVisible();
    });

    test(`${evolution}: the deployment diagram renders with translated labels`, async ({
      page,
    }) => {
      await page.goto(evolution);
      const diagram = page.getByRole('img', { name: locale.diagram });
      await expect(diagram).toBeVisible();
      for (const label of locale.labels) {
        await expect(diagram.locator('text', { hasText: label }).first()).toBeVisible();
      }
      const description = await diagram.getAttribute('aria-describedby');
      const text = await page.locator(`[id="${description ?? ''}"]`).textContent();
      expect(text?.length ?? 0).toBeGreaterThan(locale.diagram.length * 2);
    });
  }
}

test('a row’s copy-link control copies the row address and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: baseURL ?? '',
  });
  await page.goto('/en/docs/comparison');
  const english = locales[1];
  const row = page.locator('tr#startup-time');
  await row.getByRole('button', { name: english.copy }).click();
  await expect(row.getByRole('status')).toHaveText(english.copied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The published (canonical) address, not the origin the test server happens to use.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(copied).toBe(`${canonical ?? ''}#startup-time`);
});

test('a row anchor scrolls to its row and highlights it', async ({ page }) => {
  await page.goto('/docs/comparison#data-management');
  const row = page.locator('tr#data-management');
  await expect(row).toBeInViewport();
  expect(await row.evaluate((element) => element.matches(':target'))).toBe(true);
});

test('the self-check answer opens from the keyboard', async ({ page }) => {
  await page.goto('/en/docs/self-check');
  const button = page.getByRole('button', { name: 'Model answer' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(/share the one host kernel/)).toBeVisible();
});

test('the table prints as a table, without its link controls', async ({ page }) => {
  await page.goto('/docs/2021.02/comparison');
  await page.emulateMedia({ media: 'print' });
  const table = page.getByRole('table');
  expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('table');
  await expect(table.getByRole('button')).toHaveCount(0);
});

test.describe('on a 360px phone @phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the table’s cards are still a table to screen readers', async ({ page }) => {
    await page.goto('/docs/comparison');
    const table = page.getByRole('table');
    expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    // The browser's own accessibility tree (Playwright's roles come from the markup alone): the
    // native roles survive the block layout, with no ARIA role in the markup.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const count = (role: string): number =>
      nodes.filter((node) => !node.ignored && node.role?.value === role).length;
    const rows = COMPARISON_TABLES.revised.rows.length;
    expect(count('table')).toBe(1);
    expect(count('row')).toBe(rows + 1);
    expect(count('columnheader')).toBe(3);
    expect(count('rowheader')).toBe(rows);
    expect(count('cell')).toBe(rows * 2);
  });

  for (const path of [
    '/docs/comparison',
    '/en/docs/comparison',
    '/docs/2021.02/comparison',
    '/en/docs/deployment-evolution',
    '/docs/containers',
    '/en/docs/2021.02/vm-problems',
  ]) {
    test(`${path} does not scroll sideways, and the table becomes cards`, async ({ page }) => {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const table = page.getByRole('table');
      if ((await table.count()) > 0) {
        expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('block');
      }
      for (const svg of await page.locator('figure svg').all()) {
        const box = await svg.boundingBox();
        // Drawn at least as wide as its 240-unit viewBox: no label renders below its size.
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(240);
      }
    });
  }
});
