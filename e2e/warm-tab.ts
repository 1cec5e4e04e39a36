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
 * What the reset gives the next test back:
 *  - between tests the tab goes to a small static file of the site (the previous page's
 *    `pagehide` handlers run then), and then the HTTP cache, cookies, localStorage and
 *    sessionStorage are cleared, with IndexedDB, Cache Storage and service workers (the site
 *    uses none today); the pointer moves off the page;
 *  - routes, init scripts, CDP sessions, event listeners, extra pages and granted permissions
 *    added during a test are removed; media emulation goes back to the test's options;
 *  - a test that makes a change the reset cannot undo (`IRREVERSIBLE`: the viewport, the clock,
 *    exposed functions, default timeouts, ...) leaves a tab that is closed, not handed on; so
 *    does a failed test (Playwright records the page it failed on);
 *  - a test whose context options differ from the tab's (`test.use`: another viewport,
 *    JavaScript off) gets a tab of its own; one with a `storageState` gets a fresh context;
 *  - a retry always runs in a fresh context (and records its trace: `trace: 'on-first-retry'`),
 *    so a test that fails only after another one shows up as flaky.
 * The reset keeps a test from passing on another's leftovers; nothing else would catch that, so a
 * new kind of state a test leaves behind belongs in `reset` and in `warm-tab.spec.ts`. What a
 * test cannot rely on: an empty back/forward history (a test goes back only to pages it opened
 * itself), and a renderer process that has never run the site's scripts (to measure a first
 * visit's cost, open a context of your own: `browser.newContext()`).
 */
import type {
  Browser,
  BrowserContext,
  CDPSession,
  Page,
  PlaywrightTestOptions,
} from '@playwright/test';

/** The options a context is made with that tests here set; a tab serves one combination. */
export type TabOptions = Pick<
  PlaywrightTestOptions,
  | 'acceptDownloads'
  | 'actionTimeout'
  | 'baseURL'
  | 'bypassCSP'
  | 'contextOptions'
  | 'extraHTTPHeaders'
  | 'geolocation'
  | 'httpCredentials'
  | 'ignoreHTTPSErrors'
  | 'navigationTimeout'
  | 'offline'
  | 'proxy'
  | 'screen'
  | 'serviceWorkers'
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

/**
 * Calls whose effect the reset cannot undo: a test that makes one leaves a tab that is closed,
 * not handed on.
 */
const IRREVERSIBLE = {
  page: [
    'addLocatorHandler',
    'exposeBinding',
    'exposeFunction',
    'routeWebSocket',
    'setDefaultNavigationTimeout',
    'setDefaultTimeout',
    'setExtraHTTPHeaders',
    'setViewportSize',
  ],
  context: [
    'exposeBinding',
    'exposeFunction',
    'routeWebSocket',
    'setDefaultNavigationTimeout',
    'setDefaultTimeout',
    'setExtraHTTPHeaders',
    'setGeolocation',
    'setHTTPCredentials',
    'setOffline',
  ],
  clock: ['install', 'fastForward', 'pauseAt', 'runFor', 'setFixedTime', 'setSystemTime'],
} as const;

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
          if (!(await undo())) throw new Error('the test changed what the reset cannot undo');
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
function track({ context, page }: Tab): () => Promise<boolean> {
  const disposables: { dispose(): Promise<void> }[] = [];
  const sessions: CDPSession[] = [];
  const listeners: [string, (...args: never[]) => unknown][] = [];
  let reversible = true;
  const wrapped: [object, string][] = [];
  const wrap = (target: object, name: string, before: (args: unknown[]) => void): void => {
    const method = (target as Record<string, (...args: unknown[]) => unknown>)[name];
    if (typeof method !== 'function') return;
    const bound = method.bind(target);
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        before(args);
        return bound(...args);
      },
    });
    wrapped.push([target, name]);
  };
  // Listeners the test adds (Playwright's own, added before, stay).
  for (const name of ['on', 'once', 'addListener', 'prependListener']) {
    wrap(page, name, ([event, listener]) => {
      listeners.push([event as string, listener as (...args: never[]) => unknown]);
    });
  }
  for (const name of IRREVERSIBLE.page) wrap(page, name, () => (reversible = false));
  for (const name of IRREVERSIBLE.context) wrap(context, name, () => (reversible = false));
  for (const name of IRREVERSIBLE.clock) wrap(page.clock, name, () => (reversible = false));
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
    for (const [target, name] of wrapped) Reflect.deleteProperty(target, name);
    const off = page.off.bind(page) as (
      event: string,
      listener: (...args: never[]) => unknown,
    ) => Page;
    for (const [event, listener] of listeners) off(event, listener);
    for (const session of sessions) await session.detach().catch(() => undefined);
    for (const disposable of disposables) await disposable.dispose();
    return reversible;
  };
}

async function reset({ context, page, cdp }: Tab, options: TabOptions): Promise<void> {
  if (page.isClosed()) throw new Error('the tab was closed');
  for (const other of context.pages()) if (other !== page) await other.close();
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
  // The pointer off the page, as in a new one (as Playwright's own reuse does).
  await page.mouse.move(-1, -1);
}
