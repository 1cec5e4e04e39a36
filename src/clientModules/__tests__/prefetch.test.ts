// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import clientModule, {
  install,
  lighterPrefetch,
  SLICE_MS,
  type DocusaurusClient,
} from '../prefetch';

const ORIGIN = window.location.origin;

/** Docusaurus's prefetch as it behaves: one `<link rel="prefetch">` per file of the route. */
function fakeDocusaurus(filesOf: Record<string, string[]>): DocusaurusClient & {
  prefetch: ReturnType<typeof vi.fn>;
  preload: ReturnType<typeof vi.fn>;
} {
  const prefetch = vi.fn((route: string) =>
    Promise.all(
      (filesOf[route] ?? []).map(
        (file) =>
          new Promise<void>((resolve) => {
            const link = document.createElement('link');
            link.setAttribute('rel', 'prefetch');
            link.setAttribute('href', file);
            link.onload = () => {
              resolve();
            };
            document.head.appendChild(link);
          }),
      ),
    ),
  );
  const preload = vi.fn(() => Promise.resolve([]));
  return { prefetch, preload };
}

/** An idle scheduler the test runs by hand. */
function manualIdle(): { idle: (cb: (deadline: IdleDeadline) => void) => void; run: () => void } {
  const pending: ((deadline: IdleDeadline) => void)[] = [];
  return {
    idle: (cb) => pending.push(cb),
    run: () => {
      while (pending.length > 0) {
        pending.shift()?.({ didTimeout: false, timeRemaining: () => 50 });
      }
    },
  };
}

const prefetchLinks = (): string[] =>
  Array.from(document.head.querySelectorAll('link[rel="prefetch"]')).map(
    (link) => (link as HTMLLinkElement).href,
  );

afterEach(() => {
  document.head.innerHTML = '';
});

describe('lighterPrefetch', () => {
  it('resolves and prefetches a route only in idle time, and each route once', async () => {
    const original = fakeDocusaurus({ '/docs/a': ['/assets/js/a.js'] });
    const { idle, run } = manualIdle();
    const client = lighterPrefetch(original, { idle });
    const result = client.prefetch('/docs/a');
    expect(client.prefetch('/docs/a')).toBe(false);
    expect(original.prefetch).not.toHaveBeenCalled();
    run();
    expect(original.prefetch).toHaveBeenCalledTimes(1);
    expect(prefetchLinks()).toEqual([`${ORIGIN}/assets/js/a.js`]);
    document.head.querySelector('link')?.dispatchEvent(new Event('load'));
    await expect(result).resolves.toEqual([undefined]);
  });

  it('prefetches a file shared by several routes once, and still settles each route', async () => {
    const original = fakeDocusaurus({
      '/docs/a': ['/assets/js/shared.js', '/assets/js/a.js'],
      '/docs/b': ['/assets/js/shared.js', '/assets/js/b.js'],
    });
    const { idle, run } = manualIdle();
    const client = lighterPrefetch(original, { idle });
    const a = client.prefetch('/docs/a');
    const b = client.prefetch('/docs/b');
    run();
    expect(prefetchLinks()).toEqual(
      ['shared', 'a', 'b'].map((name) => `${ORIGIN}/assets/js/${name}.js`),
    );
    document.head.querySelectorAll('link').forEach((link) => {
      link.dispatchEvent(new Event('load'));
    });
    await expect(Promise.all([a, b])).resolves.toHaveLength(2);
  });

  it('yields after SLICE_MS of calls in one idle period, and goes on in the next', () => {
    const routes = ['/docs/a', '/docs/b', '/docs/c', '/docs/d', '/docs/e'];
    const original = fakeDocusaurus(Object.fromEntries(routes.map((r) => [r, [`${r}.js`]])));
    // Each call takes 3 ms of the fake clock.
    let clock = 0;
    original.prefetch.mockImplementation((): false => {
      clock += 3;
      return false;
    });
    const pending: ((deadline: IdleDeadline) => void)[] = [];
    const client = lighterPrefetch(original, { idle: (cb) => pending.push(cb), now: () => clock });
    for (const route of routes) void client.prefetch(route);
    const callsPerIdlePeriod: number[] = [];
    while (pending.length > 0) {
      const before = original.prefetch.mock.calls.length;
      // A long idle period: only the slice budget stops the callback.
      pending.shift()?.({ didTimeout: false, timeRemaining: () => 50 });
      callsPerIdlePeriod.push(original.prefetch.mock.calls.length - before);
    }
    // 3 + 3 + 3 ms: the third call ends past the budget, then the callback yields.
    expect(SLICE_MS).toBe(8);
    expect(callsPerIdlePeriod).toEqual([3, 2]);
    expect(original.prefetch.mock.calls.map((call) => String(call[0]))).toEqual(routes);
  });

  it('does not prefetch a file the page already has', () => {
    const script = document.createElement('script');
    script.src = '/assets/js/main.js';
    document.head.appendChild(script);
    const original = fakeDocusaurus({ '/': ['/assets/js/main.js', '/assets/js/home.js'] });
    const { idle, run } = manualIdle();
    void lighterPrefetch(original, { idle }).prefetch('/');
    run();
    expect(prefetchLinks()).toEqual([`${ORIGIN}/assets/js/home.js`]);
  });

  it('leaves <head> as it was, even when Docusaurus throws', () => {
    const original = fakeDocusaurus({});
    original.prefetch.mockImplementation(() => {
      throw new Error('boom');
    });
    const { idle, run } = manualIdle();
    void lighterPrefetch(original, { idle }).prefetch('/docs/a');
    expect(run).toThrow('boom');
    expect(Object.hasOwn(document.head, 'appendChild')).toBe(false);
    const other = document.createElement('link');
    other.rel = 'prefetch';
    other.href = '/assets/js/x.js';
    document.head.appendChild(other);
    document.head.appendChild(other.cloneNode());
    expect(prefetchLinks()).toHaveLength(2);
  });

  it('passes preload (hover, touch) straight through', () => {
    const original = fakeDocusaurus({});
    const { idle } = manualIdle();
    void lighterPrefetch(original, { idle }).preload('/docs/a');
    expect(original.preload).toHaveBeenCalledWith('/docs/a');
  });
});

describe('the client module', () => {
  it('wraps window.docusaurus once, on the first route update', () => {
    const original = fakeDocusaurus({});
    window.docusaurus = original;
    const onRouteDidUpdate = clientModule.onRouteDidUpdate as () => void;
    onRouteDidUpdate();
    const wrapped = window.docusaurus;
    expect(wrapped).not.toBe(original);
    install();
    expect(window.docusaurus).toBe(wrapped);
    expect(Object.isFrozen(wrapped)).toBe(true);
  });
});
