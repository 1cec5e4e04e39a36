import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// What a page loads is what it uses (issue 5, "cut what the reader does not need"): Prism comes
// only with pages that have a code block, and there it highlights and hydrates as before; the
// routes a page links to are prefetched once per file, not once per link.

/** The JavaScript the page fetched, by URL. */
function collectScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.set(response.url(), response.text());
    }
  });
  return scripts;
}

/**
 * Records whether the page runs Prism's language definitions: they attach themselves to a global
 * `Prism`, which the theme's `prism-include-languages` sets for them (the site configures `bash`),
 * whatever the bundles look like.
 */
async function watchPrism(page: Page): Promise<() => Promise<boolean>> {
  await page.addInitScript(() => {
    let value: unknown;
    Object.defineProperty(window, 'Prism', {
      configurable: true,
      get: () => value,
      set: (next: unknown) => {
        (window as { testPrismRan?: boolean }).testPrismRan = true;
        value = next;
      },
    });
  });
  return () => page.evaluate(() => (window as { testPrismRan?: boolean }).testPrismRan === true);
}

/** Waits until React has hydrated the page, and a little idle time after. */
async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.waitForTimeout(300);
}

for (const prefix of ['', '/en']) {
  test(`${prefix}/docs/containers: a page without code does not load Prism`, async ({ page }) => {
    const ranPrism = await watchPrism(page);
    await page.goto(`${prefix}/docs/containers`);
    await hydrated(page);
    expect(await ranPrism()).toBe(false);
  });

  test(`${prefix}/docs/container-drawbacks: the code block is highlighted and its copy button works`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const ranPrism = await watchPrism(page);
    await page.goto(`${prefix}/docs/container-drawbacks`);
    const block = page.locator('.theme-code-block').first();
    await expect(block).toContainText('docker run --rm alpine uname -r');
    // Highlighted on the server: tokens are in the HTML before any script runs.
    await expect(block.locator('.token.function').first()).toBeVisible();
    await hydrated(page);
    expect(await ranPrism()).toBe(true);
    await block.hover();
    await block.getByRole('button', { name: /copy|복사/i }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('uname -r');
  });
}

// Prefetching goes through src/clientModules/prefetch.ts (a wrapper of window.docusaurus.prefetch).
test('/docs/containers: each linked route file is prefetched once, and none the page has', async ({
  page,
}) => {
  await page.goto('/docs/containers');
  // Prefetching runs in idle time after hydration.
  await expect(page.locator('link[rel="prefetch"]').first()).toBeAttached();
  await page.waitForTimeout(500);
  const hrefs = (selector: string, attribute: string): Promise<string[]> =>
    page
      .locator(selector)
      .evaluateAll((nodes, name) => nodes.map((node) => node.getAttribute(name) ?? ''), attribute);
  const prefetched = await hrefs('link[rel="prefetch"]', 'href');
  // What the page's own scripts fetched (webpack removes a chunk's <script> once it has run).
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .map((entry) => new URL(entry.name).pathname),
  );
  expect(loaded.length).toBeGreaterThan(0);
  expect(prefetched.length).toBeGreaterThan(0);
  expect(new Set(prefetched).size).toBe(prefetched.length);
  expect(prefetched.filter((href) => loaded.includes(href))).toEqual([]);
});

// The bundles run after the first contentful paint (src/plugins/paintFirst), but never
// before the document is parsed: a page whose HTML arrives slowly paints its first part early, and once the
// bundles are cached they would otherwise hydrate a half-parsed page (React error #299 or #418).
for (const path of ['/glossary', '/en/glossary']) {
  test(`${path}: with its scripts cached and its HTML arriving slowly, it hydrates cleanly`, async ({
    page,
    context,
  }) => {
    await page.goto(path.startsWith('/en/') ? '/en/' : '/');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 12 * 1024,
      uploadThroughput: 64 * 1024,
    });
    await page.goto(path);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    // Hydrated in place: one footer, not the server's plus one rendered again by React.
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    // And it works: the navbar's theme toggle responds.
    const choice = await page.locator('html').getAttribute('data-theme-choice');
    await page.locator('.navbar [class*="colorModeToggle"] button').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme-choice', choice ?? '');
  });
}

// A page names all the scripts it runs in its HTML, route chunks included (a patch to
// Docusaurus's ComponentCreator, patches/@docusaurus+core.md), so the browser fetches them with
// main.js instead of one round trip later, once main.js has run. However the HTML names them
// (script elements, preload links, a list for a loader), a script the page requests and its HTML
// does not name is one the browser found out about late.
for (const path of ['/docs/containers', '/en/docs/2021.02/comparison', '/glossary', '/']) {
  test(`${path}: every script it runs is named in its HTML and fetched once`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
    });
    const html = await (await page.request.get(path)).text();
    const named = new Set(html.match(/(?:\/[\w-]+)*\/assets\/js\/[\w~.-]+\.js/g) ?? []);
    await page.goto(path);
    // What it needed to hydrate; chunks imported later on demand are not in question here.
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    const beforeHydration = [...requested];
    // main.js, its runtime, and the route's own chunks.
    expect(beforeHydration.length).toBeGreaterThan(2);
    // Prefetches (idle time, after hydration) are links, not scripts.
    expect(new Set(beforeHydration).size).toBe(beforeHydration.length);
    expect(beforeHydration.filter((script) => !named.has(script))).toEqual([]);
  });
}

// The site's MDX components come with the pages that use them (src/remark/mdxComponents.ts):
// the comparison table's data and the diagrams' drawing code are not on a page without them.
// A cell of src/data/comparison.ts, and the description of a layer every diagram draws.
const COMPARISON_DATA = 'Several GB to several hundred GB; the application';
const DIAGRAM_CODE = 'Diagram layer: the physical machine';
for (const { path, table, diagram } of [
  { path: '/docs/vms-are-heavy', table: false, diagram: false },
  { path: '/en/docs/containers', table: false, diagram: true },
  { path: '/docs/2021.02/comparison', table: true, diagram: true },
]) {
  test(`${path}: loads the code of the table and diagrams it shows, and no other`, async ({
    page,
  }) => {
    const scripts = collectScripts(page);
    await page.goto(path);
    const bodies = await Promise.all(scripts.values());
    expect(bodies.some((body) => body.includes(COMPARISON_DATA))).toBe(table);
    expect(bodies.some((body) => body.includes(DIAGRAM_CODE))).toBe(diagram);
    await expect(page.locator('figure').first()).toBeVisible({ visible: diagram });
  });
}

// Hydration adds nothing to a page: what needs a script is in the server HTML already (hidden
// until then, `data-needs-script`), and the phone menu is drawn when it is first opened
// (src/theme/Navbar/MobileSidebar), so the commit that follows hydration on a phone does not
// create the docs sidebar, the menu or a button per section (a long task on phones: README,
// "Performance"). Elements React adds under <body> from the end of parsing until two seconds
// after hydration are recorded. One exception: the search box's shortcut hint, which the search
// plugin draws in the browser (not ours to change).
const EXPECTED = [/^<div class="[^"]*searchHintContainer/];
for (const path of ['/docs/containers', '/en/docs/containers', '/glossary']) {
  test(`${path}: hydration inserts no element into the page @phone`, async ({ page }) => {
    await page.addInitScript(() => {
      const added: string[] = [];
      (window as { testAdded?: string[] }).testAdded = added;
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of Array.from(record.addedNodes)) {
              if (!(node instanceof Element)) continue;
              added.push(`${node.outerHTML.slice(0, 120)} in <${record.target.nodeName}>`);
            }
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await page.waitForTimeout(2000);
    const added = await page.evaluate(() => (window as { testAdded?: string[] }).testAdded ?? []);
    expect(added.filter((html) => !EXPECTED.some((pattern) => pattern.test(html)))).toEqual([]);
  });
}

test('the phone menu is drawn when the reader reaches for it, slides in, and stays @phone-only', async ({
  page,
}) => {
  await page.goto('/docs/containers');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  const menu = page.locator('.navbar-sidebar');
  await expect(menu).toHaveCount(0);
  // Focusing the menu button draws the menu, still closed.
  const toggle = page.locator('.navbar__toggle');
  await toggle.focus();
  await expect(menu).toHaveCount(1);
  await expect(menu).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // The first opening animates from Infima's closed state (@starting-style): a transition of
  // the transform runs. Slowed down here, so that it is still running when it is looked at.
  await page.addStyleTag({ content: ':root { --ifm-transition-fast: 5s; }' });
  await toggle.click();
  await expect(menu).toBeVisible();
  expect(
    await menu.evaluate((element) =>
      element
        .getAnimations()
        .some(
          (animation) =>
            animation instanceof CSSTransition && animation.transitionProperty === 'transform',
        ),
    ),
  ).toBe(true);
  await page.addStyleTag({ content: ':root { --ifm-transition-fast: 0s; }' });
  // The docs sidebar is in it, with the page's own entry marked.
  await expect(menu.locator('.menu__link--active').first()).toBeVisible();
  await page.locator('.navbar-sidebar__close').click();
  await expect(menu).toBeHidden();
  await expect(menu).toHaveCount(1);
});

test('a tap on the menu button opens the phone menu, drawn in the same tap @phone-only', async ({
  page,
}) => {
  await page.goto('/glossary');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.locator('.navbar__toggle').tap();
  await expect(page.locator('.navbar-sidebar')).toBeVisible();
  await expect(page.locator('.navbar-sidebar .menu__link').first()).toBeVisible();
});

// The edition menu's entries in the phone menu have a click handler of their own that replaces
// the one closing the menu (theme-classic); the menu closes when the page changes under it.
test('choosing an edition in the phone menu closes the menu on the new page @phone-only', async ({
  page,
}) => {
  await page.goto('/docs/containers');
  await page.locator('.navbar__toggle').click();
  const menu = page.locator('.navbar-sidebar');
  await expect(menu).toBeVisible();
  await menu.locator('.navbar-sidebar__back').click();
  await menu.getByRole('link', { name: '초판 (2021.02)', exact: true }).click();
  await expect(page).toHaveURL(/\/docs\/2021\.02\/containers$/);
  await expect(menu).toBeHidden();
  // The page scrolls again (the open menu locks the body's scrolling).
  await expect(page.locator('body')).not.toHaveCSS('overflow', 'hidden');
});
