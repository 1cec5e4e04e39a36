// @vitest-environment jsdom
import { watchReadToEnd } from '../readToEnd';

/** A hand-driven IntersectionObserver: `see(true)` puts the observed element in view. */
let callback: IntersectionObserverCallback | undefined;
let disconnected = false;
class FakeObserver {
  constructor(cb: IntersectionObserverCallback) {
    callback = cb;
  }
  observe(): void {}
  disconnect(): void {
    disconnected = true;
  }
}
const see = (isIntersecting: boolean): void => {
  callback?.([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
};
const scrollTo = (y: number): void => {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  callback = undefined;
  disconnected = false;
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function watch(): { read: ReturnType<typeof vi.fn>; stop: () => void } {
  const read = vi.fn();
  const stop = watchReadToEnd(document.createElement('div'), read, 1000);
  return { read, stop };
}

describe('watchReadToEnd', () => {
  it('counts a reader who scrolled to the end and stayed there', () => {
    const { read } = watch();
    window.dispatchEvent(new Event('wheel'));
    scrollTo(2000);
    see(true);
    vi.advanceTimersByTime(999);
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(read).toHaveBeenCalledOnce();
    expect(disconnected).toBe(true);
  });

  it('does not count the end flashing by while scrolling fast', () => {
    const { read } = watch();
    window.dispatchEvent(new Event('keydown'));
    scrollTo(2000);
    see(true);
    vi.advanceTimersByTime(300);
    see(false);
    vi.advanceTimersByTime(5000);
    expect(read).not.toHaveBeenCalled();
  });

  it('does not count an end that left the screen before the observer said so', () => {
    const read = vi.fn();
    const sentinel = document.createElement('div');
    watchReadToEnd(sentinel, read, 1000);
    window.dispatchEvent(new Event('keydown'));
    scrollTo(2000);
    see(true);
    // The reader scrolled back up; on a busy page the observer's report has not come yet.
    vi.spyOn(sentinel, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, window.innerHeight + 1500, 100, 1),
    );
    vi.advanceTimersByTime(5000);
    expect(read).not.toHaveBeenCalled();
  });

  it('does not count landing on an anchor near the end, until the reader scrolls', () => {
    const { read } = watch();
    scrollTo(2000); // the browser's jump to #changes-from-original: no wheel, key or touch
    see(true);
    vi.advanceTimersByTime(5000);
    expect(read).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('touchstart'));
    scrollTo(2100);
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledOnce();
  });

  it('counts a short page, whose end is in view at the top', () => {
    const { read } = watch();
    see(true);
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledOnce();
  });

  it('stops watching when told to', () => {
    const { read, stop } = watch();
    see(true);
    stop();
    vi.advanceTimersByTime(5000);
    expect(read).not.toHaveBeenCalled();
  });
});
