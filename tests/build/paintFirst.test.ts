import { describe, expect, it } from 'vitest';
import { SCRIPT_LIST_ID } from '../../src/plugins/paintFirst/template';
import { servedFile } from './served';
import { htmlFiles, page } from './site';

// The pages Docusaurus renders (not the short-link redirects, which have no scripts) load their
// scripts through the paint-first template (src/plugins/paintFirst): the list of the page's
// scripts and the loader, in place of `<script defer>` tags. A build made with PAINT_FIRST=off
// has Docusaurus's own tags instead.
const paintFirst = process.env.PAINT_FIRST !== 'off';
const rendered = htmlFiles.filter(
  (file) => page(file)('meta[name=generator]').attr('content')?.startsWith('Docusaurus') === true,
);

/** The scripts a page loads: its list, or its `<script defer src>` tags. */
function pageScripts(file: string): string[] {
  const $ = page(file);
  if (!paintFirst) {
    return $('script[src][defer]')
      .toArray()
      .map((script) => script.attribs.src ?? '');
  }
  return JSON.parse($(`#${SCRIPT_LIST_ID}`).text() || '[]') as string[];
}

describe('the scripts of each page', () => {
  it('are found on the pages Docusaurus renders', () => {
    expect(rendered.length).toBeGreaterThan(htmlFiles.length / 5);
  });

  it.each(rendered)('%s: the runtime, main.js and its route chunks, each once', (file) => {
    const scripts = pageScripts(file);
    expect(scripts[0]).toMatch(/\/assets\/js\/runtime~main\.[0-9a-f]+\.js$/);
    expect(scripts[1]).toMatch(/\/assets\/js\/main\.[0-9a-f]+\.js$/);
    // The route chunks, listed thanks to the ComponentCreator patch (patches/README.md); the
    // not-found page has none (it is in main.js).
    if (!file.endsWith('404.html')) expect(scripts.length).toBeGreaterThan(2);
    expect(new Set(scripts).size).toBe(scripts.length);
    for (const script of scripts) expect(servedFile(script), script).toMatch(/\.js$/);
  });

  it.runIf(paintFirst).each(rendered)(
    '%s: no script is fetched before the loader runs; the loader follows the list',
    (file) => {
      const $ = page(file);
      expect($('script[src], link[rel=preload][as=script], link[rel=modulepreload]')).toHaveLength(0);
      const list = $(`head > script#${SCRIPT_LIST_ID}`);
      expect(list).toHaveLength(1);
      expect(list.attr('type')).toBe('application/json');
      const loader = list.next();
      expect(loader.is('script:not([src]):not([type])')).toBe(true);
      expect(loader.text()).toContain(SCRIPT_LIST_ID);
    },
  );

  it.runIf(paintFirst)('the loader is the same on every page (one CSP hash)', () => {
    const loaders = new Set(rendered.map((file) => page(file)(`#${SCRIPT_LIST_ID}`).next().text()));
    expect(loaders.size).toBe(1);
  });
});
