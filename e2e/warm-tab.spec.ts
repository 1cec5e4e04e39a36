import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The tab a worker hands from test to test (warm-tab.ts) is reset in between. The first test
// leaves state of every kind the reset clears behind; the second, in the same worker right after
// it, checks that it got the same tab and none of that state, and that the HTTP cache the tab
// keeps hides nothing from a check of what a page loads.

// No retry: a retry would run both in fresh contexts, and a broken reset would pass as flaky.
test.describe.configure({ mode: 'serial', retries: 0 });

let first: Page | undefined;

test('a test leaves state behind in its tab', async ({ page, context, baseURL }) => {
  first = page;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.addInitScript(() => {
    (window as { leftOver?: boolean }).leftOver = true;
  });
  await context.addInitScript(() => {
    (window as { leftOverContext?: boolean }).leftOverContext = true;
  });
  // Loaded before the route below, which turns the HTTP cache off while it is in place.
  await page.goto('/docs/vm-problems');
  await page.route('**/docs/containers', (route) => route.abort());
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.evaluate(() => {
    localStorage.setItem('left-over', '1');
    sessionStorage.setItem('left-over', '1');
    document.cookie = 'leftOver=1; path=/';
  });
  page.on('console', () => {
    throw new Error('a listener of the previous test');
  });
  await context.newPage();
  expect(context.pages()).toHaveLength(2);
});

test('the next test gets the same tab with none of it', async ({ page, context, viewport }) => {
  expect(first, 'the same tab as the previous test').toBe(page);
  expect(context.pages()).toEqual([page]);

  const main = page.waitForResponse(/\/main\.[0-9a-f]+\.js$/);
  await page.goto('/docs/containers'); // not routed to an abort any more
  await expect(page.locator('h1')).toBeVisible();
  const mainResponse = await main;
  const mainUrl = mainResponse.url();
  const state = await page.evaluate(
    async (mainUrl) => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      pageScript: 'leftOver' in window,
      contextScript: 'leftOverContext' in window,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      print: matchMedia('print').matches,
      width: innerWidth,
      // The previous test loaded main.js too: this time it comes from the HTTP cache.
      mainFromCache: performance
        .getEntriesByType('resource')
        .some(
          (entry) =>
            entry.name === mainUrl && (entry as PerformanceResourceTiming).transferSize === 0,
        ),
      clipboard: (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName }))
        .state,
    }),
    mainUrl,
  );
  expect(state).toEqual({
    local: 0,
    session: 0,
    cookie: '',
    pageScript: false,
    contextScript: false,
    dark: false,
    print: false,
    width: viewport?.width,
    mainFromCache: true,
    clipboard: 'prompt',
  });
  // ... and the test still saw it, body and all: React's runtime is in main.js.
  expect(await mainResponse.text()).toContain('react.transitional.element');
  await page.evaluate(() => {
    console.log('no listener of the previous test hears this');
  });
});
