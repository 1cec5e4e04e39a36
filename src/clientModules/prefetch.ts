/**
 * Client module (`clientModules` in docusaurus.config.ts): lighter prefetching of linked routes.
 *
 * Docusaurus's `<Link>` calls `window.docusaurus.prefetch(path)` (a public API:
 * https://docusaurus.io/docs/docusaurus-core#window-docusaurus) when a link scrolls into view, so
 * a page load asks for every link of the first screen at once, right after hydration. Each call
 * matches the route and appends a `<link rel="prefetch">` for each of its files, in the task that
 * runs the IntersectionObserver callback. This module replaces `window.docusaurus` with a wrapper
 * that
 * - runs each call in idle time (`requestIdleCallback`), in slices of at most SLICE_MS per idle
 *   callback, instead of all of them in one task that delays input. An idle period lasts up to
 *   50 ms, and filling it is no better: one call (matching the route, then appending its
 *   `<link>` elements, each of which starts a fetch) takes 2–5 ms on a desktop and four to six
 *   times that on a phone, so a full idle period of calls is a long task there. Measured on a doc
 *   page (desktop CPU, unthrottled): the idle work came in one 62 ms task, about 250 ms under
 *   Lighthouse's 4x phone CPU;
 * - prefetches each file once (routes share most of their files), and not the files the page has
 *   already fetched: it filters the `<link rel="prefetch">` elements the call appends to `<head>`.
 *
 * `preload` (on hover or touch: the reader is about to click) is passed through unchanged.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type { ClientModule } from '@docusaurus/types';

/** `window.docusaurus`, as documented (and typed by @docusaurus/module-type-aliases). */
export type DocusaurusClient = Window['docusaurus'];
type Prefetched = Awaited<Exclude<ReturnType<DocusaurusClient['prefetch']>, false>>;

type Idle = (callback: (deadline: IdleDeadline) => void) => void;

/**
 * The most time one idle callback spends on prefetch calls before it yields: 8 ms here is a
 * 32–48 ms task on a phone 4–6 times slower, under the 50 ms of a long task. A call that starts
 * before the budget is spent runs to its end.
 */
export const SLICE_MS = 8;

const defaultIdle: Idle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(callback, { timeout: 2000 });
  } else {
    setTimeout(() => {
      callback({ didTimeout: true, timeRemaining: () => 8 });
    }, 1);
  }
};

/** Whether the page has fetched `url` already: a script it has, or any resource it loaded. */
export function alreadyFetched(doc: Document, url: string): boolean {
  if (Array.from(doc.scripts).some((script) => script.src === url)) return true;
  return typeof performance !== 'undefined' && performance.getEntriesByName(url).length > 0;
}

/**
 * Runs `run` (a call of Docusaurus's prefetch) while `head.appendChild` drops `<link
 * rel="prefetch">` elements for files already requested or fetched; a dropped link reports
 * `load` so that whoever waits on it goes on.
 */
export function withFilesOnce<T>(doc: Document, requested: Set<string>, run: () => T): T {
  const head = doc.head;
  const ownAppend = Object.getOwnPropertyDescriptor(head, 'appendChild');
  const append = head.appendChild.bind(head);
  head.appendChild = <N extends Node>(node: N): N => {
    if (node instanceof HTMLLinkElement && node.rel === 'prefetch' && node.href !== '') {
      if (requested.has(node.href) || alreadyFetched(doc, node.href)) {
        queueMicrotask(() => node.dispatchEvent(new Event('load')));
        return node;
      }
      requested.add(node.href);
    }
    return append(node);
  };
  try {
    return run();
  } finally {
    if (ownAppend) Object.defineProperty(head, 'appendChild', ownAppend);
    else delete (head as { appendChild?: unknown }).appendChild;
  }
}

/** `original` with `prefetch` deferred to idle time and each file prefetched once. */
export function lighterPrefetch(
  original: DocusaurusClient,
  {
    doc = document,
    idle = defaultIdle,
    now = () => performance.now(),
  }: { doc?: Document; idle?: Idle; now?: () => number } = {},
): DocusaurusClient {
  const routes = new Set<string>();
  const files = new Set<string>();
  const queue: (() => void)[] = [];
  const drain = (deadline: IdleDeadline): void => {
    const start = now();
    do {
      queue.shift()?.();
    } while (queue.length > 0 && deadline.timeRemaining() > 4 && now() - start < SLICE_MS);
    if (queue.length > 0) idle(drain);
  };
  return Object.freeze({
    prefetch(routePath: string) {
      if (routes.has(routePath)) return false;
      routes.add(routePath);
      return new Promise<Prefetched>((resolve) => {
        queue.push(() => {
          const result = withFilesOnce(doc, files, () => original.prefetch(routePath));
          resolve(result === false ? [] : result);
        });
        if (queue.length === 1) idle(drain);
      });
    },
    preload: (routePath: string) => original.preload(routePath),
  });
}

const wrapped = new WeakSet<DocusaurusClient>();

/** Wraps `window.docusaurus` once (Docusaurus sets it before the first render). */
export function install(): void {
  // Undefined until Docusaurus's client entry has run, whatever the type says.
  const original = window.docusaurus as DocusaurusClient | undefined;
  if (original === undefined || wrapped.has(original)) return;
  const lighter = lighterPrefetch(original);
  wrapped.add(lighter);
  window.docusaurus = lighter;
}

const clientModule: ClientModule = {
  // Runs in the layout effect of the first render, before any IntersectionObserver callback
  // (they run in a later task) or passive effect of `<Link>` can prefetch.
  onRouteDidUpdate() {
    if (ExecutionEnvironment.canUseDOM) install();
  },
};

export default clientModule;
