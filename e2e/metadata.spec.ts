import { expect, test } from './fixtures';

// What link previews read is the server HTML: its tags, the social cards and the short-link
// pages are checked over the build without a browser (tests/build/metadata.test.ts), and nginx
// serves the cards (e2e/links.spec.ts). Here, the one thing that needs a browser: a short
// glossary link, a meta refresh, takes a reader without JavaScript to the term.
test.use({ javaScriptEnabled: false });

test.describe('short glossary links', () => {
  for (const [short, target] of [
    ['/t/hypervisor', '/glossary#hypervisor'],
    ['/en/t/kernel', '/en/glossary#kernel'],
  ] as const) {
    test(`${short} leads to ${target}`, async ({ page }) => {
      await page.goto(short);
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(target.slice(target.indexOf('#')))).toBeInViewport();
    });
  }
});
