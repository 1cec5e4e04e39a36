import { MAIN_SCRIPT, expect, holdRequests, openBeforeHydration, test } from './fixtures';
import {
  FIRST_RESULTS,
  openResultLeadingTo,
  search,
  searchBox,
  suggestions,
} from './search-helpers';

// The navbar search of the production build: Korean and English queries in both locales and both
// editions, results with page, section and highlighted snippet, highlighting on the target page,
// and no markup from the query or a title getting into the page.

const cases = [
  {
    start: '/docs/vm-problems',
    query: '컨테이너에서 커널을',
    target: /^\/docs\/container-drawbacks/,
    mark: '커널',
  },
  {
    start: '/docs/2021.02/vm-problems',
    query: '컨테이너별로 커널을',
    target: /^\/docs\/2021\.02\/container-drawbacks/,
    mark: '커널',
  },
  {
    start: '/docs/containers',
    query: 'hypervisor',
    target: /^\/docs\/deployment-evolution/,
    mark: '하이퍼바이저',
  },
  {
    start: '/en/docs/containers',
    query: 'host OS kernel',
    target: /^\/en\/docs\/container-drawbacks/,
    mark: 'kernel',
  },
  {
    start: '/en/docs/2021.02/containers',
    query: '하이퍼바이저를',
    target: /^\/en\/docs\/2021\.02\/deployment-evolution/,
    mark: 'hypervisor',
  },
  {
    start: '/en/docs/2021.02/vm-problems',
    query: 'guest OS license',
    target: /^\/en\/docs\/2021\.02\/vm-problems/,
    mark: 'license',
  },
] as const;

for (const { start, query, target, mark } of cases) {
  test(`"${query}" from ${start} finds ${target.source} in the same edition`, async ({ page }) => {
    const opened: string[] = [];
    expect(await openResultLeadingTo(page, start, query, target, opened)).toBe(true);
    // Every result opened on the way, the first one included, stays in the locale and edition
    // the reader is in (or is the locale's glossary, which both editions share).
    const edition = start.replace(/(\/docs\/(?:2021\.02\/)?).*$/, '$1');
    const original = (path: string): boolean => path.includes('/docs/2021.02/');
    const glossary = start.startsWith('/en/') ? '/en/glossary' : '/glossary';
    const inEdition = (path: string): boolean =>
      path === glossary || (path.startsWith(edition) && original(path) === original(start));
    expect(opened.filter((path) => !inEdition(path))).toEqual([]);
    // The words travel in the history state: the address stays clean to copy.
    await expect(page).toHaveURL((url) => !url.searchParams.has('_highlight'));
    const marked = page.locator('article mark:visible').filter({ hasText: new RegExp(mark, 'i') });
    await expect(marked.first()).toBeVisible();
  });
}

test('a result shows its page, its section and a snippet with the match highlighted', async ({
  page,
}) => {
  await page.goto('/docs/vm-problems');
  await search(page, '라이선스가');
  const hit = suggestions(page)
    .filter({ has: page.locator('mark') })
    .first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(/라이선스/);
  await expect(hit).toContainText('가상머신의 문제점');
});

test('the full results page lists the same matches, in the edition searched', async ({ page }) => {
  await page.goto('/en/docs/2021.02/vm-problems');
  await search(page, '하이퍼바이저를');
  await page.getByRole('link', { name: 'See all results' }).click();
  await expect(page).toHaveURL(/\/en\/search\/?\?q=/);
  const results = page.locator('article h2 a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  );
  expect(hrefs.some((href) => href?.startsWith('/en/docs/2021.02/deployment-evolution'))).toBe(
    true,
  );
  // Every result is in the edition searched, or in the locale's glossary (shared by both).
  expect(
    hrefs.every(
      (href) => href?.startsWith('/en/docs/2021.02/') || href?.startsWith('/en/glossary'),
    ),
  ).toBe(true);
});

test('what is typed into the box never becomes markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/docs/');
  await search(page, '<img src=x onerror=alert(1)> 컨테이너 <b>bold</b>');
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
  const dropdown = page.getByRole('listbox');
  await expect(dropdown.locator('img')).toHaveCount(0);
  await expect(dropdown.locator('b')).toHaveCount(0);
  await suggestions(page).first().click();
  await expect(page.locator('article img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('markup in a page or section title is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)>';
  // Serve the real index with markup put into every title, breadcrumb and section name.
  await page.route(/\/search-index[^/]*\.json/, async (route) => {
    const response = await route.fetch();
    const indexes = (await response.json()) as { documents: Record<string, unknown>[] }[];
    for (const { documents } of indexes) {
      for (const document of documents) {
        if (typeof document.s === 'string') document.s = `${evil} ${document.s}`;
        if (Array.isArray(document.b)) document.b = [evil];
        if (!('p' in document)) document.t = `${evil} ${String(document.t)}`;
      }
    }
    await route.fulfill({ response, json: indexes });
  });
  await page.goto('/docs/');
  await search(page, '커널');
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
  const dropdown = page.getByRole('listbox');
  await expect(dropdown).toContainText(evil);
  await expect(dropdown.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the search box is labelled in the reader’s language', async ({ page }) => {
  await page.goto('/docs/');
  await expect(searchBox(page)).toHaveAccessibleName('검색');
  await page.goto('/en/docs/');
  await expect(searchBox(page)).toHaveAccessibleName('Search');
});

// mark.js (the highlighter for pages opened from a search result) loads only when there is
// something to highlight or to clear, and clears its marks when the reader moves on.
test('a page opened from a search highlights the words, and loses the marks on the next page', async ({
  page,
}) => {
  const fetched: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') fetched.push(response.text());
  });
  const loadsMarkJs = async (): Promise<boolean> =>
    (await Promise.all(fetched)).some((body) => body.includes('acrossElements'));

  await page.goto('/docs/vm-problems');
  // Not before the page has run its scripts: the search bar's effect would load it after
  // hydration, and the bodies arrive after their responses.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.waitForLoadState('networkidle');
  expect(await loadsMarkJs()).toBe(false);

  // An address with the words (an old link, the plugin's stock form) is cleaned on arrival.
  await page.goto('/docs/containers?_highlight=커널');
  const marked = page.locator('article mark[data-markjs]');
  await expect(marked.first()).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === '/docs/containers' && url.search === '');
  await expect(marked.first()).toHaveText(/커널/);
  expect(await loadsMarkJs()).toBe(true);
  await expect(searchBox(page)).toHaveValue('커널');

  // The same page through its sidebar link, without the words: the marks go.
  await page.locator('.theme-doc-sidebar-menu a[aria-current="page"]').click();
  await expect(page).toHaveURL((url) => url.search === '');
  await expect(marked).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue('');
});

test('a reader who leaves the box before the index arrives keeps the focus where they took it', async ({
  page,
  context,
}) => {
  // The index on a slow connection: it arrives after the reader has moved on. (The search
  // worker fetches it: the context's route sees a worker's requests.)
  const index = await holdRequests(context, /\/search-index\.json/);
  await page.goto('/docs/containers');
  const box = searchBox(page);
  await box.click();
  await page.keyboard.press('Tab');
  await expect(box).not.toBeFocused();
  const away = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
  await expect.poll(index.requested).toBe(true);
  index.release();
  // The plugin focused the box again once its index had loaded, as it made the box a combobox.
  await expect(box).toHaveAttribute('role', 'combobox', FIRST_RESULTS);
  await expect(box).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(away);
  // The index did arrive: the box searches.
  await search(page, '커널');
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
});

test('Escape closes the suggestions and leaves the focus in the box', async ({ page }) => {
  await page.goto('/docs/containers');
  await search(page, '커널');
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
  await page.keyboard.press('Escape');
  await expect(suggestions(page).first()).toBeHidden();
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('커널');
});

test('words typed before the page is live are kept, and searched once it is @phone', async ({
  page,
  context,
}) => {
  // The page paints before its scripts run (a slow phone): hold them while the reader types.
  const scripts = await holdRequests(context, MAIN_SCRIPT);
  await openBeforeHydration(page, '/docs/containers');
  const box = searchBox(page);
  await box.click();
  await box.pressSequentially('kernel');
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(0);
  scripts.release();
  // Hydration used to set the box back to empty.
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
  await expect(box).toHaveValue('kernel');
  await expect(box).toBeFocused();
});
