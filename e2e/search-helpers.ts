import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The navbar search box and its suggestions, shared by the search specs.

/**
 * The first query of a page fetches and loads the edition's search index in a worker: seconds on
 * a busy machine, so the first suggestion gets more than the default 5 s.
 */
export const FIRST_RESULTS = { timeout: 15_000 };

export const searchBox = (page: Page) => page.locator('input.navbar__search-input').first();
export const suggestions = (page: Page) => page.getByRole('option');

export async function search(page: Page, query: string): Promise<void> {
  const box = searchBox(page);
  await box.click();
  await box.fill(query);
}

/**
 * Opens the results of `query` on `start` one by one, among the first five, until one leads to a
 * page matching `target`; returns whether one did. `opened`, when given, receives the path of
 * each page a result led to, in order (the first is the first result's).
 */
export async function openResultLeadingTo(
  page: Page,
  start: string,
  query: string,
  target: RegExp,
  opened: string[] = [],
): Promise<boolean> {
  // The search index loads in seconds on a busy machine, and the glossary's definition may come
  // first: give the test the time for five tries.
  test.slow();
  await page.goto(start);
  for (let i = 0; i < 5; i += 1) {
    if (i > 0) {
      // A result is opened in the page (a router navigation), so Back returns to `start` with
      // its search index loaded, as a reader trying the next result would.
      await page.goBack();
      await expect(page).toHaveURL((url) => url.pathname === start);
    }
    await search(page, query);
    await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
    const hit = suggestions(page).nth(i);
    if ((await hit.count()) === 0) return false;
    await hit.click();
    // Arrived: on another page, or on the same one with the words to highlight in the history
    // state; and the address is clean (no `?_highlight=`), so the result's page has rendered and
    // moved the words into the history state before Back is pressed.
    await page.waitForFunction(
      (from) =>
        !window.location.search.includes('_highlight=') &&
        (window.location.pathname !== from ||
          Boolean(
            (window.history.state as { state?: { _highlight?: unknown } } | null)?.state
              ?._highlight,
          )),
      start,
    );
    const arrived = new URL(page.url()).pathname;
    opened.push(arrived);
    if (target.test(arrived)) return true;
  }
  return false;
}
