import { runInNewContext } from 'node:vm';
import { LOADER_SCRIPT, SCRIPT_LIST_ID, runScriptsAfterFirstPaint } from '../lib/paintFirst';

const HEAD =
  '<head><meta charset=UTF-8><link rel=stylesheet href=/assets/css/styles.css />' +
  '<script src=/assets/js/runtime~main.1.js defer></script>' +
  '<script src=/assets/js/main.2.js defer></script></head>' +
  '<body><script>inline()</script><script src=/other.js></script></body>';

describe('runScriptsAfterFirstPaint', () => {
  it('lists the deferred bundles, in order, for one loader the same on every page', () => {
    const html = runScriptsAfterFirstPaint(HEAD);
    expect(html).toContain(
      '<link rel=stylesheet href=/assets/css/styles.css />' +
        `<script type=application/json id=${SCRIPT_LIST_ID}>` +
        '["/assets/js/runtime~main.1.js","/assets/js/main.2.js"]</script>' +
        `<script>${LOADER_SCRIPT}</script></head>`,
    );
    // Nothing fetches them before the loader does.
    expect(html).not.toMatch(/\bdefer\b|preload/);
    // Inline and non-deferred scripts are left alone.
    expect(html).toContain('<script>inline()</script><script src=/other.js></script>');
  });

  it('leaves a page without deferred scripts unchanged', () => {
    const page = '<head><script>x()</script></head><body><script src=/a.js></script></body>';
    expect(runScriptsAfterFirstPaint(page)).toBe(page);
  });

  interface FakeObserver {
    readonly deliver: (names: readonly string[]) => void;
    options?: unknown;
    disconnected: boolean;
  }

  /** Runs the loader in a fake browser, with or without the paint-timing API. */
  function runLoader(readyState: 'loading' | 'interactive' | 'complete', paintTiming: boolean) {
    const appended: { src: string; async: boolean }[] = [];
    const frames: (() => void)[] = [];
    const timers: { run: () => void; ms: number }[] = [];
    const listeners: { type: string; run: () => void }[] = [];
    const observers: FakeObserver[] = [];
    class PerformanceObserver {
      static readonly supportedEntryTypes = ['mark', 'paint', 'resource'];
      readonly fake: FakeObserver;
      constructor(
        callback: (
          list: { getEntriesByName: (name: string) => unknown[] },
          observer: unknown,
        ) => void,
      ) {
        this.fake = {
          disconnected: false,
          deliver: (names) => {
            callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, this);
          },
        };
        observers.push(this.fake);
      }
      observe(options: unknown): void {
        this.fake.options = options;
      }
      disconnect(): void {
        this.fake.disconnected = true;
      }
    }
    const context = {
      window: paintTiming ? { PerformanceObserver } : {},
      document: {
        readyState,
        head: { appendChild: (script: { src: string; async: boolean }) => appended.push(script) },
        createElement: () => ({ src: '', async: true }),
        getElementById: (id: string) =>
          id === SCRIPT_LIST_ID ? { textContent: '["/r.js","/m.js"]' } : null,
        addEventListener: (type: string, run: () => void) => listeners.push({ type, run }),
      },
      requestAnimationFrame: (run: () => void) => frames.push(run),
      setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    };
    runInNewContext(LOADER_SCRIPT, { ...context, JSON });
    return { appended, frames, timers, listeners, observers };
  }

  const IN_ORDER = [
    { src: '/r.js', async: false },
    { src: '/m.js', async: false },
  ];

  it.each(['interactive', 'complete'] as const)(
    'on a parsed document (%s), runs the scripts once the first contentful paint is shown',
    (readyState) => {
      const { appended, frames, timers, listeners, observers } = runLoader(readyState, true);
      expect(listeners).toEqual([]);
      expect(frames).toEqual([]);
      expect(observers).toHaveLength(1);
      expect(observers[0]?.options).toEqual({ type: 'paint', buffered: true });
      // The fallback timer covers tabs that never paint.
      expect(timers.map((timer) => timer.ms)).toEqual([3000]);
      // A paint without content is not enough.
      observers[0]?.deliver(['first-paint']);
      expect(timers).toHaveLength(1);
      observers[0]?.deliver(['first-contentful-paint']);
      expect(observers[0]?.disconnected).toBe(true);
      expect(appended).toEqual([]);
      timers.at(-1)?.run();
      expect(appended).toEqual(IN_ORDER);
      // Only once, whatever fires next.
      timers[0]?.run();
      expect(appended).toHaveLength(2);
    },
  );

  it('without paint timing, runs the scripts after the next frame', () => {
    const { appended, frames, timers, observers } = runLoader('complete', false);
    expect(observers).toEqual([]);
    expect(appended).toEqual([]);
    expect(timers.map((timer) => timer.ms)).toEqual([3000]);
    frames[0]?.();
    timers.at(-1)?.run();
    expect(appended).toEqual(IN_ORDER);
    timers[0]?.run();
    expect(appended).toHaveLength(2);
  });

  it('while the document is still parsing, neither a paint nor the fallback runs the scripts', () => {
    const { appended, frames, timers, listeners, observers } = runLoader('loading', true);
    // Nothing is watched yet: frames painted mid-parse must not start React.
    expect(observers).toEqual([]);
    expect(frames).toEqual([]);
    expect(timers).toEqual([]);
    expect(listeners.map((listener) => listener.type)).toEqual(['DOMContentLoaded']);
    listeners[0]?.run();
    expect(appended).toEqual([]);
    // A contentful paint that came while parsing is delivered from the buffer.
    observers[0]?.deliver(['first-contentful-paint']);
    timers.at(-1)?.run();
    expect(appended.map((script) => script.src)).toEqual(['/r.js', '/m.js']);
  });
});

describe('the script list', () => {
  it('cannot close its data block, whatever a path holds', () => {
    const page = '<head><script src="/a<!--</script.js" defer></script></head>';
    const html = runScriptsAfterFirstPaint(page);
    const list = /<script type=application\/json[^>]*>(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(list).not.toContain('<');
    expect(JSON.parse(list)).toEqual(['/a<!--</script.js']);
  });
});
