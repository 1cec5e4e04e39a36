import type { Page } from '@playwright/test';
import { expect, sitemapPaths, sweep, test } from './fixtures';
import { axe } from './axe';

// Every page loads cleanly and passes axe (WCAG 2.0/2.1/2.2 A and AA). Which pages exist is
// checked without a browser (tests/build/pages.test.ts); this is the rendered, hydrated page.

interface Target {
  readonly path: string;
  readonly status: number;
}

// Missing pages at the top and under each edition's docs: nginx serves the same 404 page for
// all, and the browser renders the docs' 404 under /docs/ (hydrating it without an error).
const NOT_FOUND = [
  '/this-page-does-not-exist',
  '/en/this-page-does-not-exist',
  '/docs/this-page-does-not-exist',
  '/en/docs/2021.02/this-page-does-not-exist',
];
const targets: Target[] = [
  ...sitemapPaths().map((path) => ({ path, status: 200 })),
  ...NOT_FOUND.map((path) => ({ path, status: 404 })),
];

/**
 * One page per template, chosen so that together they show every component in each of its
 * states: the dark palette and the phone layout are checked on these. The dark palette is the
 * same on every page of a template, and the phone layout differs from the desktop one only in the
 * components a page shows; so each component is on at least one of them, and each edition and
 * locale is here.
 */
const TEMPLATES: readonly Target[] = [
  // Home: hero, study path, edition cards.
  { path: '/', status: 200 },
  // Revised edition, Korean: comparison table (cards on a phone), stack diagram, fact notes,
  // term previews, change list, section language toggles, heading copy-links.
  { path: '/docs/comparison', status: 200 },
  // The code block (Prism's light and dark themes, copy button) in the revised edition.
  { path: '/docs/container-drawbacks', status: 200 },
  // The VM-problems diagram, the only one with the virtual-hardware tone.
  { path: '/docs/vm-problems', status: 200 },
  // Revised edition, English: self-check questions and answers, four change lists, Korean
  // toggles ("한국어로 보기").
  { path: '/en/docs/self-check', status: 200 },
  // Fact sources and the reference list (external links).
  { path: '/en/docs/references', status: 200 },
  // Original edition, English: the unmaintained-edition banner, the deployment diagram, code.
  { path: '/en/docs/2021.02/deployment-evolution', status: 200 },
  // Original edition, Korean: banner, the container diagram (libraries and guest OS tones).
  { path: '/docs/2021.02/containers', status: 200 },
  // Glossary: filter box, letter index, term copy buttons.
  { path: '/glossary', status: 200 },
  // The search page (the plugin's, with our swizzled results page).
  { path: '/en/search', status: 200 },
  // 404.
  { path: NOT_FOUND[0] ?? '', status: 404 },
];

async function expectNoViolations(page: Page, label: string): Promise<void> {
  const results = await axe(page).analyze();
  const violations = results.violations.map(
    (v) => `${label} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect.soft(violations, label).toEqual([]);
}

async function open(page: Page, { path, status }: Target, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  const response = await page.goto(path);
  expect.soft(response?.status(), `${path}: HTTP status`).toBe(status);
  await expect
    .soft(page.locator('html'), path)
    .toHaveAttribute('lang', path.startsWith('/en/') ? 'en-US' : 'ko-KR');
  await expect.soft(page.locator('html'), path).toHaveAttribute('data-theme', scheme);
  await expect.soft(page.locator('h1'), path).toHaveCount(1);
  if (status === 404) {
    // Live, a missing page keeps the head of 404.html (under the docs the docs plugin renders it).
    const en = path.startsWith('/en/');
    await expect
      .soft(page, `${path}: title`)
      .toHaveTitle(en ? /^Page Not Found \| / : /^페이지를 찾을 수 없습니다\. \| /);
    const card = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    const own = en ? '/en/img/cards/404.png' : '/img/cards/404.png';
    expect
      .soft(card.endsWith(own) && (en || !card.includes('/en/')), `${path}: card ${card}`)
      .toBe(true);
  }
}

/** Opens a page and runs axe; a page loads and hydrates in a few seconds, axe takes 4–10 s. */
function axeSweep(scheme: 'light' | 'dark', label: string) {
  return async (page: Page, target: Target): Promise<void> => {
    await open(page, target, scheme);
    await expectNoViolations(page, `${target.path} (${label})`);
  };
}
const byPath = (target: Target): string => target.path;

test('the template pages are pages of the site, and cover both editions and locales', () => {
  const paths = targets.map((t) => t.path);
  for (const template of TEMPLATES) expect(paths).toContain(template.path);
  const docs = TEMPLATES.map((t) => t.path).filter((p) => /^\/(en\/)?docs\//.test(p));
  expect(docs.some((p) => p.startsWith('/docs/') && !p.includes('/2021.02/'))).toBe(true);
  expect(docs.some((p) => p.startsWith('/en/docs/') && !p.includes('/2021.02/'))).toBe(true);
  expect(docs.some((p) => p.startsWith('/docs/2021.02/'))).toBe(true);
  expect(docs.some((p) => p.startsWith('/en/docs/2021.02/'))).toBe(true);
});

// Every page of both sitemaps and both 404 pages, once: desktop, light theme; in groups of
// pages, each group in one browser page (fixtures.ts, `sweep`).
sweep(
  'every page loads cleanly and passes axe',
  targets,
  { parts: 8, perItem: 30_000, name: byPath },
  axeSweep('light', 'light'),
);

// The dark palette, on a page of each template (desktop).
sweep(
  'the template pages pass axe in the dark theme',
  TEMPLATES,
  { parts: 3, perItem: 30_000, name: byPath },
  axeSweep('dark', 'dark'),
);

// The phone layout (Pixel 7 viewport, touch: target sizes, reflow, contrast of the phone layout)
// on a page of each template; scheduled in the phone project only (playwright.config.ts).
sweep(
  'the template pages pass axe on a phone @phone-only',
  TEMPLATES,
  { parts: 3, perItem: 30_000, name: byPath },
  axeSweep('light', 'phone'),
);
