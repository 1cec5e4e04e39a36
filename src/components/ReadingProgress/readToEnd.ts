/**
 * "Read to the end": the end of the article (a sentinel right after it) stays in view for
 * `dwellMs`, and either the reader has scrolled the page (a scroll that follows a wheel, touch,
 * key or pointer action) since it opened, or the page is short (it is at the top with its end
 * in view). A flash of the end while scrolling past it does not count, nor does landing on an
 * anchor near the end.
 */

export const DWELL_MS = 1000;

/** What a reader does to move through a page; a scroll to an anchor on load follows none. */
const INTENT_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
const LISTEN = { passive: true, capture: true } as const;

/**
 * Calls `onRead` once, when the reader has read to `sentinel`; returns the function that stops
 * watching. Without IntersectionObserver it watches nothing.
 */
export function watchReadToEnd(
  sentinel: Element,
  onRead: () => void,
  dwellMs: number = DWELL_MS,
): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  let visible = false;
  let intent = false;
  let scrolled = false;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // At the top with the end in view, the whole article is on screen.
  const ready = (): boolean => visible && (scrolled || window.scrollY <= 0);
  // Checked again when the dwell ends: on a busy page the observer's "gone" may come late.
  const stillInView = (): boolean => {
    const box = sentinel.getBoundingClientRect();
    return box.bottom >= 0 && box.top <= window.innerHeight;
  };
  const arm = (): void => {
    if (done || timer !== undefined || !ready()) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (done || !ready() || !stillInView()) return;
      stop();
      onRead();
    }, dwellMs);
  };
  const disarm = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const onIntent = (): void => {
    intent = true;
  };
  const onScroll = (): void => {
    if (!intent || scrolled) return;
    scrolled = true;
    arm();
  };
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (entry === undefined) return;
    visible = entry.isIntersecting;
    if (visible) arm();
    else disarm();
  });
  function stop(): void {
    done = true;
    disarm();
    observer.disconnect();
    for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, LISTEN);
    window.removeEventListener('scroll', onScroll, LISTEN);
  }

  for (const type of INTENT_EVENTS) window.addEventListener(type, onIntent, LISTEN);
  window.addEventListener('scroll', onScroll, LISTEN);
  observer.observe(sentinel);
  return stop;
}
