import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { load, type CheerioAPI } from 'cheerio';
import {
  DEFAULT_TEMPLATE,
  LOADER_SOURCE,
  SCRIPT_LIST_ID,
  paintFirstTemplate,
  ssrTemplate,
} from '../template';

// Docusaurus's own template compiler and default template, loaded as Docusaurus loads them.
type SSGTemplateModule = typeof import('@docusaurus/core/lib/ssg/ssgTemplate');
type SSGTemplateData = Parameters<Awaited<ReturnType<SSGTemplateModule['compileSSGTemplate']>>>[0];
const require = createRequire(import.meta.url);
const { compileSSGTemplate } =
  require('@docusaurus/core/lib/ssg/ssgTemplate.js') as SSGTemplateModule;
const upstreamDefault = (
  require('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as { default: string }
).default;

const PAGE: SSGTemplateData = {
  appHtml: '<main><h1>Page</h1></main>',
  baseUrl: '/base/',
  htmlAttributes: 'lang="ko-KR" dir="ltr" data-has-hydrated="false"',
  bodyAttributes: 'class="page"',
  headTags: '<script>headScript()</script><link rel="icon" href="/base/img/favicon.svg">',
  preBodyTags: '<script>colourMode()</script>',
  postBodyTags: '<div id="post"></div>',
  metaAttributes: ['<title data-rh="true">Page</title>', '<meta name="description" content="d">'],
  scripts: ['assets/js/runtime~main.1.js', 'assets/js/main.2.js', 'assets/js/route.3.js'],
  stylesheets: ['assets/css/styles.4.css'],
  noIndex: false,
  version: '3.10.2',
};

async function render(template: string, data: SSGTemplateData = PAGE): Promise<CheerioAPI> {
  return load((await compileSSGTemplate(template))(data));
}

/** The document without its whitespace-only text (the HTML minifier drops it anyway). */
function withoutBlankText($: CheerioAPI): string {
  $('*')
    .contents()
    // A text node (DOM nodeType 3) holding only whitespace.
    .filter((_, node) => node.nodeType === 3 && $(node).text().trim() === '')
    .remove();
  return $.html();
}

interface FakeObserver {
  readonly deliver: (names: readonly string[]) => void;
  options?: unknown;
  disconnected: boolean;
}

/**
 * Runs a loader in a fake browser (with or without the paint-timing API) whose document holds
 * the script list `list`.
 */
function runLoader(
  loader: string,
  list: string,
  readyState: 'loading' | 'interactive' | 'complete',
  paintTiming: boolean,
) {
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
      createElement: (tag: string) => {
        expect(tag).toBe('script');
        return { src: '', async: true };
      },
      getElementById: (id: string) => (id === SCRIPT_LIST_ID ? { textContent: list } : null),
      addEventListener: (type: string, run: () => void) => listeners.push({ type, run }),
    },
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    JSON,
  };
  runInNewContext(loader, context);
  return { appended, frames, timers, listeners, observers };
}

const LIST = '["/r.js","/m.js"]';
const IN_ORDER = [
  { src: '/r.js', async: false },
  { src: '/m.js', async: false },
];

describe('the loader (loader.js)', () => {
  it.each(['interactive', 'complete'] as const)(
    'on a parsed document (%s), runs the scripts in order once the first contentful paint is shown',
    (readyState) => {
      const { appended, frames, timers, listeners, observers } = runLoader(
        LOADER_SOURCE,
        LIST,
        readyState,
        true,
      );
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
    const { appended, frames, timers, observers } = runLoader(
      LOADER_SOURCE,
      LIST,
      'complete',
      false,
    );
    expect(observers).toEqual([]);
    expect(appended).toEqual([]);
    expect(timers.map((timer) => timer.ms)).toEqual([3000]);
    frames[0]?.();
    timers.at(-1)?.run();
    expect(appended).toEqual(IN_ORDER);
    timers[0]?.run();
    expect(appended).toHaveLength(2);
  });

  it('in a tab that never paints, runs the scripts after 3 s', () => {
    const { appended, timers } = runLoader(LOADER_SOURCE, LIST, 'complete', true);
    timers.find((timer) => timer.ms === 3000)?.run();
    expect(appended).toEqual(IN_ORDER);
  });

  it('while the document is still parsing, neither a paint nor the fallback runs the scripts', () => {
    const { appended, frames, timers, listeners, observers } = runLoader(
      LOADER_SOURCE,
      LIST,
      'loading',
      true,
    );
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

describe('the page template', () => {
  it("copies Docusaurus's default template (re-sync it when an upgrade changes upstream)", () => {
    expect(DEFAULT_TEMPLATE).toBe(upstreamDefault);
  });

  it('lists the page scripts, in order and under the base URL, and loads none itself', async () => {
    const $ = await render(paintFirstTemplate());
    // Nothing fetches the scripts before the loader does: no script element with a source, no
    // preload.
    expect($('script[src], link[rel=preload], link[rel=modulepreload]')).toHaveLength(0);
    const list = $(`head > script#${SCRIPT_LIST_ID}`);
    expect(list.attr('type')).toBe('application/json');
    expect(JSON.parse(list.text())).toEqual(PAGE.scripts.map((script) => `/base/${script}`));
    // After the stylesheet, so that it does not delay its download.
    expect(list.prevAll('link[rel=stylesheet]')).toHaveLength(1);
  });

  it('runs the listed scripts through the inline loader that follows the list', async () => {
    const $ = await render(paintFirstTemplate());
    const list = $(`#${SCRIPT_LIST_ID}`);
    const loader = list.next('script');
    expect(loader.attr('src')).toBeUndefined();
    expect(loader.attr('type')).toBeUndefined();
    // The loader as the page carries it (the template trims its lines) still works.
    const { appended, observers, timers } = runLoader(loader.text(), list.text(), 'complete', true);
    observers[0]?.deliver(['first-contentful-paint']);
    timers.at(-1)?.run();
    expect(appended.map((script) => script.src)).toEqual(
      PAGE.scripts.map((script) => `/base/${script}`),
    );
  });

  it("keeps everything else of Docusaurus's page: attributes, head and body tags, content", async () => {
    const ours = await render(paintFirstTemplate());
    const stock = await render(DEFAULT_TEMPLATE);
    expect(stock('script[defer]')).toHaveLength(PAGE.scripts.length);
    stock('script[defer]').remove();
    ours(`#${SCRIPT_LIST_ID}`).next('script').remove();
    ours(`#${SCRIPT_LIST_ID}`).remove();
    expect(withoutBlankText(ours)).toBe(withoutBlankText(stock));
    expect(ours('html').attr('data-has-hydrated')).toBe('false');
    expect(ours('body').attr('class')).toBe('page');
  });

  it('writes no list and no loader for a page without scripts', async () => {
    const $ = await render(paintFirstTemplate(), { ...PAGE, scripts: [] });
    expect($(`#${SCRIPT_LIST_ID}`)).toHaveLength(0);
    expect(
      $('script')
        .toArray()
        .map((script) => $(script).text()),
    ).toEqual(['headScript()', 'colourMode()']);
  });

  it('cannot let a path close the data block', async () => {
    const scripts = ['assets/js/a</script><!--.js', 'assets/js/b.js'];
    const $ = await render(paintFirstTemplate(), { ...PAGE, scripts });
    const list = $(`#${SCRIPT_LIST_ID}`);
    expect(list.text()).not.toContain('<');
    expect(JSON.parse(list.text())).toEqual(scripts.map((script) => `/base/${script}`));
    expect(list.next('script').text()).not.toBe('');
  });

  it('refuses a loader that would break the template or its script element', () => {
    for (const loader of ['a("<%")', 'a("%>")', 'a("</SCRIPT>")', 'a("<!--")']) {
      expect(() => paintFirstTemplate(loader)).toThrow(/cannot be inlined/);
    }
  });
});

describe('ssrTemplate (the site config)', () => {
  it('is the paint-first template unless PAINT_FIRST=off', () => {
    expect(ssrTemplate({})).toBe(paintFirstTemplate());
    expect(ssrTemplate({ PAINT_FIRST: 'on' })).toBe(paintFirstTemplate());
    expect(ssrTemplate({ PAINT_FIRST: 'off' })).toBeUndefined();
    expect(() => ssrTemplate({ PAINT_FIRST: 'no' })).toThrow(/PAINT_FIRST must be "on" or "off"/);
  });
});
