import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';
import { AXE_SCRIPT } from './axe-script';

/** The rules every axe check runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * A page loads axe-core with a `<script>` from its own origin (`AXE_SCRIPT`, which the site's CSP
 * allows), from the tab's HTTP cache after the first time. `@axe-core/playwright` would
 * otherwise evaluate axe's unminified source (1.5 MB) through the protocol twice per check, to
 * be sent, parsed and compiled each time: measured here, a doc page's check took 1.71–1.84 CPU-s
 * that way and 0.98–0.99 CPU-s this way, with the same results.
 *
 * This loads it once per page (a no-op when it is there), and rejects with the reason when not.
 */
const LOAD_AXE = `window.axe ? undefined : new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.src = ${JSON.stringify(AXE_SCRIPT.address)};
  script.onload = () => { script.remove(); resolve(undefined); };
  script.onerror = () => reject(new Error('axe-core did not load from ${AXE_SCRIPT.address}: the browser tests need the server playwright.config.ts starts (webServer), which serves it'));
  document.head.append(script);
})`;

class SiteAxeBuilder extends AxeBuilder {
  constructor(private readonly target: Page) {
    // The builder injects this into the page before each check, and swallows its errors.
    super({ page: target, axeSource: LOAD_AXE });
  }

  override async analyze(): Promise<AxeResults> {
    // Loaded here first, so that a page without axe fails with the reason.
    await this.target.evaluate(LOAD_AXE);
    return super.analyze();
  }
}

/**
 * An axe run over the page with the site's rules, for a spec to narrow (`include`) and
 * `analyze()`.
 *
 * Legacy mode runs axe in the page in one pass. The default mode runs it per frame and then
 * opens a blank page to merge the frames' results, which costs a new page per check: about half
 * the time of every check here (a doc page 8–10 s → 4.5 s, the glossary 18 s → 8–11 s, with
 * the same violations, passes and incomplete results). What legacy mode gives up is
 * cross-origin frames, and the site has no frames at all; the check fails if a page gets one,
 * so that this choice is made again then.
 *
 * Only violations are collected in full (`resultTypes`): axe still runs every rule on every
 * element, but it builds a selector for each element of a violation only, not for each of the
 * thousands that pass, which halves the time of a check (CPU time: a doc page 3.0 → 1.6 s, the
 * glossary 5.5 → 2.5 s). The passes and incomplete lists then name one element per rule.
 */
export function axe(page: Page): AxeBuilder {
  const frames = page.frames().length;
  if (frames !== 1) {
    throw new Error(
      `${page.url()} has ${String(frames - 1)} frame(s): axe's legacy mode (e2e/axe.ts) does not check cross-origin frames; use the default mode for this page`,
    );
  }
  // `options` replaces the whole options object, `withTags` then sets its `runOnly`: in the
  // other order the tags are dropped and every rule runs, best practices included.
  return new SiteAxeBuilder(page)
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true);
}
