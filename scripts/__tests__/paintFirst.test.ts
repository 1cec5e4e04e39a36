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

  function runLoader(readyState: 'loading' | 'interactive' | 'complete') {
    const appended: { src: string; async: boolean }[] = [];
    const frames: (() => void)[] = [];
    const timers: { run: () => void; ms: number }[] = [];
    const listeners: { type: string; run: () => void }[] = [];
    const context = {
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
    return { appended, frames, timers, listeners };
  }

  it.each(['interactive', 'complete'] as const)(
    'on a parsed document (%s), inserts the scripts after the next frame, in order, not async, once',
    (readyState) => {
      const { appended, frames, timers, listeners } = runLoader(readyState);
      expect(listeners).toEqual([]);
      // Nothing runs before a frame; the fallback timer covers tabs that never get one.
      expect(appended).toEqual([]);
      expect(timers.map((timer) => timer.ms)).toEqual([3000]);
      frames[0]?.();
      timers.at(-1)?.run();
      expect(appended).toEqual([
        { src: '/r.js', async: false },
        { src: '/m.js', async: false },
      ]);
      timers[0]?.run();
      expect(appended).toHaveLength(2);
    },
  );

  it('while the document is still parsing, neither a frame nor the fallback runs the scripts', () => {
    const { appended, frames, timers, listeners } = runLoader('loading');
    // No frame callback nor timer yet: frames painted mid-parse must not start React.
    expect(frames).toEqual([]);
    expect(timers).toEqual([]);
    expect(listeners.map((listener) => listener.type)).toEqual(['DOMContentLoaded']);
    listeners[0]?.run();
    expect(appended).toEqual([]);
    frames[0]?.();
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
