import type { Locator, Page } from '@playwright/test';
import { COMPARISON_TABLES } from '../src/data/comparison';
import { expect, test } from './fixtures';

// Bilingual typography and where links land (issue 14): Korean breaks between words, never
// inside one, on Korean pages and in the Korean blocks of English pages; Hangul is never slanted;
// a link to a heading or a table row lands below the navbar, a row with its column headers.

/**
 * Line breaks that fall inside a Korean word in the elements matched by `selector`: two Hangul
 * syllables with nothing between them, the second on a lower line than the first. Measured with
 * Range.getClientRects on each character, across inline elements (`<Term>컨테이너</Term>는` is
 * one word) but not across blocks. Text that is clipped away (visually hidden, for screen readers
 * only) is not read. Returns the text around each such break, "컨테이 / 너".
 */
async function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const hangul = /[\uac00-\ud7a3]/;
    const breaks: string[] = [];
    const containerOf = (node: Node): Element | null => {
      let element = node.parentElement;
      while (element && getComputedStyle(element).display.startsWith('inline')) {
        element = element.parentElement;
      }
      return element;
    };
    const clipped = (element: Element): boolean => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        if (getComputedStyle(e).clipPath !== 'none') return true;
      }
      return false;
    };
    for (const block of Array.from(document.querySelectorAll(selector))) {
      if (!(block instanceof HTMLElement) || block.offsetParent === null || clipped(block))
        continue;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let previous: { char: string; top: number; height: number; context: string } | null = null;
      let container: Element | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A new block (a cell's label above its text) starts a new line, not a break in a word.
        const nodeContainer = containerOf(node);
        if (nodeContainer !== container) previous = null;
        container = nodeContainer;
        for (let i = 0; i < text.length; i += 1) {
          const char = text.charAt(i);
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) {
            // Collapsed whitespace or an invisible character: it separates words.
            previous = null;
            continue;
          }
          if (
            previous &&
            hangul.test(previous.char) &&
            hangul.test(char) &&
            rect.top > previous.top + previous.height / 2
          ) {
            breaks.push(`${previous.context} / ${text.slice(i, i + 4)}`);
          }
          previous = {
            char,
            top: rect.top,
            height: rect.height,
            context: text.slice(Math.max(0, i - 3), i + 1),
          };
        }
      }
    }
    return breaks;
  }, selector);
}

/** Computed `word-break` of every visible element matched, with its text when it is not keep-all. */
async function notKeepAll(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    return Array.from(document.querySelectorAll(selector))
      .filter((element) => element instanceof HTMLElement && element.offsetParent !== null)
      .filter((element) => getComputedStyle(element).wordBreak !== 'keep-all')
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 30)}": ${getComputedStyle(element).wordBreak}`,
      );
  }, selector);
}

// The Korean text a reader meets: the article's text blocks, the previous/next labels.
const KOREAN_BLOCKS = [
  'article :is(p, li, td, th, h1, h2, h3, summary, figcaption)',
  '.pagination-nav__label',
].join(', ');

test.describe('Korean line breaking on a phone @phone-only', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const path of ['/docs/comparison', '/docs/vm-problems', '/docs/2021.02/comparison']) {
    test(`${path}: Korean breaks between words, pagination labels too`, async ({ page }) => {
      await page.goto(path);
      expect(await notKeepAll(page, KOREAN_BLOCKS)).toEqual([]);
      expect(await midWordBreaks(page, KOREAN_BLOCKS)).toEqual([]);
      // Nothing runs off a 360px screen: long Latin tokens and URLs still wrap.
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }

  test('an English page’s Korean blocks break between words', async ({ page }) => {
    await page.goto('/en/docs/vm-problems?view=parallel');
    const korean = 'main [lang^="ko"]';
    await expect(page.locator(korean).first()).toBeVisible();
    // Every element in Korean, not only the block that carries `lang`.
    const inKorean = `${korean}, ${korean} *`;
    expect(await notKeepAll(page, inKorean)).toEqual([]);
    expect(await midWordBreaks(page, `${korean} :is(p, li, h1, h2, h3)`)).toEqual([]);
  });

  test('Korean in an English page’s search results breaks between words', async ({ page }) => {
    // The original edition's English pages and the glossary give Korean titles and names to an
    // English search; the results mark them as Korean (the search patch), so `:lang(ko)` applies.
    await page.goto('/en/search?q=hypervisor&version=docs%2F2021.02%2F');
    const results = 'main article :is(h2, p)';
    await expect(
      page.locator('main article', { hasText: /[\uac00-\ud7a3]/ }).first(),
    ).toBeVisible();
    await expect(page.locator('main article [lang^="ko"]').first()).toBeAttached();
    expect(await notKeepAll(page, 'main article [lang^="ko"]')).toEqual([]);
    expect(await midWordBreaks(page, results)).toEqual([]);
  });

  test('a known phrase: “하나를” stays whole on the line', async ({ page }) => {
    await page.goto('/en/docs/vm-problems?view=parallel');
    // The review saw "하 / 나를" here: a word that a 360px column splits without keep-all.
    const paragraph = page.locator('main [lang^="ko"] p', { hasText: '하나를' }).first();
    await expect(paragraph).toBeVisible();
    const lines = await paragraph.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf('하나를');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 3);
        // One rectangle per line the phrase spans.
        return range.getClientRects().length;
      }
      return 0;
    });
    expect(lines).toBe(1);
  });
});

test.describe('inline code on the narrowest phone @phone-only', () => {
  test.use({ viewport: { width: 320, height: 740 } });

  // A browser breaks after a hyphen or a slash: `docker run --` / `memory=512m` read as another
  // command. A command's words stay whole (src/theme/CodeInline); only long ones (URLs) break.
  for (const path of ['/en/docs/containers', '/docs/self-check']) {
    test(`${path}: a command in the text breaks only between its words`, async ({ page }) => {
      await page.goto(path);
      const broken = await page.evaluate(
        ({ maxCells }) => {
          const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;
          const cells = (word: string): number =>
            Array.from(word).reduce((sum, char) => sum + (wide.test(char) ? 2 : 1), 0);
          const found: string[] = [];
          let checked = 0;
          for (const code of Array.from(document.querySelectorAll('article code'))) {
            if (code.closest('pre') || !(code instanceof HTMLElement) || !code.offsetParent)
              continue;
            // Each character's text node and offset, to measure a word across the code's spans.
            const chars: { node: Text; offset: number }[] = [];
            const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node as Text;
              for (let offset = 0; offset < text.data.length; offset += 1)
                chars.push({ node: text, offset });
            }
            const text = code.textContent;
            for (const match of text.matchAll(/\S+/gu)) {
              const word = match[0];
              if (!/[-/]/u.test(word) || cells(word) > maxCells) continue;
              checked += 1;
              const first = chars[match.index];
              const last = chars[match.index + word.length - 1];
              if (!first || !last) continue;
              const range = document.createRange();
              range.setStart(first.node, first.offset);
              range.setEnd(last.node, last.offset + 1);
              const tops = Array.from(range.getClientRects())
                .filter((rect) => rect.width > 0)
                .map((rect) => rect.top);
              if (Math.max(...tops) - Math.min(...tops) > 4) found.push(word);
              // Whole by construction too, wherever it falls on the line: a span that keeps it.
              const holder = first.node.parentElement;
              if (
                holder === null ||
                getComputedStyle(holder).whiteSpace !== 'nowrap' ||
                !holder.textContent.includes(word)
              ) {
                found.push(`${word} (not kept whole)`);
              }
            }
          }
          return { checked, found };
        },
        { maxCells: 24 },
      );
      expect(broken.checked, 'words with a hyphen or a slash in the page’s code').toBeGreaterThan(
        0,
      );
      expect(broken.found).toEqual([]);
    });
  }
});

test.describe('Korean in the side-by-side view', () => {
  test('/en/docs/comparison?view=parallel: the Korean column breaks between words', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/docs/comparison?view=parallel');
    const korean = 'main [lang^="ko"]';
    await expect(page.locator(korean).first()).toBeVisible();
    expect(await notKeepAll(page, `${korean}, ${korean} *`)).toEqual([]);
    expect(await midWordBreaks(page, `${korean} :is(p, li, td, th, h1, h2, h3)`)).toEqual([]);
  });
});

test.describe('no slanted Hangul', () => {
  for (const path of ['/docs/2021.02/self-check', '/docs/self-check', '/en/docs/self-check']) {
    test(`${path}: Korean text is never italic`, async ({ page }) => {
      await page.goto(`${path}?view=parallel`);
      const slanted = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main *'))
          .filter((element) => element.closest('[lang]')?.getAttribute('lang')?.startsWith('ko'))
          .filter((element) => /[\uac00-\ud7a3]/.test(element.textContent))
          .filter((element) => getComputedStyle(element).fontStyle !== 'normal')
          .map((element) => `${element.tagName} "${element.textContent.slice(0, 30)}"`),
      );
      expect(slanted).toEqual([]);
    });
  }
});

/**
 * The navbar, the header row and a table row, in the viewport. The header row is measured by its
 * cells: they stick, the row element stays where the table put it.
 */
async function positions(page: Page, row: Locator) {
  const header = page.locator('main table thead th').first();
  const navbar = await page.locator('.navbar').boundingBox();
  const head = await header.boundingBox();
  const target = await row.boundingBox();
  if (!navbar || !head || !target) throw new Error('navbar, header row or row not laid out');
  return { navbar, head, target };
}

test.describe('deep links keep their context', () => {
  const rows = COMPARISON_TABLES.revised.rows.map((row) => row.id);

  for (const [path, id] of [
    ['/en/docs/comparison', 'startup-time'],
    ['/en/docs/comparison', rows[rows.length - 1] ?? ''],
    ['/docs/comparison', 'density'],
  ] as const) {
    test(`${path}#${id}: the row lands below the navbar with the column headers above it`, async ({
      page,
    }) => {
      await page.goto(`${path}#${id}`);
      const row = page.locator(`tr#${id}`);
      expect(await row.evaluate((element) => element.matches(':target'))).toBe(true);
      await expect
        .poll(async () => {
          const { navbar, head, target } = await positions(page, row);
          return (
            head.y >= navbar.y + navbar.height - 1 &&
            target.y >= head.y + head.height - 1 &&
            target.y + target.height <= (page.viewportSize()?.height ?? 0)
          );
        })
        .toBe(true);
      // The header row and the row are each wholly in view, with the navbar above them.
      await expect(page.locator('main table thead th').first()).toBeInViewport({ ratio: 1 });
      await expect(row).toBeInViewport({ ratio: 1 });
    });
  }

  test('the first column fits its longest aspect in three lines, with its link icon beside it', async ({
    page,
  }) => {
    await page.goto('/en/docs/comparison');
    const header = page.locator('tr#guest-os-relationship th');
    const text = header.locator('span').first();
    const button = header.getByRole('button');
    const lineHeight = await text.evaluate((element) =>
      Number.parseFloat(getComputedStyle(element).lineHeight),
    );
    const textBox = await text.boundingBox();
    const buttonBox = await button.boundingBox();
    if (!textBox || !buttonBox) throw new Error('row header not laid out');
    // Four lines before (a 9rem column).
    expect(textBox.height).toBeLessThanOrEqual(3 * lineHeight + 1);
    // Beside the text, not on a line of its own under it.
    expect(buttonBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width - 1);
    expect(buttonBox.y).toBeLessThan(textBox.y + lineHeight);
  });

  test('the table’s caption is set like the figures’ captions, and the table is in the TOC', async ({
    page,
  }) => {
    await page.goto('/docs/comparison');
    const caption = page.locator('main table caption');
    const figure = page.locator('main figure figcaption').first();
    const style = (locator: Locator) =>
      locator.evaluate((element) => {
        const css = getComputedStyle(element);
        return { fontSize: css.fontSize, color: css.color, textAlign: css.textAlign };
      });
    expect(await style(caption)).toEqual(await style(figure));
    const body = await page
      .locator('main article p')
      .first()
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(Number.parseFloat((await style(caption)).fontSize)).toBeLessThan(body);
    // Below the table's last row.
    const lastRow = await page.locator('main table tbody tr').last().boundingBox();
    const captionBox = await caption.boundingBox();
    expect(captionBox?.y ?? 0).toBeGreaterThanOrEqual((lastRow?.y ?? 0) + (lastRow?.height ?? 0));
    for (const prefix of ['', '/en']) {
      await page.goto(`${prefix}/docs/comparison`);
      const entry = page.locator('.table-of-contents a[href="#comparison-table"]');
      await expect(entry).toBeVisible();
      // The heading the entry points at comes right before the table: no text between them.
      const next = await page.evaluate(() => {
        const blocks = Array.from(
          document.querySelectorAll('main article :is(h2, h3, p, ul, ol, table, figure)'),
        );
        const heading = blocks.findIndex((block) => block.id === 'comparison-table');
        return blocks[heading + 1]?.tagName;
      });
      expect(next).toBe('TABLE');
    }
  });
});

test.describe('anchors land below the navbar @phone', () => {
  for (const target of [
    '/docs/containers#portability-limits',
    '/en/docs/container-drawbacks#weaker-isolation',
    '/glossary#docker',
  ]) {
    test(`${target}: the target starts below the navbar`, async ({ page }) => {
      await page.goto(target);
      const id = target.split('#')[1] ?? '';
      const element = page.locator(`[id="${id}"]`);
      await expect(element).toBeInViewport();
      await expect
        .poll(async () => {
          const navbar = await page.locator('.navbar').boundingBox();
          const box = await element.boundingBox();
          return (box?.y ?? 0) - ((navbar?.y ?? 0) + (navbar?.height ?? 0));
        })
        .toBeGreaterThanOrEqual(0);
    });
  }
});

test.describe('term links in a disclosure, dark theme', () => {
  test('a glossary term inside <details> keeps the link colour', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const colour = (locator: Locator) =>
      locator.evaluate((element) => getComputedStyle(element).color);
    const term = 'a[href*="/glossary#"]';
    // A term in running text: the link colour.
    await page.goto('/docs/comparison');
    const outside = await colour(page.locator(`main article p ${term}`).first());
    // A term in an answer of the self-check, inside a disclosure.
    await page.goto('/docs/self-check');
    const details = page
      .locator('main details')
      .filter({ has: page.locator(term) })
      .first();
    await details.locator('summary').click();
    const inside = details.locator(term).first();
    await expect(inside).toBeVisible();
    expect(await colour(inside)).toBe(outside);
    // Not the disclosure's text colour, which the theme gives its links.
    expect(await colour(inside)).not.toBe(await colour(details));
  });
});
