import { expect, sitemapPaths, test } from './fixtures';

// Readers switch language and edition without losing their place.

test('the locale switch keeps the page and the #anchor, both ways @phone', async ({
  page,
  isMobile,
}) => {
  await page.goto('/docs/deployment-evolution#virtualized-deployment');
  if (isMobile) {
    // On a docs page the phone menu opens on the docs sidebar; the language menu is one level up.
    await page.getByRole('button', { name: '사이드바 펼치거나 접기' }).click();
    await page.getByRole('button', { name: '← 메인 메뉴로 돌아가기' }).click();
    await page.getByRole('button', { name: '언어' }).click();
  } else {
    await page.getByRole('button', { name: '한국어' }).first().click();
  }
  await page.getByRole('link', { name: 'English' }).first().click();
  await expect(page).toHaveURL(/\/en\/docs\/deployment-evolution#virtualized-deployment$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.locator('#virtualized-deployment')).toBeInViewport();
  // The switch adds the #anchor to its links once the page has hydrated (the server cannot know
  // it): a reader's click comes after that, the test's must wait for it.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');

  if (isMobile) {
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    await page.getByRole('button', { name: '← Back to main menu' }).click();
    await page.getByRole('button', { name: 'Languages' }).click();
  } else {
    await page.getByRole('button', { name: 'English' }).first().click();
  }
  await page.getByRole('link', { name: '한국어' }).first().click();
  await expect(page).toHaveURL(/\/docs\/deployment-evolution#virtualized-deployment$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
});

test('the locale switch works from the original edition too', async ({ page }) => {
  await page.goto('/en/docs/2021.02/container-drawbacks#host-os-dependency');
  await page.getByRole('button', { name: 'English' }).first().click();
  await page.getByRole('link', { name: '한국어' }).first().click();
  await expect(page).toHaveURL(/\/docs\/2021\.02\/container-drawbacks#host-os-dependency$/);
});

test('the version switch keeps the page in both locales', async ({ page }) => {
  await page.goto('/docs/vm-problems');
  // The version switcher in the navbar (the footer links to each edition's start page too).
  const navbar = page.getByRole('navigation', { name: /메인|main/i });
  await navbar.getByRole('button', { name: '개정판' }).click();
  await navbar.getByRole('link', { name: '초판 (2021.02)' }).click();
  await expect(page).toHaveURL(/\/docs\/2021\.02\/vm-problems$/);
  // The edition is stated by the switcher (and the banner), not by a badge too.
  await expect(navbar.getByRole('button', { name: '초판 (2021.02)' })).toBeVisible();

  await page.goto('/en/docs/2021.02/comparison');
  await navbar.getByRole('button', { name: 'Original edition (2021.02)' }).click();
  await navbar.getByRole('link', { name: 'Revised edition' }).click();
  await expect(page).toHaveURL(/\/en\/docs\/comparison$/);
});

test('a switch to an edition without the section starts the page at its top', async ({ page }) => {
  // The original edition has no #namespaces section: the reader lands on the page's title, not
  // on the scroll position of the section they left (which showed the footer).
  await page.goto('/docs/containers#namespaces');
  await expect(page.locator('#namespaces')).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // With a mouse: the menu opens on hover, and its entries keep the #anchor.
  const navbar = page.getByRole('navigation', { name: /메인|main/i });
  await navbar.locator('.dropdown', { hasText: '개정판' }).hover();
  await navbar.getByRole('link', { name: '초판 (2021.02)' }).click();
  await expect(page).toHaveURL(/\/docs\/2021\.02\/containers#namespaces$/);
  await expect(page.locator('#namespaces')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('article h1')).toBeInViewport();
});

test('the original edition says what it is and links to the same page in the revised edition', async ({
  page,
}) => {
  for (const [path, label, target] of [
    ['/docs/2021.02/containers', '개정판의 같은 페이지', '/docs/containers'],
    ['/en/docs/2021.02/containers', 'this page in the revised edition', '/en/docs/containers'],
  ] as const) {
    await page.goto(path);
    const banner = page.getByRole('alert').or(page.locator('.theme-doc-version-banner'));
    await expect(banner.first()).toContainText(
      path.startsWith('/en') ? 'February 2021' : '2021년 2월',
    );
    await banner.first().getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  }
});

test('keyboard alone reaches search, the edition and language switchers', async ({ page }) => {
  await page.goto('/docs/comparison');
  const reached = new Set<string>();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      return `${el.tagName.toLowerCase()}|${el.getAttribute('aria-label') ?? ''}|${el.textContent.trim()}|${el.getAttribute('type') ?? ''}`;
    });
    if (/^input\|(검색|Search)\|/.test(focused)) reached.add('search');
    if (/개정판/.test(focused)) reached.add('version');
    if (/한국어/.test(focused)) reached.add('locale');
  }
  expect([...reached].sort()).toEqual(['locale', 'search', 'version']);

  // The dropdowns open from the keyboard and their items can be chosen with it.
  await page.goto('/docs/comparison');
  const locale = page.getByRole('button', { name: '한국어' }).first();
  await locale.focus();
  await page.keyboard.press('Enter');
  const english = page.getByRole('link', { name: 'English' }).first();
  await expect(english).toBeVisible();
  await english.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/docs\/comparison/);
});

// The phone menu's docs sidebar is theme-classic's, ejected to hand the menu one prop
// (src/theme/DocSidebar/Mobile): the first localeCompare in a page builds a collator, 15–50 ms
// of main thread, which nothing on a doc page needs.
test('on a phone the menu lists the docs, marks this page and closes on a tap, and the page builds no collator @phone-only', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls = { count: 0 };
    (window as { __localeCompareCalls?: typeof calls }).__localeCompareCalls = calls;
    const original = Object.getOwnPropertyDescriptor(String.prototype, 'localeCompare');
    const compare = original?.value as (this: string, ...args: unknown[]) => number;
    // Counting calls, with the same behaviour.
    Object.defineProperty(String.prototype, 'localeCompare', {
      ...original,
      value(this: string, ...args: unknown[]) {
        calls.count += 1;
        return compare.apply(this, args);
      },
    });
  });
  await page.goto('/docs/containers');
  expect(
    await page.evaluate(
      () => (window as { __localeCompareCalls?: { count: number } }).__localeCompareCalls?.count,
    ),
    'localeCompare calls while the page loaded and hydrated',
  ).toBe(0);
  await page.getByRole('button', { name: '사이드바 펼치거나 접기' }).click();
  const menu = page.locator('.navbar-sidebar');
  const docs = menu.locator('.theme-doc-sidebar-menu');
  // Every page of the revised Korean edition, as the sitemap lists them.
  const revisedKorean = sitemapPaths().filter(
    (path) => path.startsWith('/docs/') && !path.startsWith('/docs/2021.02/'),
  );
  await expect(docs.getByRole('link')).toHaveCount(revisedKorean.length);
  await expect(docs.locator('a[aria-current="page"]')).toHaveAttribute('href', '/docs/containers');
  await docs.locator('a[href="/docs/comparison"]').click();
  await expect(page).toHaveURL(/\/docs\/comparison$/);
  await expect(menu).toBeHidden();
  await expect(docs.locator('a[aria-current="page"]')).toHaveAttribute('href', '/docs/comparison');
});
