import { useEffect } from 'react';

/**
 * The glossary's entries are in the page from the server HTML on, and laying out all of them
 * (about 30,000 characters of text and some 2,000 elements) was the longest task of the page's
 * load, before its first paint: on a phone, several hundred milliseconds. So each entry carries
 * `data-deferred` (GlossaryEntry.tsx), under which the stylesheet gives it
 * `content-visibility: auto` (styles.module.css): the browser lays out only the entries on and
 * near the screen for the first paint, and keeps a placeholder of about an entry's height for
 * the others.
 *
 * Then, once the page has loaded, `layOutDeferred` takes the attribute off a few entries per
 * animation frame, in page order, until none is left: each frame lays out a few entries (a few
 * milliseconds, short enough for a phone not to block a tap), and within a fraction of a second
 * the page is an ordinary page again, all of it laid out. That keeps what a skipped entry would
 * change: its true height (the scroll bar, positions measured by the page's own scripts), and
 * tools that hit-test the page (accessibility checkers measuring target sizes).
 */

/** Entries laid out per animation frame: on this site's glossary, each frame about 10 ms on a phone. */
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

/**
 * Takes `data-deferred` off the elements under `root` that have it, `perFrame` of them per frame,
 * in document order. Returns a function that stops it.
 */
export function layOutDeferred(
  root: ParentNode,
  perFrame: number = ENTRIES_PER_FRAME,
  frames: Frames = animationFrames,
): () => void {
  let handle: number | null = null;
  const step = (): void => {
    const pending = Array.from(root.querySelectorAll(`[${DEFERRED}]`));
    for (const element of pending.slice(0, perFrame)) element.removeAttribute(DEFERRED);
    handle = pending.length > perFrame ? frames.request(step) : null;
  };
  handle = frames.request(step);
  return () => {
    if (handle !== null) frames.cancel(handle);
    handle = null;
  };
}

/**
 * Lays out the deferred entries once the page has loaded, and again whenever `entries` changes
 * (a filter brings back entries, drawn anew with the attribute).
 */
export function useDeferredLayout(entries: unknown): void {
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
  }, [entries]);
}
