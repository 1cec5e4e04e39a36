/**
 * One browser tab per worker, handed from test to test (fixtures.ts) with its state reset.
 *
 * Why: the first page a new browser context loads costs about twice the CPU of the next one in
 * the same tab (here: a doc page 1.2 CPU-s against 0.56 s, and 0.22 s more to open the tab),
 * because it starts a new renderer process, whose scripts run cold. Nearly every test starts on
 * a new page, so a fresh context per test was about 30 % of the browser tests' CPU time on this
 * 2-core machine (the whole suite: 996 → 698 CPU-s). Playwright's own `reuseContext` option
 * sends the tab to about:blank between tests, which starts a new renderer process all the same
 * (measured: 6 % faster).
 *
 * What a test gets is what a fresh context gives it, as far as the site can tell:
 *  - between tests the tab goes to a small static file of the site (the previous page's
 *    `pagehide` handlers run then), and then the HTTP cache, cookies, localStorage and
 *    sessionStorage are cleared, with IndexedDB, Cache Storage and service workers (the site
 *    uses none today);
 *  - routes, init scripts, CDP sessions, event listeners, extra pages and granted permissions
 *    added during a test are removed; media emulation and the viewport go back to the test's
 *    options;
 *  - a test whose options differ from the tab's (`test.use`: another viewport, JavaScript off)
 *    gets a tab of its own for those options;
 *  - a retry always runs in a fresh context (and records its trace: `trace: 'on-first-retry'`),
 *    so a test that fails only after another one shows up as flaky, never as a pass;
 *  - after a failure Playwright starts a new worker, so the next test starts from nothing.
 * What a test cannot rely on: an empty back/forward history (a test goes back only to pages it
 * opened itself), and a renderer process that has never run the site's scripts (to measure a
 * first visit's cost, open a context of your own: `browser.newContext()`).
 */
import type {
  Browser,
  BrowserContext,
  CDPSession,
  Page,
  PlaywrightTestOptions,
  ViewportSize,
} from '@playwright/test';

/** The options a context is made with that tests here set; a tab serves one combination. */
export type TabOptions = Pick<
  PlaywrightTestOptions,
  | 'baseURL'
  | 'colorScheme'
  | 'contrast'
  | 'deviceScaleFactor'
  | 'forcedColors'
  | 'hasTouch'
  | 'isMobile'
  | 'javaScriptEnabled'
  | 'locale'
  | 'permissions'
  | 'reducedMotion'
  | 'storageState'
  | 'timezoneId'
  | 'userAgent'
  | 'viewport'
>;

/** A small file of the site the tab rests on between tests: same origin, no script. */
export const RESTING_PATH = '/img/favicon.svg';

interface Tab {
  readonly key: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The keeper's own session with the tab (tests' sessions are detached after them). */
  readonly cdp: CDPSession;
}

/** What a test borrowed: the tab, and what it added to it, to take back when it ends. */
export interface Lease {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Resets the tab for the next test (or closes it when it cannot be reset). */
  release(): Promise<void>;
}

export class TabKeeper {
  private tab: Tab | undefined;

  constructor(private readonly browser: Browser) {}

  /** The worker's tab for these options: the same one as the last test's when they match. */
  async lease(options: TabOptions): Promise<Lease> {
    const key = JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b)));
    if (this.tab?.key !== key || this.tab.page.isClosed()) {
      await this.close();
      // Playwright fills in the test's context options (and attaches its trace recorder).
      const context = await this.browser.newContext();
      const page = await context.newPage();
      this.tab = { key, context, page, cdp: await context.newCDPSession(page) };
    }
    const tab = this.tab;
    const undo = track(tab);
    return {
      context: tab.context,
      page: tab.page,
      release: async () => {
        try {
          await undo();
          await reset(tab, options);
        } catch {
          // A tab that cannot be reset is not handed on.
          await this.close();
        }
      },
    };
  }

  async close(): Promise<void> {
    const tab = this.tab;
    this.tab = undefined;
    await tab?.context.close().catch(() => undefined);
  }
}

/**
 * Records the init scripts and CDP sessions a test adds to the tab, to remove them when it ends
 * (Playwright has no call that lists them).
 */
function track({ context, page }: Tab): () => Promise<void> {
  const disposables: { dispose(): Promise<void> }[] = [];
  const sessions: CDPSession[] = [];
  const original = {
    pageInit: page.addInitScript.bind(page),
    contextInit: context.addInitScript.bind(context),
    cdp: context.newCDPSession.bind(context),
  };
  page.addInitScript = async (...args: Parameters<Page['addInitScript']>) => {
    const disposable = await original.pageInit(...args);
    disposables.push(disposable);
    return disposable;
  };
  context.addInitScript = async (...args: Parameters<BrowserContext['addInitScript']>) => {
    const disposable = await original.contextInit(...args);
    disposables.push(disposable);
    return disposable;
  };
  context.newCDPSession = async (target: Page | Parameters<BrowserContext['newCDPSession']>[0]) => {
    const session = await original.cdp(target);
    sessions.push(session);
    return session;
  };
  return async () => {
    // The methods of the classes again, not the wrappers.
    Reflect.deleteProperty(page, 'addInitScript');
    Reflect.deleteProperty(context, 'addInitScript');
    Reflect.deleteProperty(context, 'newCDPSession');
    for (const session of sessions) await session.detach().catch(() => undefined);
    for (const disposable of disposables) await disposable.dispose();
  };
}

async function reset({ context, page, cdp }: Tab, options: TabOptions): Promise<void> {
  if (page.isClosed()) throw new Error('the tab was closed');
  for (const other of context.pages()) if (other !== page) await other.close();
  page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearPermissions();
  if (options.permissions?.length) await context.grantPermissions(options.permissions);
  // Leave the page (its `pagehide` handlers write to storage), then clear the origin's storage.
  const origin = new URL(options.baseURL ?? '').origin;
  await page.goto(new URL(RESTING_PATH, origin).href);
  if (new URL(page.url()).origin !== origin) throw new Error('the tab left the site');
  await context.clearCookies();
  await cdp.send('Network.clearBrowserCache');
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    for (const { name } of await indexedDB.databases()) if (name) indexedDB.deleteDatabase(name);
    for (const name of await caches.keys()) await caches.delete(name);
    for (const worker of await navigator.serviceWorker.getRegistrations())
      await worker.unregister();
  });
  await page.emulateMedia({
    media: null,
    colorScheme: options.colorScheme ?? null,
    reducedMotion: options.reducedMotion ?? null,
    forcedColors: options.forcedColors ?? null,
    contrast: options.contrast ?? null,
  });
  const viewport: ViewportSize | null | undefined = options.viewport;
  const size = page.viewportSize();
  if (viewport && (size?.width !== viewport.width || size.height !== viewport.height)) {
    await page.setViewportSize(viewport);
  }
}
