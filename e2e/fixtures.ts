/**
 * The `test` every spec imports. Each page it opens is watched, and the test fails on any
 * console error, uncaught exception, failed request, CSP violation or request to another origin:
 * the site must work fully offline and leak nothing to third parties. Tests of a worker share one
 * browser tab, reset between them (warm-tab.ts: why, what is reset, what a test cannot rely on).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { load } from 'cheerio';
import { TabKeeper } from './warm-tab';

export interface PageProblems {
  readonly problems: string[];
}

export function watchPage(page: Page, origin: string): PageProblems {
  const problems: string[] = [];
  // Which page it was on: a sweep visits several pages in one browser page.
  const report = (problem: string): void => {
    let where = page.url();
    try {
      where = new URL(where).pathname;
    } catch {
      // about:blank and the like: keep it as it is
    }
    problems.push(`${problem} (on ${where})`);
  };
  page.on('console', (message) => {
    // A failed subresource is reported below with its URL; an expected 404 page is not a fault.
    if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
    report(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    report(`uncaught: ${error.message}`);
  });
  page.on('requestfailed', (request) => {
    // Navigations the test itself interrupts are not the site's fault.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    report(`failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.origin !== origin) report(`other origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) {
      report(`HTTP ${String(response.status())}: ${response.url()}`);
    }
  });
  return { problems };
}

export const test = base.extend<{ pageProblems: PageProblems }, { tabs: TabKeeper }>({
  // One tab per worker, reset between tests (warm-tab.ts says why and what is reset); a retry
  // runs in a fresh context.
  tabs: [
    async ({ browser }, use) => {
      const keeper = new TabKeeper(browser);
      await use(keeper);
      await keeper.close();
    },
    { scope: 'worker' },
  ],
  // The context options are listed here and again for the tab's key below: Playwright finds a
  // fixture's dependencies by the names destructured here, and rejects a rest property
  // (`...options`), so there is no shorter way to say "all of them".
  context: async (
    {
      browser,
      tabs,
      acceptDownloads,
      actionTimeout,
      baseURL,
      bypassCSP,
      colorScheme,
      contextOptions,
      contrast,
      deviceScaleFactor,
      extraHTTPHeaders,
      forcedColors,
      geolocation,
      hasTouch,
      httpCredentials,
      ignoreHTTPSErrors,
      isMobile,
      javaScriptEnabled,
      locale,
      navigationTimeout,
      offline,
      permissions,
      proxy,
      reducedMotion,
      screen,
      serviceWorkers,
      storageState,
      timezoneId,
      userAgent,
      viewport,
    },
    use,
    testInfo,
  ) => {
    // A retry, and a test with a stored state to start from, get a fresh context.
    if (testInfo.retry > 0 || storageState !== undefined) {
      const context = await browser.newContext();
      await use(context);
      await context.close();
      return;
    }
    const lease = await tabs.lease({
      acceptDownloads,
      actionTimeout,
      baseURL,
      bypassCSP,
      colorScheme,
      contextOptions,
      contrast,
      deviceScaleFactor,
      extraHTTPHeaders,
      forcedColors,
      geolocation,
      hasTouch,
      httpCredentials,
      ignoreHTTPSErrors,
      isMobile,
      javaScriptEnabled,
      locale,
      navigationTimeout,
      offline,
      permissions,
      proxy,
      reducedMotion,
      screen,
      serviceWorkers,
      timezoneId,
      userAgent,
      viewport,
    });
    await use(lease.context);
    // A failed test's tab is closed as it is (Playwright records the page it failed on, and
    // starts a new worker anyway); a passed test's is reset for the next.
    if (testInfo.status === testInfo.expectedStatus) await lease.release();
    else await tabs.close();
  },
  // The pages paint before their JavaScript runs (src/plugins/paintFirst), so `goto` also
  // waits for hydration: tests act as a reader does once the page responds, and a click is not
  // raced by the script still loading. Pages that never hydrate (JavaScript off, the short-link
  // redirects) return as soon as they load.
  page: async ({ context, javaScriptEnabled }, use) => {
    // A leased context's one page is the worker's tab; a fresh context has none yet.
    const page = context.pages()[0] ?? (await context.newPage());
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (javaScriptEnabled && (await page.locator('html[data-has-hydrated]').count()) > 0) {
        await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
      }
      return response;
    };
    await use(page);
    // The class's method again (the tab may serve the next test).
    Reflect.deleteProperty(page, 'goto');
  },
});

export { expect };

/**
 * Holds the requests matching `url` (from the page or its workers) until `release` is called, as
 * a slow connection would; `requested` says whether one has been made.
 */
export async function holdRequests(
  context: BrowserContext,
  url: RegExp,
): Promise<{ release: () => void; requested: () => boolean }> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requested = false;
  await context.route(url, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { release, requested: () => requested };
}

/** Docusaurus's main bundle: held back with `holdRequests`, the page stays unhydrated. */
export const MAIN_SCRIPT = /\/assets\/js\/main\.[^/]+\.js$/;

/**
 * Opens `path` without waiting for hydration (the fixture's `goto` waits for it): with the
 * page's scripts held back (`holdRequests(context, MAIN_SCRIPT)`), what a reader on a slow phone
 * meets before the page is live.
 */
export async function openBeforeHydration(page: Page, path: string): Promise<void> {
  // The page class's own `goto`, not the fixture's.
  const { goto } = Object.getPrototypeOf(page) as Pick<Page, 'goto'>;
  await goto.call(page, path, { waitUntil: 'commit' });
}

/**
 * A sweep over many pages: `items` cut into `parts` nearly equal groups, one test per group that
 * visits its items one after another in one browser page (each a `test.step` named by `name`;
 * check with `expect.soft`, so that a test names every failing page, not only the first). Each
 * test pays for its fixtures and for resetting the tab (warm-tab.ts); a group pays once, and
 * its report is one line. Several groups keep both workers busy. Each item gets `perItem`
 * ms of its test's time. Tags such as `@phone-only` go in `title`. Reports give this file's line
 * as the tests' location: the title says which sweep and which pages.
 */
export function sweep<T>(
  title: string,
  items: readonly T[],
  options: { parts: number; perItem: number; name: (item: T) => string },
  check: (page: Page, item: T) => Promise<void>,
): void {
  const size = Math.ceil(items.length / Math.max(1, options.parts));
  for (let start = 0, group = 1; start < items.length; start += size, group += 1) {
    const part = items.slice(start, start + size);
    test(`${title}, group ${String(group)}: ${part.map(options.name).join(' ')}`, async ({
      page,
    }) => {
      test.setTimeout(part.length * options.perItem);
      for (const item of part) {
        await test.step(options.name(item), () => check(page, item));
      }
    });
  }
}

/** The folder of the build under test (`E2E_BUILD_DIR`, `build` by default). */
export const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';

/**
 * Every page listed in the sitemaps of every locale of the build under test, as paths: the
 * default locale's sitemap at the root, each other locale's in its folder (`en/sitemap.xml`).
 */
export function sitemapPaths(): string[] {
  const sitemaps = [
    'sitemap.xml',
    ...readdirSync(BUILD_DIR)
      .sort()
      .map((name) => `${name}/sitemap.xml`)
      .filter((file) => existsSync(join(BUILD_DIR, file))),
  ];
  return sitemaps.flatMap((sitemap) => {
    const $ = load(readFileSync(join(BUILD_DIR, sitemap), 'utf8'), { xml: true });
    return $('url > loc')
      .toArray()
      .map((loc) => new URL($(loc).text().trim()).pathname);
  });
}
