/**
 * What a phone screen must give a reader, measured in the page: targets a finger can hit and text
 * that starts on the first screen (phone-pages.spec.ts checks every page; touch.spec.ts and the
 * others, single controls).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The smallest target a finger gets (WCAG 2.5.5's size; the site's rule for touch). */
export const MIN_TARGET = 44;

/** What a reader taps: buttons, disclosure summaries, custom buttons and toggles. */
const TARGETS = [
  'button',
  'summary',
  '[role="button"]',
  '[role="switch"]',
  'input[type="checkbox"]',
  'input[type="radio"]',
].join(', ');

/**
 * The visible controls under `scope` smaller than 44 × 44, as "tag “name” w×h". Controls that are
 * not rendered (closed menu, closed disclosure) are skipped; so are visually hidden ones (1 × 1,
 * for screen readers only), which no finger can reach.
 */
export async function smallTargets(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ scope, targets, min }) => {
      const small = new Set<string>();
      for (const element of Array.from(document.querySelectorAll(`${scope} :is(${targets})`))) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        // A radio button or checkbox is tapped through its label too: the larger of the two.
        const labels = element instanceof HTMLInputElement ? Array.from(element.labels ?? []) : [];
        const box = [element, ...labels]
          .map((target) => target.getBoundingClientRect())
          .reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
        if (box.width <= 1 || box.height <= 1) continue;
        if (box.width >= min - 0.5 && box.height >= min - 0.5) continue;
        const name = (element.getAttribute('aria-label') ?? element.textContent).trim();
        small.add(
          `${element.tagName.toLowerCase()} “${name.slice(0, 40)}” ${String(Math.round(box.width))}×${String(Math.round(box.height))}`,
        );
      }
      return [...small];
    },
    { scope, targets: TARGETS, min: MIN_TARGET },
  );
}

/**
 * Every doc page of every edition and locale, as scripts/lib/sitePages.ts lists them (read in a
 * child process: the module uses `import.meta`, which Playwright's loader does not support).
 */
export function docPaths(): string[] {
  const root = join(__dirname, '..');
  const script = [
    "import { docUrl, sitePages } from './scripts/lib/sitePages.ts';",
    'console.log(JSON.stringify(sitePages().map((p) => docUrl(p.locale, p.edition, p.id))));',
  ].join('\n');
  const output = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['--eval', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

/** How far down the screen the page's own text may start on a phone. */
export const MAX_TEXT_START = 0.3;

/**
 * Where the page's own text starts, as a fraction of the viewport's height: the top of the first
 * block after the title (past the strip with the section's language control, and a heading's
 * copy-link status region, empty and out of the flow).
 */
export async function textStart(page: Page): Promise<{ top: number; fraction: number }> {
  return page.evaluate(() => {
    const markdown = document.querySelector('.theme-doc-markdown');
    const title = markdown?.querySelector('h1');
    if (!markdown || !title) throw new Error(`${location.pathname}: no title in the doc`);
    const blocks = Array.from(markdown.children);
    const at = blocks.findIndex((block) => block === title || block.contains(title));
    const first = blocks
      .slice(at + 1)
      .find((block) => !block.matches('[data-bilingual-slot], [role="status"]'));
    if (!first) throw new Error(`${location.pathname}: no text after the title`);
    const top = first.getBoundingClientRect().top + window.scrollY;
    return { top, fraction: top / window.innerHeight };
  });
}
