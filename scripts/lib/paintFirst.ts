/**
 * Lets a page paint before its JavaScript runs. Docusaurus loads its bundles with
 * `<script defer>`, and deferred scripts run as soon as the document is parsed: when they are
 * already downloaded (always, once cached) the first paint waits for main.js to be evaluated,
 * about 40 ms here and four times that on a mid-range phone. The page is fully rendered HTML,
 * readable and navigable without its script, so the bundles are still fetched at once
 * (`<link rel="preload">`, same priority and timing as before) but executed, in order, after the
 * first frame is painted, by a small inline loader that the CSP lists by hash.
 */

const DEFERRED_SCRIPT = /<script\b([^>]*)><\/script>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:=("?)([^"\\s>]*)\\1)?(?=\\s|$)`).exec(attributes);
  return match === null ? undefined : (match[2] ?? '');
}

/**
 * The loader: once the document is parsed (where deferred scripts would run), inserts the scripts
 * in order (not async) after the next frame has painted. Never earlier: a page whose HTML arrives
 * slowly gets frames while it is still parsing, and React must not hydrate half a page.
 */
export function loaderScript(sources: readonly string[]): string {
  return [
    '!function(){var d=0;function l(){if(d)return;d=1;',
    `${JSON.stringify(sources)}.forEach(function(u){`,
    'var s=document.createElement("script");s.src=u;s.async=!1;document.head.appendChild(s)})}',
    // rAF runs before the frame's paint; the timeout after it. Hidden tabs get no frames.
    'function p(){requestAnimationFrame(function(){setTimeout(l,0)});setTimeout(l,3000)}',
    'document.readyState=="loading"?document.addEventListener("DOMContentLoaded",p):p()}()',
  ].join('');
}

/**
 * `html` with its deferred external scripts replaced by preloads and the loader, at the place
 * of the first one; unchanged when it has none.
 */
export function runScriptsAfterFirstPaint(html: string): string {
  const sources: string[] = [];
  for (const [, attributes = ''] of html.matchAll(DEFERRED_SCRIPT)) {
    const src = attribute(attributes, 'src');
    if (src !== undefined && src !== '' && attribute(attributes, 'defer') !== undefined) {
      sources.push(src);
    }
  }
  if (sources.length === 0) return html;
  let first = true;
  return html.replace(DEFERRED_SCRIPT, (tag, attributes: string) => {
    const src = attribute(attributes, 'src');
    if (
      src === undefined ||
      !sources.includes(src) ||
      attribute(attributes, 'defer') === undefined
    ) {
      return tag;
    }
    if (!first) return '';
    first = false;
    const preloads = sources.map(
      (source) => `<link rel=preload href=${source} as=script fetchpriority=low>`,
    );
    return `${preloads.join('')}<script>${loaderScript(sources)}</script>`;
  });
}
