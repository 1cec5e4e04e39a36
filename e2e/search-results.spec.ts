import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FIRST_RESULTS, search, searchBox, suggestions } from './search-helpers';

// Search results people can use (issue 14): snippets from the text people read, the glossary in
// the navbar search, a 초성 query offered the glossary filter, a results address that survives a
// reload, a clean address and the focus on the matched section after choosing a result, and
// every search state at WCAG AA contrast in both themes.

interface IndexDocument {
  readonly t?: string;
  readonly u: string;
  readonly h?: string;
}

async function searchIndex(page: Page, base: string): Promise<IndexDocument[][]> {
  const response = await page.request.get(`${base}search-index.json`);
  expect(response.ok()).toBe(true);
  const indexes = (await response.json()) as { documents: IndexDocument[] }[];
  return indexes.map(({ documents }) => documents);
}

const CONTENT = 4;

test.describe('snippets come from the text people read', () => {
  for (const { base, glued, chrome, aliases } of [
    {
      base: '/',
      aliases: '다른 이름',
      glued: ['라이브러리앱', '하드웨어하이퍼바이저형', '게스트 OS앱', '가상화이미지가'],
      chrome: ['보안 연결 아님', '새 탭에서 열림', '페이지 언어:', '비교 항목'],
    },
    {
      base: '/en/',
      aliases: 'Also called',
      glued: ['laterImages', 'OSin every', 'Guest OSApp', 'virtualizationTypically'],
      chrome: ['not secure', 'opens in a new tab', 'Page language:', 'Aspect Hypervisor'],
    },
  ]) {
    test(`no diagram labels and no change list in the ${base} index`, async ({ page }) => {
      const indexes = await searchIndex(page, base);
      const all = indexes.flat();
      for (const text of glued) {
        expect(
          all.filter((doc) => doc.t?.includes(text)).map((doc) => doc.u),
          `"${text}" (labels run into the text)`,
        ).toEqual([]);
      }
      // Nor the page's furniture: badges, "opens in a new tab", the table's hidden corner header.
      for (const text of chrome) {
        expect(
          all.filter((doc) => doc.t?.includes(text)).map((doc) => doc.u),
          `"${text}"`,
        ).toEqual([]);
      }
      // A figure's text description is indexed instead of its drawing.
      expect(
        all.some((doc) => /그린 그림이다|diagram|drawing|side by side/i.test(doc.t ?? '')),
      ).toBe(true);
      // The change lists quote the original edition's mistakes: their heading stays findable,
      // their text is not indexed.
      const changeTexts = (indexes[CONTENT] ?? []).filter(
        (doc) => doc.h === '#changes-from-original',
      );
      expect(changeTexts).toEqual([]);
      // A glossary term's other names are searchable, but not the label of their row: its words
      // ("다른 이름", "Also called") would match every entry.
      const hypervisor = (indexes[CONTENT] ?? []).filter(
        (doc) => /\/glossary$/.test(doc.u) && doc.h === '#hypervisor',
      );
      expect(hypervisor.map((doc) => doc.t?.includes('VMM'))).toEqual([true]);
      expect(
        (indexes[CONTENT] ?? []).filter(
          (doc) => /\/glossary$/.test(doc.u) && doc.t?.includes(aliases),
        ),
      ).toEqual([]);
    });
  }

  test('a snippet shows no diagram labels', async ({ page }) => {
    await page.goto('/docs/comparison');
    await search(page, '가상머신 시작 시간');
    await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
    const texts = await suggestions(page).allInnerTexts();
    expect(texts.join('\n')).not.toMatch(/라이브러리앱|하드웨어하이퍼바이저/);
  });

  for (const { start, query, changes } of [
    { start: '/en/docs/comparison', query: 'startup time', changes: /What changed/ },
    { start: '/docs/comparison', query: '에뮬레이션', changes: /초판에서 달라진 점/ },
  ]) {
    test(`"${query}" finds content, not the change list`, async ({ page }) => {
      await page.goto(start);
      await search(page, query);
      await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
      await expect(suggestions(page).first()).not.toContainText(changes);
      const texts = await suggestions(page).allInnerTexts();
      expect(texts.filter((text) => changes.test(text))).toEqual([]);
    });
  }
});

test.describe('the glossary in the navbar search', () => {
  for (const { start, query, glossary, id } of [
    { start: '/docs/', query: '도커', glossary: '/glossary', id: 'docker' },
    { start: '/docs/', query: 'hypervisor', glossary: '/glossary', id: 'hypervisor' },
    { start: '/en/docs/', query: 'docker', glossary: '/en/glossary', id: 'docker' },
    { start: '/en/docs/', query: '하이퍼바이저', glossary: '/en/glossary', id: 'hypervisor' },
  ]) {
    test(`"${query}" from ${start} offers the definition at ${glossary}#${id}`, async ({
      page,
    }) => {
      await page.goto(start);
      await search(page, query);
      await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
      const glossaryName = start.startsWith('/en/') ? 'Glossary' : '용어집';
      const hit = suggestions(page).filter({ hasText: glossaryName }).first();
      await expect(hit).toBeVisible();
      await hit.click();
      await expect(page).toHaveURL(
        (url) => url.pathname === glossary && url.hash === `#${id}` && url.search === '',
      );
      await expect(page.locator(`article#${id}`)).toBeFocused();
    });
  }
});

test.describe('a 초성 query is offered the glossary filter', () => {
  test('in the dropdown, by keyboard', async ({ page }) => {
    await page.goto('/docs/');
    await search(page, 'ㅋㅌㅇㄴ');
    const offer = suggestions(page).filter({ hasText: "용어집에서 'ㅋㅌㅇㄴ' 찾기" });
    await expect(offer).toHaveCount(1, FIRST_RESULTS);
    await expect(suggestions(page)).toHaveCount(1);
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(
      (url) => url.pathname === '/glossary' && url.searchParams.get('q') === 'ㅋㅌㅇㄴ',
    );
    await expect(page.getByRole('searchbox', { name: '용어 찾기' })).toHaveValue('ㅋㅌㅇㄴ');
    await expect(page.locator('article#container')).toBeVisible();
  });

  test('in English too', async ({ page }) => {
    await page.goto('/en/docs/');
    await search(page, 'ㅎㅇㅍ');
    await expect(
      suggestions(page).filter({ hasText: "Find 'ㅎㅇㅍ' in the glossary" }),
    ).toHaveCount(1, FIRST_RESULTS);
  });

  test('on the search page', async ({ page }) => {
    await page.goto('/search/?q=ㅋㅌㅇㄴ');
    const offer = page.getByRole('link', { name: "용어집에서 'ㅋㅌㅇㄴ' 찾기" });
    await expect(offer).toBeVisible(FIRST_RESULTS);
    await offer.click();
    await expect(page).toHaveURL(
      (url) => url.pathname === '/glossary' && url.searchParams.get('q') === 'ㅋㅌㅇㄴ',
    );
  });
});

for (const base of ['/', '/en/']) {
  test(`${base}search/?q=cgroup opened fresh shows its results and keeps its query`, async ({
    page,
  }) => {
    const address = `${base}search/?q=cgroup`;
    for (const open of [() => page.goto(address), () => page.reload()]) {
      await open();
      const results = page.locator('.main-wrapper article h2 a');
      await expect(results.first()).toBeVisible(FIRST_RESULTS);
      await expect(page.locator('.main-wrapper input[type="search"]')).toHaveValue('cgroup');
      await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'cgroup');
    }
  });
}

test('a chosen result leaves a clean address and the focus on the matched section', async ({
  page,
}) => {
  await page.goto('/docs/');
  await search(page, '네임스페이스');
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
  // The first suggestion is active; the keyboard moves to the first one on a doc page (the
  // glossary's entries are tested above), and Enter opens it.
  const texts = await suggestions(page).allInnerTexts();
  const docResult = texts.findIndex((text) => !text.includes('용어집'));
  expect(docResult).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < docResult; i += 1) await searchBox(page).press('ArrowDown');
  await searchBox(page).press('Enter');
  await page.waitForFunction(() =>
    Boolean(
      (window.history.state as { state?: { _highlight?: unknown } } | null)?.state?._highlight,
    ),
  );
  const url = new URL(page.url());
  expect(url.search).toBe('');
  expect(url.href).not.toContain('_highlight');
  const focusedId = await page.evaluate(() => document.activeElement?.id ?? '');
  if (url.hash) {
    expect(focusedId).toBe(decodeURIComponent(url.hash.slice(1)));
  } else {
    await expect(page.locator('article h1')).toBeFocused();
  }
  await expect(page.locator('article mark[data-markjs]').first()).toBeVisible();
  // Reloading keeps the highlights (history state) and the clean address.
  await page.reload();
  await expect(page.locator('article mark[data-markjs]').first()).toBeVisible();
  expect(page.url()).not.toContain('_highlight');
});

/** Contrast ratios of every visible text under `selector`, against its composited background. */
async function textContrasts(
  page: Page,
  selector: string,
): Promise<{ ratio: number; text: string; color: string; background: string }[]> {
  return page.evaluate((root) => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(value);
      if (srgb) {
        return [
          Number(srgb[1]) * 255,
          Number(srgb[2]) * 255,
          Number(srgb[3]) * 255,
          srgb[4] === undefined ? 1 : Number(srgb[4]),
        ];
      }
      const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(value);
      if (!rgb) throw new Error(`unparsed colour ${value}`);
      return [
        Number(rgb[1]),
        Number(rgb[2]),
        Number(rgb[3]),
        rgb[4] === undefined ? 1 : Number(rgb[4]),
      ];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [
        top[0] * a + below[0] * (1 - a),
        top[1] * a + below[1] * (1 - a),
        top[2] * a + below[2] * (1 - a),
        1,
      ];
    };
    const background = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) break;
      }
      let result: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const luminance = ([r, g, b]: Rgba): number => {
      const channel = (c: number): number => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const results: { ratio: number; text: string; color: string; background: string }[] = [];
    for (const container of Array.from(document.querySelectorAll(root))) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim()) continue;
        if (element.getClientRects().length === 0) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || element.closest('svg, [aria-hidden="true"]')) continue;
        const bg = background(element);
        const fg = over(parse(style.color), bg);
        const light = Math.max(luminance(fg), luminance(bg));
        const dark = Math.min(luminance(fg), luminance(bg));
        results.push({
          ratio: (light + 0.05) / (dark + 0.05),
          text: node.textContent.trim().slice(0, 40),
          color: style.color,
          background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
        });
      }
    }
    return results;
  }, selector);
}

const AA = 4.5;
const failing = (
  contrasts: { ratio: number; text: string; color: string; background: string }[],
): string[] =>
  contrasts
    .filter(({ ratio }) => ratio < AA)
    .map(
      ({ ratio, text, color, background }) =>
        `${ratio.toFixed(2)}:1 "${text}" ${color} on ${background}`,
    );

for (const scheme of ['light', 'dark'] as const) {
  test(`every search state meets AA contrast in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/docs/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);

    // The dropdown, with the first suggestion active and "see all results" below.
    await search(page, '컨테이너 이미지');
    await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
    const active = page.locator('[role="option"][class*="cursor_"]');
    await expect(active).toHaveCount(1);
    const activeContrasts = await textContrasts(page, '[role="option"][class*="cursor_"]');
    expect(activeContrasts.length).toBeGreaterThan(0);
    expect(failing(activeContrasts)).toEqual([]);
    // Another suggestion made active by the keyboard.
    await searchBox(page).press('ArrowDown');
    expect(failing(await textContrasts(page, '[role="listbox"]'))).toEqual([]);
    const seeAll = page.getByRole('link', { name: '검색 결과 모두 보기' });
    await expect(seeAll).toBeVisible();
    expect(
      failing(await textContrasts(page, '[role="listbox"] ~ *, [class*="hitFooter_"]')),
    ).toEqual([]);

    // The search page, with its highlighted matches.
    await seeAll.click();
    await expect(page.locator('.main-wrapper article h2 a').first()).toBeVisible(FIRST_RESULTS);
    const pageContrasts = await textContrasts(page, '.main-wrapper');
    expect(pageContrasts.some(({ text }) => text.length > 0)).toBe(true);
    expect(failing(pageContrasts)).toEqual([]);
    // Snippets are not slanted: Hangul has no italic.
    const styles = await page
      .locator('.main-wrapper article p')
      .evaluateAll((paragraphs) => paragraphs.map((p) => getComputedStyle(p).fontStyle));
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.filter((style) => style !== 'normal')).toEqual([]);

    // The highlights on the page a result opens: the site's colours, not the browser's #ff0.
    // (A doc page: mark.js marks inside the page's first <article>, which on the glossary is
    // its first entry, not the one the result opens.)
    await page.locator('.main-wrapper article h2 a:not([href*="/glossary"])').first().click();
    const mark = page.locator('article mark[data-markjs]').first();
    await expect(mark).toBeVisible();
    expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(
      'rgb(255, 255, 0)',
    );
    expect(failing(await textContrasts(page, 'article mark[data-markjs]'))).toEqual([]);
  });
}

// The search page is the plugin's (patched: patches/@easyops-cn+docusaurus-search-local.md, 2).
for (const { path, label, lang } of [
  { path: '/search', label: '검색', lang: 'ko-KR' },
  { path: '/en/search', label: 'Search', lang: 'en-US' },
]) {
  test(`${path}: the content is the main landmark and the box is named in the page’s language`, async ({
    page,
  }) => {
    await page.goto(`${path}?q=${encodeURIComponent(lang === 'ko-KR' ? '커널' : 'kernel')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const main = page.getByRole('main');
    await expect(main).toHaveCount(1);
    await expect(main.locator('h1')).toHaveCount(1);
    await expect(main.getByRole('searchbox', { name: label, exact: true })).toBeVisible();
    await expect(main.locator('article').first()).toBeVisible(FIRST_RESULTS);
  });
}

test('the clear button leaves the typed text visible, is a target of 24 px or more, clears the box from a tap, a click or the keyboard with the focus kept in it, and the box still folds on a phone @phone', async ({
  page,
  hasTouch,
}) => {
  await page.goto('/en/docs/vm-problems');
  const box = searchBox(page);
  const unfocused = (await box.boundingBox())?.width ?? 0;
  await search(page, 'hardware level virtualization');
  const clear = page.getByRole('button', { name: 'Clear search' });
  await expect(clear).toBeVisible();
  const button = await clear.boundingBox();
  // Where the box's text ends: its right edge less its right padding.
  const textEnd = await box.evaluate((input) => {
    const { right } = input.getBoundingClientRect();
    return right - parseFloat(getComputedStyle(input).paddingRight);
  });
  expect(button && textEnd <= button.x + 0.5, `text ends at ${String(textEnd)}`).toBe(true);
  expect(button?.width ?? 0).toBeGreaterThanOrEqual(24);
  expect(button?.height ?? 0).toBeGreaterThanOrEqual(24);
  // Left with text in it, the box folds on a phone as it does empty: no wider navbar item.
  await box.blur();
  await expect.poll(async () => (await box.boundingBox())?.width).toBe(unfocused);
  // Pressed (tapped on a phone, where the plugin hides the button once the box loses the focus),
  // the button clears the box and leaves the focus in it for the next word.
  await box.click();
  await expect(clear).toBeVisible();
  await (hasTouch ? clear.tap() : clear.click());
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  if (hasTouch) return;
  // From the keyboard: Escape closes the list, Tab reaches the button, Enter clears the box and
  // the focus goes back into it (the cleared box has no button to keep it).
  await box.fill('kernel');
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(clear).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
});

test('on English pages, Korean in the search results is marked as Korean', async ({ page }) => {
  /** Text with Hangul in `selector` that is not inside an element in Korean, and how much there is. */
  const hangulText = (selector: string) =>
    page.evaluate((selector) => {
      const hangul = /[\uac00-\ud7a3]/;
      let found = 0;
      const unmarked: string[] = [];
      for (const root of Array.from(document.querySelectorAll(selector))) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!hangul.test(text)) continue;
          found += 1;
          const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
          if (!lang.startsWith('ko')) unmarked.push(text);
        }
      }
      return { found, unmarked };
    }, selector);
  await page.goto('/en/search?q=kernel');
  await expect(page.locator('main article').first()).toBeVisible(FIRST_RESULTS);
  const results = await hangulText('main article');
  expect(results.found).toBeGreaterThan(0);
  expect(results.unmarked).toEqual([]);
  // The navbar's suggestions too.
  await search(page, 'kernel');
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
  const suggested = await hangulText('[role="option"]');
  expect(suggested.found).toBeGreaterThan(0);
  expect(suggested.unmarked).toEqual([]);
});
