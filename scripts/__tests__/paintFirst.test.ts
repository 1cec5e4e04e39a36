import { runInNewContext } from 'node:vm';
import { loaderScript, runScriptsAfterFirstPaint } from '../lib/paintFirst';

const HEAD =
  '<head><meta charset=UTF-8><link rel=stylesheet href=/assets/css/styles.css />' +
  '<script src=/assets/js/runtime~main.1.js defer></script>' +
  '<script src=/assets/js/main.2.js defer></script></head>' +
  '<body><script>inline()</script><script src=/other.js></script></body>';

describe('runScriptsAfterFirstPaint', () => {
  it('preloads the deferred bundles and runs them from one loader, in order', () => {
    const html = runScriptsAfterFirstPaint(HEAD);
    expect(html).toContain(
      '<link rel=preload href=/assets/js/runtime~main.1.js as=script fetchpriority=low>' +
        '<link rel=preload href=/assets/js/main.2.js as=script fetchpriority=low><script>!function(){',
    );
    expect(html).not.toMatch(/\bdefer\b/);
    expect(html).toContain(
      JSON.stringify(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js']),
    );
    // Inline and non-deferred scripts are left alone.
    expect(html).toContain('<script>inline()</script><script src=/other.js></script>');
  });

  it('leaves a page without deferred scripts unchanged', () => {
    const page = '<head><script>x()</script></head><body><script src=/a.js></script></body>';
    expect(runScriptsAfterFirstPaint(page)).toBe(page);
  });

  it('inserts the scripts after the first frame, in order and not async, and only once', () => {
    const appended: { src: string; async: boolean }[] = [];
    const frames: (() => void)[] = [];
    const timers: { run: () => void; ms: number }[] = [];
    const context = {
      document: {
        head: { appendChild: (script: { src: string; async: boolean }) => appended.push(script) },
        createElement: () => ({ src: '', async: true }),
      },
      requestAnimationFrame: (run: () => void) => frames.push(run),
      setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    };
    runInNewContext(loaderScript(['/r.js', '/m.js']), context);
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
  });
});
