import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Each revised page keeps its "what changed" list collapsed in a <details> under
// `#changes-from-original` (decisions §2). A link to that anchor, however the reader follows it,
// lands on the heading with the list open (src/clientModules/linkedDisclosures.ts); the summary
// works with the keyboard; without JavaScript the list is one click away.

const ANCHOR = 'changes-from-original';

function heading(page: Page): Locator {
  return page.locator(`h2#${ANCHOR}`);
}

/** The change list's disclosure: the <details> that follows the heading. */
function disclosure(page: Page): Locator {
  return page.locator(`h2#${ANCHOR} ~ details`).first();
}

function firstChange(page: Page): Locator {
  return disclosure(page).locator('li').first();
}

/** The list is open in the component's own state, and the reader sees the heading and the list. */
async function expectListShown(page: Page): Promise<void> {
  await expect(disclosure(page)).toHaveAttribute('data-collapsed', 'false');
  await expect(disclosure(page)).toHaveAttribute('open', '');
  await expect(heading(page)).toBeInViewport();
  await expect(firstChange(page)).toBeVisible();
  await expect(firstChange(page)).toBeInViewport();
}

/** The heading sits at the top of the viewport, just under the sticky navbar. */
async function expectHeadingAtTop(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const top = await heading(page).evaluate((h) => h.getBoundingClientRect().top);
      const navbar = await page
        .locator('.navbar')
        .first()
        .evaluate((n) => n.getBoundingClientRect().height);
      return top >= 0 && top <= navbar + 40;
    })
    .toBe(true);
}

/** An in-app navigation, as the router makes it for a link: a history entry and a route update. */
async function navigateInApp(page: Page, url: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, url);
}

for (const path of ['/docs/containers', '/en/docs/containers']) {
  test(`a fresh load of ${path}#${ANCHOR} shows the opened list @phone`, async ({ page }) => {
    await page.goto(`${path}#${ANCHOR}`);
    await expectListShown(page);
    await expectHeadingAtTop(page);
  });
}

test('without the anchor the list stays closed and nothing moves', async ({ page }) => {
  await page.goto('/docs/containers');
  await expect(disclosure(page)).toHaveAttribute('data-collapsed', 'true');
  await expect(firstChange(page)).toBeHidden();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a link from another page opens the list, and so does going back to it', async ({ page }) => {
  await page.goto('/docs/vm-problems');
  await navigateInApp(page, `/docs/containers#${ANCHOR}`);
  await expect(page).toHaveURL(new RegExp(`/docs/containers#${ANCHOR}$`));
  await expectListShown(page);
  await expectHeadingAtTop(page);

  // Closed by the reader, left through the sidebar, then reached again with Back.
  await disclosure(page).locator('summary').click();
  await expect(disclosure(page)).toHaveAttribute('data-collapsed', 'true');
  await page.locator('.theme-doc-sidebar-menu').getByRole('link').first().click();
  await expect(page).not.toHaveURL(/\/docs\/containers/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/docs/containers#${ANCHOR}$`));
  await expectListShown(page);
});

test('a link on the same page opens the list, even when the address already has the anchor', async ({
  page,
}) => {
  await page.goto('/en/docs/containers');
  const tocLink = page.locator(`.table-of-contents a[href="#${ANCHOR}"]`);
  await tocLink.click();
  await expect(page).toHaveURL(new RegExp(`#${ANCHOR}$`));
  await expectListShown(page);

  // Closed, then the same link again: the address does not change, the list opens anyway.
  await disclosure(page).locator('summary').click();
  await expect(disclosure(page)).toHaveAttribute('data-collapsed', 'true');
  await tocLink.click();
  await expectListShown(page);
});

test('the summary opens and closes the list with the keyboard @phone', async ({ page }) => {
  await page.goto('/docs/containers');
  const summary = disclosure(page).locator('summary');
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(disclosure(page)).toHaveAttribute('data-collapsed', 'false');
  await expect(firstChange(page)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(disclosure(page)).toHaveAttribute('data-collapsed', 'true');
  await expect(firstChange(page)).toBeHidden();
  await expect(summary).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the anchor lands on the heading and the list is one click away', async ({ page }) => {
    await page.goto(`/docs/containers#${ANCHOR}`);
    await expect(heading(page)).toBeInViewport();
    const summary = disclosure(page).locator('summary');
    await expect(summary).toBeInViewport();
    await expect(firstChange(page)).toBeHidden();
    await summary.click();
    await expect(firstChange(page)).toBeVisible();
  });
});
