import type { Locator, Page } from '@playwright/test';
import { getGlossaryTerm, glossary } from '../src/data/glossary';
import { expect, test } from './fixtures';
import { axe } from './axe';

// The glossary page of both locales: static HTML with every term, a filter that understands
// Korean, English and initial consonants (also mid-composition), filtered views in the address,
// anchors, and term previews opened with the keyboard, the mouse and a tap.

const TERM_COUNT = glossary.length;

const entries = (page: Page): Locator => page.locator('article[data-term-entry]');
const firstEntryId = (page: Page): Promise<string | null> =>
  entries(page).first().getAttribute('id');

/** The bottom of the glossary's sticky bar (the way back to the filter and the letter index). */
const barBottom = (page: Page): Promise<number> =>
  page.locator('[data-glossary-bar]').evaluate((bar) => bar.getBoundingClientRect().bottom);

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
  await expect(
    page.locator('[role="status"]:not(article *):not([data-copy-markdown] *)'),
  ).toHaveText(/^용어 \d+개를 찾았습니다\.$/);

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
  // Not hidden under the sticky navbar or the glossary's sticky bar below it.
  const top = await kernel.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(await barBottom(page));
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

test('copies the permanent link of a term, announced without moving anything @phone', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/glossary');
  const entry = page.locator('#hypervisor');
  const button = page.getByRole('button', { name: 'Copy the link to “hypervisor”' });
  await button.scrollIntoViewIfNeeded();
  // Every layout shift from here on, also those right after the click (CLS leaves them out).
  await page.evaluate(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        w.shifted += shift.value;
      }
    }).observe({ type: 'layout-shift' });
  });
  const boxes = (): Promise<unknown> =>
    entry.evaluate((article) =>
      [article, ...Array.from(article.querySelectorAll('h3, button, p'))].map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return [x, y, width, height].map(Math.round);
      }),
    );
  const before = await boxes();
  await button.click();
  await expect(entry.getByRole('status')).toHaveText('Copied the link to “hypervisor”.');
  expect(await boxes()).toEqual(before);
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
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
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.help}`)).toEqual([]);
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
  // The sheet slides up (160 ms): where it ends up is what counts.
  const viewportHeight = page.viewportSize()?.height ?? 0;
  await expect
    .poll(async () => {
      const panel = await sheet.boundingBox();
      return panel ? Math.abs(panel.y + panel.height - viewportHeight) : Infinity;
    }, 'the sheet sits on the bottom edge of the screen')
    .toBeLessThan(0.5);
  const term = await seeAlso.boundingBox();
  const panel = await sheet.boundingBox();
  expect(term && panel && term.y + term.height <= panel.y).toBe(true);
  const results = await axe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

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

// The page is many screens tall on a phone: the bar under the navbar keeps the way back to the
// filter and the letter index at hand, and whatever the page scrolls to lands below it.
test('on a phone the filter and the letter index stay at hand down to the last term @phone', async ({
  page,
}) => {
  await page.goto('/glossary');
  const bar = page.locator('[data-glossary-bar]');
  const last = entries(page).last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  const index = page.getByRole('navigation', { name: '가나다 색인' });
  await expect(index).toBeInViewport();
  // Right under the navbar, one compact row.
  const navbar = await page.locator('.navbar').evaluate((nav) => nav.getBoundingClientRect());
  const box = await bar.evaluate((element) => element.getBoundingClientRect());
  expect(box.top).toBeCloseTo(navbar.bottom, 0);
  expect(box.height).toBeLessThanOrEqual(56);

  // A letter: its section starts below the bar.
  await index.getByRole('link', { name: 'ㄱ' }).click();
  await expect(page).toHaveURL(/#letter-giyeok$/);
  await expect(page.locator('#letter-giyeok h2')).toBeInViewport();
  const sectionTop = await page
    .locator('#letter-giyeok')
    .evaluate((section) => section.getBoundingClientRect().top);
  expect(sectionTop).toBeGreaterThanOrEqual(await barBottom(page));

  // Back to the filter from the end of the page, with focus in the box.
  await last.scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: '용어 찾기로 이동' }).click();
  const box2 = page.getByRole('searchbox', { name: '용어 찾기' });
  await expect(box2).toBeFocused();
  await expect(box2).toBeInViewport();
  await page.keyboard.type('ㅋㅂㄴㅌㅅ');
  await expect.poll(() => firstEntryId(page)).toBe('kubernetes');
  // While filtering the letters give way, and the way back to the filter stays.
  await expect(index).toHaveCount(0);
  await expect(page.getByRole('button', { name: '용어 찾기로 이동' })).toBeVisible();
});

test('a term anchor lands below the sticky bar on a phone, and so does keyboard focus @phone', async ({
  page,
}) => {
  for (const id of ['kernel', 'namespace', 'virtual-machine']) {
    await page.goto(`/glossary#${id}`);
    const top = await page.locator(`#${id}`).evaluate((entry) => entry.getBoundingClientRect().top);
    expect(top, id).toBeGreaterThanOrEqual(await barBottom(page));
    await expect(page.locator(`#${id} h3`)).toBeInViewport();
  }
  // Tabbing backwards through the list never puts the focused control under the bar.
  await page.goto('/glossary#kernel');
  await page.locator('#kernel a[href]').first().focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Shift+Tab');
    const top = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? 0);
    // Within a pixel: scrolling rounds to device pixels.
    expect(top).toBeGreaterThanOrEqual((await barBottom(page)) - 1);
  }
});

// The entries off the first screen are laid out after the first paint
// (src/components/Glossary/deferredLayout.ts), then all of them once the page has loaded.
test('the entries off the first screen are laid out after the first paint, then all of them', async ({
  page,
}) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as { testDeferred?: number }).testDeferred =
        document.querySelectorAll('[data-deferred]').length;
    });
  });
  await page.goto('/glossary');
  expect(await page.evaluate(() => (window as { testDeferred?: number }).testDeferred)).toBe(
    await page.locator('[data-term-entry]').count(),
  );
  await expect(page.locator('[data-deferred]')).toHaveCount(0);
});

// Opened at an anchor, the page defers nothing (`:target`): the term stays where the anchor put
// it, also in a browser without scroll anchoring (Safari), where placeholders above it replaced
// by true heights would move it. Its position is taken when the page has loaded.
for (const anchoring of ['auto', 'none'] as const) {
  test(`an anchored term stays where the anchor put it (overflow-anchor: ${anchoring}) @phone`, async ({
    page,
  }) => {
    await page.addInitScript((value) => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.overflowAnchor = value;
      });
      window.addEventListener(
        'load',
        () => {
          const entry = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          (window as { testTopAtLoad?: number }).testTopAtLoad = entry?.getBoundingClientRect().top;
        },
        { capture: true },
      );
    }, anchoring);
    for (const id of ['namespace', 'virtual-machine']) {
      await page.goto(`/glossary#${id}`);
      await expect(page.locator('[data-deferred]')).toHaveCount(0);
      await page.waitForTimeout(300);
      const atLoad = await page.evaluate(
        () => (window as { testTopAtLoad?: number }).testTopAtLoad,
      );
      const entry = page.locator(`#${id}`);
      const now = await entry.evaluate((element) => element.getBoundingClientRect().top);
      expect(Math.abs(now - (atLoad ?? Number.NaN)), id).toBeLessThanOrEqual(1);
      expect(now, id).toBeGreaterThanOrEqual(await barBottom(page));
    }
  });
}

/** WCAG contrast ratio of two computed colours (`rgb(…)`, opaque). */
function contrast(a: string, b: string): number {
  const luminance = (color: string): number => {
    const [r, g, b2] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b2 ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

test('the letter index is legible: ㄱ as tall as A, unavailable letters readable and struck out @phone', async ({
  page,
}) => {
  await page.goto('/glossary');
  await page.evaluate(() => document.fonts.ready);
  const index = page.getByRole('navigation', { name: '가나다 색인' });
  // The height of the ink of each letter as drawn (its font, size and weight).
  const inkHeight = (text: string): Promise<number> =>
    index.getByText(text, { exact: true }).evaluate((element) => {
      const style = getComputedStyle(element);
      const context = document.createElement('canvas').getContext('2d');
      if (context === null) throw new Error('no canvas');
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const glyph = element.textContent.charAt(0);
      const metrics = context.measureText(glyph);
      return metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent;
    });
  const latin = await inkHeight('A–Z');
  for (const letter of ['ㄱ', 'ㄴ', 'ㅁ']) {
    const ratio = (await inkHeight(letter)) / latin;
    expect(ratio, `${letter} / A`).toBeGreaterThan(0.8);
    expect(ratio, `${letter} / A`).toBeLessThan(1.2);
  }
  const weights = await index
    .getByRole('link')
    .evaluateAll((links) => [...new Set(links.map((a) => getComputedStyle(a).fontWeight))]);
  expect(weights).toHaveLength(1);

  const empty = page.locator('[data-glossary-bar] nav li > span');
  await expect(empty.first()).toBeAttached();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const styles = await empty.evaluateAll((spans) =>
      spans.map((span) => {
        const bar = span.closest('[data-glossary-bar]') ?? document.body;
        const style = getComputedStyle(span);
        return {
          color: style.color,
          background: getComputedStyle(bar).backgroundColor,
          line: style.textDecorationLine,
          hidden: span.getAttribute('aria-hidden'),
        };
      }),
    );
    for (const style of styles) {
      expect(contrast(style.color, style.background), scheme).toBeGreaterThanOrEqual(4.5);
      expect(style.line).toBe('line-through');
      expect(style.hidden).toBe('true');
    }
  }
});

test('every control of the glossary is a 44 px target on a phone @phone-only', async ({ page }) => {
  // A topic filter shows the letters and the "show all" button at once.
  for (const path of ['/glossary?tag=tools', '/en/glossary?tag=tools']) {
    await page.goto(path);
    const small = await page
      .locator('main')
      .locator('input, button, nav a, summary, [role="button"]')
      .evaluateAll((controls) =>
        controls
          .filter((control) => control.getClientRects().length > 0)
          .map((control) => {
            const { width, height } = control.getBoundingClientRect();
            const name = control.getAttribute('aria-label') ?? control.textContent;
            return { name: name.trim(), width: Math.round(width), height: Math.round(height) };
          })
          .filter(({ width, height }) => width < 44 || height < 44),
      );
    expect(small, path).toEqual([]);
    await expect(page.getByRole('button', { name: /모든 용어 보기|Show all terms/ })).toBeVisible();
  }
});

test('with a mouse the letter index fits its row in both languages', async ({ page }) => {
  for (const path of ['/glossary', '/en/glossary']) {
    await page.goto(path);
    const list = page.locator('[data-glossary-bar] nav ol');
    const [scroll, client] = await list.evaluate((ol) => [ol.scrollWidth, ol.clientWidth]);
    expect(scroll, path).toBeLessThanOrEqual(client);
  }
});
