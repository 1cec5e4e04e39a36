import { useEffect } from 'react';

/**
 * The glossary's entries are in the page from the server HTML on, and laying out all of them
 * (about 30,000 characters of text and some 2,000 elements) was the longest task of the page's
 * load, before its first paint: 92–131 ms of style and layout in Lighthouse's traces on a
 * desktop CPU, four times that on the phone Lighthouse simulates. So each entry carries
 * `data-deferred` (GlossaryEntry.tsx), under which the stylesheet gives it
 * `content-visibility: auto` (styles.module.css): the browser lays out only the entries on and
 * near the screen for the first paint, and keeps a placeholder of about an entry's height for
 * the others.
 *
 * A page opened at an anchor (`/glossary#kernel`) defers nothing (`:target`, styles.module.css):
 * the browser puts the anchor at the top of the screen from the true heights of the entries
 * above it, which a browser without scroll anchoring (Safari) could not keep once placeholders
 * above it were replaced.
 *
 * Then, once the page has loaded, `layOutDeferred` takes the attribute off a few entries per
 * animation frame, in page order, until none is left: each frame lays out a few entries (short
 * enough for a phone not to block a tap; ENTRIES_PER_FRAME), and within a fraction of a second
 * the page is an ordinary page again, all of it laid out. That keeps what a skipped entry would
 * change: its true height (the scroll bar, positions measured by the page's own scripts), and
 * tools that hit-test the page (accessibility checkers measuring target sizes).
 *
 * An entry above the screen that gets its true height in place of the placeholder's would move
 * what the reader is looking at (a term opened by its anchor, the place they scrolled to).
 * Chromium and Firefox hold it in place (scroll anchoring); Safari has no scroll anchoring, so
 * each frame measures the first entry on the screen before and after and scrolls by the
 * difference (none where the browser has already held it).
 */

/**
 * Entries laid out per animation frame: about a tenth of the glossary's 65, so about a tenth of
 * the ~100 ms above (~40 ms on Lighthouse's simulated phone, under the 50 ms of a long task).
 */
export const ENTRIES_PER_FRAME = 6;

/** The attribute that defers an entry's layout (styles.module.css matches it). */
export const DEFERRED = 'data-deferred';

interface Frames {
  readonly request: (callback: () => void) => number;
  readonly cancel: (handle: number) => void;
}

const animationFrames: Frames = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => {
    cancelAnimationFrame(handle);
  },
};

export interface LayOutOptions {
  /** Deferred elements laid out per frame. */
  readonly perFrame?: number;
  readonly frames?: Frames;
  /** The elements one of which is held in place on the screen (the glossary's entries). */
  readonly anchors?: string;
  readonly scrollBy?: (dy: number) => void;
}

/** The first of `candidates` whose bottom is below the top of the screen. */
function firstOnScreen(candidates: ArrayLike<Element>): Element | null {
  for (const candidate of Array.from(candidates)) {
    if (candidate.getBoundingClientRect().bottom > 0) return candidate;
  }
  return null;
}

/**
 * Takes `data-deferred` off the elements under `root` that have it, `perFrame` of them per frame,
 * in document order, keeping the first anchor on the screen where it was. Returns a function
 * that stops it.
 */
export function layOutDeferred(
  root: ParentNode,
  {
    perFrame = ENTRIES_PER_FRAME,
    frames = animationFrames,
    anchors = '[data-term-entry]',
    scrollBy = (dy) => {
      window.scrollBy(0, dy);
    },
  }: LayOutOptions = {},
): () => void {
  let handle: number | null = null;
  const step = (): void => {
    const pending = Array.from(root.querySelectorAll(`[${DEFERRED}]`));
    const anchor = firstOnScreen(root.querySelectorAll(anchors));
    const before = anchor?.getBoundingClientRect().top ?? 0;
    for (const element of pending.slice(0, perFrame)) element.removeAttribute(DEFERRED);
    const moved = (anchor?.getBoundingClientRect().top ?? 0) - before;
    if (Math.abs(moved) >= 1) scrollBy(moved);
    handle = pending.length > perFrame ? frames.request(step) : null;
  };
  handle = frames.request(step);
  return () => {
    if (handle !== null) frames.cancel(handle);
    handle = null;
  };
}

/**
 * Lays out the deferred entries once the page has loaded. Only the server HTML defers entries
 * (GlossaryEntry.tsx): entries drawn later in the browser are laid out at once.
 */
export function useDeferredLayout(): void {
  useEffect(() => {
    let stop = (): void => undefined;
    const start = (): void => {
      stop = layOutDeferred(document);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      window.removeEventListener('load', start);
      stop();
    };
  }, []);
}
