import { expect, test } from './fixtures';
import { axe } from './axe';

// "Copy page as Markdown" under each doc page (src/theme/DocItem/Footer): the button puts the
// page's Markdown copy (src/plugins/llms) on the clipboard and says so; the plain link serves the
// same file as text/markdown; both are big enough for a finger on a phone.

const PAGES = [
  {
    path: '/docs/comparison',
    button: '페이지를 Markdown으로 복사',
    copied: '페이지를 Markdown으로 복사했습니다.',
    heading: '# 정리 표',
  },
  {
    path: '/en/docs/2021.02/containers',
    button: 'Copy page as Markdown',
    copied: 'Copied the page as Markdown.',
    heading: '# ',
  },
  // The glossary is a page of its own (src/pages/glossary.tsx), with the control under its intro.
  {
    path: '/en/glossary',
    button: 'Copy page as Markdown',
    copied: 'Copied the page as Markdown.',
    heading: '# Glossary',
  },
] as const;

for (const { path, button, copied, heading } of PAGES) {
  test(`the copy control of ${path} copies its Markdown and says so @phone`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: baseURL ?? '',
    });
    await page.goto(path);
    const control = page.locator('[data-copy-markdown]');
    const copy = control.getByRole('button', { name: button });
    await copy.scrollIntoViewIfNeeded();
    await copy.click();
    await expect(control.getByRole('status')).toHaveText(copied);

    const response = await page.request.get(`${path}.md`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    const markdown = await response.text();
    expect(markdown.startsWith(heading)).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

    await expect(control.getByRole('link', { name: 'Markdown' })).toHaveAttribute(
      'href',
      `${path}.md`,
    );
    for (const target of [copy, control.getByRole('link', { name: 'Markdown' })]) {
      const box = await target.boundingBox();
      // WCAG 2.2 target size (2.5.8); 44 px on phones, below.
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    }
  });
}

test('on a phone the copy controls are at least 44×44 px @phone-only', async ({ page }) => {
  await page.goto('/docs/containers');
  const control = page.locator('[data-copy-markdown]');
  for (const target of [control.getByRole('button'), control.getByRole('link')]) {
    const box = await target.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
  }
});

test('the copy control says so when the copy fails', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  // An interrupted download (a dropped connection): the request is aborted.
  await page.route('**/docs/vm-problems.md', (route) => route.abort('aborted'));
  await page.goto('/docs/vm-problems');
  const control = page.locator('[data-copy-markdown]');
  await control.getByRole('button').click();
  await expect(control.getByRole('status')).toHaveText(
    '복사하지 못했습니다. Markdown 링크를 열어 복사하세요.',
  );
});

test('llms.txt and the Markdown copies are served as UTF-8 text', async ({ request }) => {
  for (const [path, type] of [
    ['/llms.txt', 'text/plain; charset=utf-8'],
    ['/en/llms-full.txt', 'text/plain; charset=utf-8'],
    ['/glossary.md', 'text/markdown; charset=utf-8'],
    ['/en/docs/index.html.md', 'text/markdown; charset=utf-8'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
  }
  expect((await request.get('/docs/no-such-page.md')).status()).toBe(404);
});

test('the copy control passes axe in light and dark themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    // Loaded in the scheme, as the other theme checks do: switching `data-theme` on a loaded page
    // starts the links' colour transitions, and axe then read a link mid-way (light-theme blue
    // on the dark background: a failure of the test, not of the page).
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/en/docs/self-check');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const results = await axe(page).include('[data-copy-markdown]').analyze();
    expect(results.violations, scheme).toEqual([]);
  }
});
