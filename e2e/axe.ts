import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules every axe check runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

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
 */
export function axe(page: Page): AxeBuilder {
  const frames = page.frames().length;
  if (frames !== 1) {
    throw new Error(
      `${page.url()} has ${String(frames - 1)} frame(s): axe's legacy mode (e2e/axe.ts) does not check cross-origin frames; use the default mode for this page`,
    );
  }
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
}
