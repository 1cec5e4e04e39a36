/**
 * Content first, then script. Docusaurus loads its bundles with `<script defer>`: they download
 * alongside the stylesheet and run as soon as the document is parsed, so once they are cached the
 * first paint waits for main.js to be evaluated (about 40 ms here, four times that on a mid-range
 * phone), and on a slow link their 150 KB compete with the stylesheet the first paint needs. The
 * page is complete, readable and navigable server-rendered HTML, so its scripts are fetched and
 * run only once its first contentful paint is on screen, in order, by a small inline loader that
 * the CSP lists by hash. What that costs: on a first visit the scripts start downloading when the page
 * has painted rather than with the stylesheet, so over a slow link the page becomes interactive
 * later (by the stylesheet's download time and a round trip); cached, nothing.
 *
 * The scripts are the runtime, main.js and, thanks to a patch to Docusaurus's ComponentCreator
 * (patches/README.md), the page's route chunks, fetched together. Docusaurus lists no route
 * chunk: the browser learnt of them only once main.js ran, one more round trip, and main.js
 * spent ~15 ms inserting their `<script>` elements in the middle of its evaluation.
 */

const DEFERRED_SCRIPT = /<script\b([^>]*)><\/script>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:=("?)([^"\\s>]*)\\1)?(?=\\s|$)`).exec(attributes);
  return match === null ? undefined : (match[2] ?? '');
}

/** The id of the JSON list of scripts the loader runs. */
export const SCRIPT_LIST_ID = '__run-after-paint';

/**
 * The loader, the same on every page (one CSP hash): once the document is parsed (where deferred
 * scripts would run) and its first contentful paint is on screen, it inserts the scripts listed
 * in the JSON data block {@link SCRIPT_LIST_ID}, in order (not async). Never earlier: a page
 * whose HTML arrives slowly gets frames while it is still parsing, and React must not hydrate
 * half a page.
 */
export const LOADER_SCRIPT = [
  '!function(){var d=0;function l(){if(d)return;d=1;',
  `JSON.parse(document.getElementById("${SCRIPT_LIST_ID}").textContent).forEach(function(u){`,
  'var s=document.createElement("script");s.src=u;s.async=!1;document.head.appendChild(s)})}',
  // After the first contentful paint has been presented (its paint-timing entry), or where
  // paint timing is missing after the next frame (rAF runs before the frame's paint, the timeout
  // after it). Hidden tabs paint nothing: the 3 s fallback covers them.
  'function p(){var O=window.PerformanceObserver,t=O&&O.supportedEntryTypes;',
  't&&t.indexOf("paint")>=0?new O(function(e,o){',
  'e.getEntriesByName("first-contentful-paint").length&&(o.disconnect(),setTimeout(l,0))',
  '}).observe({type:"paint",buffered:!0}):',
  'requestAnimationFrame(function(){setTimeout(l,0)});setTimeout(l,3000)}',
  'document.readyState=="loading"?document.addEventListener("DOMContentLoaded",p):p()}()',
].join('');

/** The `src` of a `<script defer src>` tag, from its attributes; undefined for any other. */
function deferredSource(attributes: string): string | undefined {
  const src = attribute(attributes, 'src');
  return src !== undefined && src !== '' && attribute(attributes, 'defer') !== undefined
    ? src
    : undefined;
}

/**
 * `html` with its deferred external scripts replaced by their list and the loader, at the place
 * of the first one; unchanged when it has none.
 */
export function runScriptsAfterFirstPaint(html: string): string {
  const sources = [...html.matchAll(DEFERRED_SCRIPT)]
    .map(([, attributes = '']) => deferredSource(attributes))
    .filter((src) => src !== undefined);
  if (sources.length === 0) return html;
  // `<` escaped so no path can close the data block.
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  const loader =
    `<script type=application/json id=${SCRIPT_LIST_ID}>${list}</script>` +
    `<script>${LOADER_SCRIPT}</script>`;
  let first = true;
  return html.replace(DEFERRED_SCRIPT, (tag, attributes: string) => {
    if (deferredSource(attributes) === undefined) return tag;
    if (!first) return '';
    first = false;
    return loader;
  });
}
