/**
 * Debian's Chromium, as the browser tests and the Lighthouse bench launch it. Playwright cannot
 * download browsers here; the flags keep Chromium from reaching for the network on its own
 * (this machine's network is closed) and let it run as root in a container.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests' Chromium: Debian's build of Chromium's headless shell (package
 * `chromium-headless-shell`, from the same source and version as `chromium`), the browser
 * Playwright itself runs headless tests in. The full browser in headless mode, which the
 * Lighthouse bench keeps (a reader's Chrome), starts a context and renders a page about a third
 * slower here: newContext 0.3–1.1 s against 0.9–3.5 s, a doc page loaded and hydrated in 1.8–3.0 s
 * against 2.6–4.3 s, in one run on this 2-core machine. `E2E_CHROMIUM_PATH=/usr/bin/chromium`
 * runs the tests in the full browser.
 */
export const E2E_CHROMIUM_PATH =
  process.env.E2E_CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
