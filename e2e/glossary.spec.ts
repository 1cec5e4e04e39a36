import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { getGlossaryTerm, glossary } from '../src/data/glossary';
import { expect, test } from './fixtures';

// The glossary page of both locales: static HTML with every term, a filter that understands
// Korean, English and initial consonants (also mid-composition), filtered views in the address,
// anchors, and term previews opened with the keyboard, the mouse and a tap.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TERM_COUNT = glossary.length;

const entries = (page: Page): Locator => page.locator('article[data-term-entry]');
const firstEntryId = (page: Page): Promise<string | null> =>
  entries(page).first().getAttribute('id');

async function search(page: Page, label: string, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: label });
  await box.fill('');
  await box.pressSequentially(query);
}

test('both glossary pages carry every term in the static HTML', async ({ request }) => {
  for (const path of ['/glossary', '/en/glossary']) {
    const html = await (await request.get(path)).text();
    const ids = [...html.matchAll(/<article[^>]*\bid="?([a-z0-9-]+)/g)].map((m) => m[1]);
    expect(ids, path).toHaveLength(TERM_COUNT);
    expect(ids).toContain('hypervisor');
    expect(ids).toContain('container-runtime');
  }
});

test('the navbar and the footer lead to the glossary in each language', async ({ page }) => {
  await page.goto('/docs/');
  await page
    .getByRole('navigation', { name: '메인' })
    .getByRole('link', { name: '용어집' })
    .click();
  await expect(page).toHaveURL(/\/glossary$/);
  await expect(page.getByRole('heading', { level: 1, name: '용어집' })).toBeVisible();
  await page.goto('/en/docs/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/en\/glossary$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
});

test('Korean page: finds terms typed in Korean, English and initial consonants', async ({
  page,
}) => {
  await page.goto('/glossary');
  await expect(page.getByText(`용어 ${String(TERM_COUNT)}개`)).toBeVisible();

  await search(page, '용어 찾기', 'ㅎㅇㅍㅂㅇㅈ');
  await expect.poll(() => firstEntryId(page)).toBe('hypervisor');
  await expect(page).toHaveURL(/\?q=%E3%85%8E/);

  await search(page, '용어 찾기', '가상 머신');
  await expect.poll(() => firstEntryId(page)).toBe('virtual-machine');

  await search(page, '용어 찾기', 'container runtime');
  await expect.poll(() => firstEntryId(page)).toBe('container-runtime');
  await expect(page.getByTestId('glossary-count')).toHaveText(/^용어 \d+개를 찾았습니다\.$/);
  // The count reaches screen readers through the page's live region.
  await expect(page.locator('[role="status"]:not(article *)')).toHaveText(
    /^용어 \d+개를 찾았습니다\.$/,
  );

  await search(page, '용어 찾기', 'zzzz');
  await expect(entries(page)).toHaveCount(0);
  await expect(page.getByTestId('glossary-count')).toHaveText('찾는 조건에 맞는 용어가 없습니다.');
  await page.getByRole('button', { name: '모든 용어 보기' }).click();
  await expect(entries(page)).toHaveCount(TERM_COUNT);
  await expect(page).toHaveURL(/\/glossary$/);
});

test('English page: English first, and Korean and initial consonants still work', async ({
  page,
}) => {
  await page.goto('/en/glossary');
  await expect(page.getByRole('navigation', { name: 'A–Z index' })).toBeVisible();

  await search(page, 'Find a term', 'Hypervisor');
  await expect.poll(() => firstEntryId(page)).toBe('hypervisor');
  await expect(page.locator('#hypervisor h3')).toHaveText('hypervisor 하이퍼바이저');

  await search(page, 'Find a term', '하이퍼바이저');
  await expect.poll(() => firstEntryId(page)).toBe('hypervisor');

  await search(page, 'Find a term', 'ㅋㅂㄴㅌㅅ');
  await expect.poll(() => firstEntryId(page)).toBe('kubernetes');

  await search(page, 'Find a term', 'k8s');
  await expect(entries(page)).toHaveCount(1);
  await expect(page.getByTestId('glossary-count')).toHaveText('Terms found: 1.');
});

test('filters while the IME is still composing a syllable', async ({ page }) => {
  await page.goto('/glossary');
  const box = page.getByRole('searchbox', { name: '용어 찾기' });
  await box.click();
  await page.keyboard.insertText('하이퍼바');
  // Typing 하이퍼바이저 passes through 하이퍼바잊: the ㅈ waits under 이 until the vowel comes.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '잊', selectionStart: 1, selectionEnd: 1 });
  await expect(box).toHaveValue('하이퍼바잊');
  await expect.poll(() => firstEntryId(page)).toBe('hypervisor');
  await cdp.send('Input.insertText', { text: '이저' });
  await expect(box).toHaveValue('하이퍼바이저');
  await expect.poll(() => firstEntryId(page)).toBe('hypervisor');
});

test('a filtered view has its own address', async ({ page }) => {
  await page.goto('/glossary?q=k8s');
  await expect(page.getByRole('searchbox', { name: '용어 찾기' })).toHaveValue('k8s');
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toHaveAttribute('id', 'kubernetes');

  await page.goto('/en/glossary?tag=tools');
  await expect(page.getByRole('button', { name: 'Tools' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#docker')).toBeVisible();
  await expect(page.locator('#hypervisor')).toHaveCount(0);
  await page.getByRole('button', { name: 'Containers', exact: true }).click();
  await expect(page).toHaveURL(/\?tag=containers&tag=tools$/);
});

test('a term anchor scrolls to the term and highlights it', async ({ page }) => {
  await page.goto('/glossary#kernel');
  const kernel = page.locator('#kernel');
  await expect(kernel).toBeInViewport();
  await expect(kernel).toHaveClass(/highlighted/);
  // Not hidden under the sticky navbar.
  const top = await kernel.evaluate((element) => element.getBoundingClientRect().top);
  const navbar = await page
    .locator('.navbar')
    .evaluate((element) => element.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThanOrEqual(navbar);
});

test('the letter index jumps to its section in both languages', async ({ page }) => {
  await page.goto('/glossary');
  await page
    .getByRole('navigation', { name: '가나다 색인' })
    .getByRole('link', { name: 'ㅋ' })
    .click();
  await expect(page).toHaveURL(/#letter-kieuk$/);
  await expect(page.getByRole('heading', { level: 2, name: /^ㅋ/ })).toBeInViewport();
  await page.goto('/en/glossary');
  await page
    .getByRole('navigation', { name: 'A–Z index' })
    .getByRole('link', { name: 'K' })
    .click();
  await expect(page).toHaveURL(/#letter-k$/);
  await expect(page.locator('#letter-k')).toBeInViewport();
});

test('copies the permanent link of a term', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/glossary');
  await page.getByRole('button', { name: 'Copy the link to “hypervisor”' }).click();
  await expect(page.locator('#hypervisor').getByRole('status')).toHaveText(
    'Copied the link to “hypervisor”.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The published (canonical) address, not the origin the test server happens to use.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(copied).toBe(`${canonical ?? ''}#hypervisor`);
});

test('without JavaScript the copy buttons stay hidden', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/glossary');
  await expect(page.locator('#hypervisor')).toBeVisible();
  // In the HTML (nothing is inserted when the page hydrates) but not shown or announced.
  await expect(page.locator('#hypervisor button')).toHaveCount(1);
  await expect(page.locator('#hypervisor button')).toBeHidden();
  await expect(page.getByRole('button', { name: '“하이퍼바이저” 링크 복사' })).toHaveCount(0);
  await context.close();
});

test('a term preview opens with the keyboard, closes on Escape and leads to the term', async ({
  page,
}) => {
  // Two axe runs over the largest page of the site.
  test.slow();
  await page.goto('/glossary');
  const seeAlso = page.locator('#hypervisor a[data-term="virtual-machine"]');
  // Start from the term's copy button and Tab to its first see-also link.
  await page.getByRole('button', { name: '“하이퍼바이저” 링크 복사', exact: true }).focus();
  for (let i = 0; i < 10 && !(await seeAlso.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(seeAlso).toBeFocused();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('가상머신');
  await expect(tooltip).toContainText('virtual machine');
  await expect(tooltip).toContainText(getGlossaryTerm('virtual-machine')?.short.ko ?? '');
  await expect(seeAlso).toHaveAccessibleDescription(/가상머신 virtual machine/);
  // Beside the line (below it, or above it when there is no room below), never over it.
  const link = await seeAlso.boundingBox();
  const box = await tooltip.boundingBox();
  expect(
    box && link && (box.y >= link.y + link.height - 0.5 || box.y + box.height <= link.y + 0.5),
  ).toBe(true);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(tooltip).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${scheme} ${v.id}: ${v.help}`)).toEqual([]);
  }

  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(seeAlso).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary#virtual-machine$/);
  await expect(page.locator('#virtual-machine')).toBeFocused();
  await expect(page.locator('#virtual-machine')).toHaveClass(/highlighted/);
});

for (const locale of ['ko', 'en'] as const) {
  test(`a Term in the ${locale} docs previews its definition, reached with the keyboard`, async ({
    page,
  }) => {
    const prefix = locale === 'en' ? '/en' : '';
    await page.goto(`${prefix}/docs/containers`);
    // Click the title to start keyboard navigation there, then Tab to the first term.
    await page.locator('article h1').click();
    let id: string | null = null;
    for (let i = 0; i < 40 && id === null; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => document.activeElement?.getAttribute('data-term') ?? null);
    }
    const term = getGlossaryTerm(id ?? '');
    if (term === undefined) throw new Error(`no <Term> reached on ${prefix}/docs/containers`);
    const link = page.locator(':focus');
    await expect(link).toHaveAttribute('href', `${prefix}/glossary#${term.id}`);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText(term.name[locale]);
    await expect(tooltip).toContainText(term.short[locale]);
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${prefix}/glossary#${term.id}$`));
    await expect(page.locator(`#${term.id}`)).toBeInViewport();
  });
}

test('a term preview opens on hover and stays while the pointer moves onto it', async ({
  page,
}) => {
  await page.goto('/en/glossary');
  const seeAlso = page.locator('#kernel a[data-term="namespace"]');
  await seeAlso.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('A Linux kernel feature that limits which system resources');
  await tooltip.hover();
  await page.waitForTimeout(600);
  await expect(tooltip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
});

test('on a phone a tap opens the preview as a sheet that leaves the term visible @phone-only', async ({
  page,
}) => {
  await page.goto('/glossary');
  const seeAlso = page.locator('#hypervisor a[data-term="virtual-machine"]');
  await seeAlso.scrollIntoViewIfNeeded();
  await seeAlso.tap();
  const sheet = page.getByRole('dialog', { name: '가상머신 virtual machine' });
  await expect(sheet).toBeVisible();
  await expect(page).toHaveURL(/\/glossary$/);
  const term = await seeAlso.boundingBox();
  const panel = await sheet.boundingBox();
  expect(term && panel && term.y + term.height <= panel.y).toBe(true);
  expect(panel && panel.y + panel.height).toBeCloseTo(page.viewportSize()?.height ?? 0, 0);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await sheet.getByRole('button', { name: '닫기' }).tap();
  await expect(sheet).toBeHidden();
  await seeAlso.tap();
  await sheet.getByRole('link', { name: '용어집에서 자세히 보기' }).tap();
  await expect(page).toHaveURL(/\/glossary#virtual-machine$/);
});

test('the glossary fits a 360 px wide screen @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/glossary', '/en/glossary']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBe(0);
  }
});
