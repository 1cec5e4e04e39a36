/**
 * One browser tab per worker, handed from test to test (fixtures.ts) with its state reset.
 *
 * Why: the first page a new browser context loads costs about twice the CPU of the next one in
 * the same tab (here: a doc page 1.2 CPU-s against 0.56 s, and 0.22 s more to open the tab),
 * because it starts a new renderer process, whose scripts run cold. Nearly every test starts on
 * a new page, so a fresh context per test was about 30 % of the browser tests' CPU time on this
 * 2-core machine (the whole suite: 996 → 698–775 CPU-s in three runs). Playwright's own `reuseContext` option
 * sends the tab to about:blank between tests, which starts a new renderer process all the same
 * (measured: 6 % faster).
 *
 * What the reset gives the next test back:
 *  - between tests the tab goes to a small static file of the site (the previous page's
 *    `pagehide` handlers run then), and then cookies, localStorage and sessionStorage are
 *    cleared, with IndexedDB, Cache Storage and service workers (the site uses none today); the
 *    pointer moves off the page;
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
 * new kind of state a test leaves behind belongs in `reset` and in `warm-tab.spec.ts`.
 *
 * The HTTP cache is kept, as a reader's browser keeps it from page to page: the site's files do
 * not change during a run, and a response from the cache is still reported to the test
 * (`page.on('request' | 'response')`, with its body), so a check of what a page loads sees the
 * same list either way. Clearing it cost 11 % of the suite's CPU (701 against 789 CPU-s, one
 * run each, same build; the scripts are fetched, decompressed and compiled again in every
 * test). What a test cannot rely on: an empty HTTP cache, an empty back/forward history (a
 * test goes back only to pages it opened itself), and a renderer process that has never run
 * the site's scripts; to measure a first visit, open a context of your own
 * (`browser.newContext()`: a new context has an empty cache).
 */
import type {
  Browser,
  BrowserContext,
  CDPSession,
  Page,
  PlaywrightTestOptions,
} from '@playwright/test';

/**
 * The test's context options, Playwright Test's `use` options that make a context: a tab serves
 * one combination. (`storageState` is not here: a test with one gets a fresh context.)
 */
export type TabOptions = Pick<
  PlaywrightTestOptions,
  | 'acceptDownloads'
  | 'actionTimeout'
  | 'baseURL'
  | 'bypassCSP'
  | 'colorScheme'
  | 'contextOptions'
  | 'contrast'
  | 'deviceScaleFactor'
  | 'extraHTTPHeaders'
  | 'forcedColors'
  | 'geolocation'
  | 'hasTouch'
  | 'httpCredentials'
  | 'ignoreHTTPSErrors'
  | 'isMobile'
  | 'javaScriptEnabled'
  | 'locale'
  | 'navigationTimeout'
  | 'offline'
  | 'permissions'
  | 'proxy'
  | 'reducedMotion'
  | 'screen'
  | 'serviceWorkers'
  | 'timezoneId'
  | 'userAgent'
  | 'viewport'
>;

/** A small file of the site the tab rests on between tests: same origin, no script. */
const RESTING_PATH = '/img/favicon.svg';

interface Tab {
  readonly key: string;
  readonly context: BrowserContext;
  readonly page: Page;
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

/** What a test borrowed: the tab's context (its one page is the tab), to give back when it ends. */
export interface Lease {
  readonly context: BrowserContext;
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
      this.tab = { key, context, page };
    }
    const tab = this.tab;
    const undo = track(tab);
    return {
      context: tab.context,
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
 * Records what a test adds to the tab (init scripts, CDP sessions, listeners) and whether it made
 * a change the reset cannot undo, by intercepting those calls on the tab's objects (Playwright has
 * no call that lists them). The returned function removes the interceptors and what was added,
 * and says whether the tab can be reset.
 */
function track({ context, page }: Tab): () => Promise<boolean> {
  const added: (() => Promise<unknown>)[] = [];
  let reversible = true;
  const intercepted: [object, string][] = [];
  type Call = (...args: unknown[]) => unknown;
  const intercept = (
    target: object,
    name: string,
    around: (call: Call, args: unknown[]) => unknown,
  ): void => {
    const method = (target as Record<string, Call>)[name];
    if (typeof method !== 'function') return;
    const call: Call = method.bind(target);
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => around(call, args),
    });
    intercepted.push([target, name]);
  };
  // Listeners the test adds (Playwright's own, added before, stay).
  const off = page.off.bind(page) as (event: string, listener: Call) => Page;
  for (const name of ['on', 'once', 'addListener', 'prependListener']) {
    intercept(page, name, (call, [event, listener]) => {
      added.push(() => Promise.resolve(off(event as string, listener as Call)));
      return call(event, listener);
    });
  }
  // Init scripts (their Disposable removes them) and CDP sessions.
  for (const target of [page, context]) {
    intercept(target, 'addInitScript', async (call, args) => {
      const script = (await call(...args)) as { dispose(): Promise<void> };
      added.push(() => script.dispose());
      return script;
    });
  }
  intercept(context, 'newCDPSession', async (call, args) => {
    const session = (await call(...args)) as CDPSession;
    added.push(() => session.detach().catch(() => undefined));
    return session;
  });
  const irreversible = (call: Call, args: unknown[]): unknown => {
    reversible = false;
    return call(...args);
  };
  for (const name of IRREVERSIBLE.page) intercept(page, name, irreversible);
  for (const name of IRREVERSIBLE.context) intercept(context, name, irreversible);
  for (const name of IRREVERSIBLE.clock) intercept(page.clock, name, irreversible);
  return async () => {
    // The methods of the classes again, not the interceptors.
    for (const [target, name] of intercepted) Reflect.deleteProperty(target, name);
    for (const undo of added) await undo();
    return reversible;
  };
}

async function reset({ context, page }: Tab, options: TabOptions): Promise<void> {
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
