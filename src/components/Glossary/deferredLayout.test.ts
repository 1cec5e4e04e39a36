// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFERRED, layOutDeferred } from './deferredLayout';

/** Animation frames run by hand: `next()` runs the callback waiting for the next frame. */
function manualFrames(): {
  request: (callback: () => void) => number;
  cancel: (handle: number) => void;
  next: () => void;
  waiting: () => boolean;
} {
  let pending: { handle: number; callback: () => void } | null = null;
  let counter = 0;
  return {
    request: (callback) => {
      counter += 1;
      pending = { handle: counter, callback };
      return counter;
    },
    cancel: (handle) => {
      if (pending?.handle === handle) pending = null;
    },
    next: () => {
      const current = pending;
      pending = null;
      current?.callback();
    },
    waiting: () => pending !== null,
  };
}

function entries(count: number): HTMLElement {
  const root = document.createElement('div');
  for (let index = 0; index < count; index += 1) {
    const entry = document.createElement('article');
    entry.id = `e${String(index)}`;
    entry.setAttribute(DEFERRED, '');
    root.append(entry);
  }
  return root;
}

const deferredIds = (root: HTMLElement): string[] =>
  Array.from(root.querySelectorAll(`[${DEFERRED}]`), (element) => element.id);

describe('layOutDeferred', () => {
  it('lays out a few entries per frame, in page order, until none is deferred', () => {
    const root = entries(7);
    const frames = manualFrames();
    layOutDeferred(root, { perFrame: 3, frames });
    expect(deferredIds(root)).toHaveLength(7);
    frames.next();
    expect(deferredIds(root)).toEqual(['e3', 'e4', 'e5', 'e6']);
    frames.next();
    expect(deferredIds(root)).toEqual(['e6']);
    frames.next();
    expect(deferredIds(root)).toEqual([]);
    expect(frames.waiting()).toBe(false);
  });

  it('stops when asked, leaving the rest deferred', () => {
    const root = entries(5);
    const frames = manualFrames();
    const stop = layOutDeferred(root, { perFrame: 2, frames });
    frames.next();
    stop();
    expect(frames.waiting()).toBe(false);
    expect(deferredIds(root)).toEqual(['e2', 'e3', 'e4']);
  });

  it('takes entries added meanwhile too', () => {
    const root = entries(2);
    const frames = manualFrames();
    layOutDeferred(root, { perFrame: 2, frames });
    const late = document.createElement('article');
    late.id = 'late';
    late.setAttribute(DEFERRED, '');
    root.append(late);
    frames.next();
    expect(deferredIds(root)).toEqual(['late']);
    frames.next();
    expect(deferredIds(root)).toEqual([]);
  });

  it('scrolls by as much as the first entry on the screen moved, where the browser did not hold it', () => {
    const root = entries(4);
    for (const entry of Array.from(root.children)) entry.setAttribute('data-term-entry', '');
    // e0 is above the screen; e1 is the first on it. Laying out e0 (its true height is 300 px
    // more than the placeholder's) moves e1 down by 300 px, as in a browser without scroll
    // anchoring.
    const tops = new Map([
      ['e0', -500],
      ['e1', 40],
    ]);
    for (const entry of Array.from(root.children)) {
      entry.getBoundingClientRect = () => {
        const top = tops.get(entry.id) ?? 900;
        return { top, bottom: top + 400 } as DOMRect;
      };
    }
    const scrolled: number[] = [];
    const frames = manualFrames();
    layOutDeferred(root, {
      perFrame: 1,
      frames,
      scrollBy: (dy) => {
        scrolled.push(dy);
      },
    });
    // The first frame lays out e0: e1 moves.
    const first = root.children[0];
    if (first === undefined) throw new Error('no entry');
    const realRemove = first.removeAttribute.bind(first);
    first.removeAttribute = (name: string) => {
      realRemove(name);
      tops.set('e1', 340);
    };
    frames.next();
    expect(scrolled).toEqual([300]);
    // Later frames: nothing moves, no scrolling.
    frames.next();
    expect(scrolled).toEqual([300]);
  });
});
