/**
 * Content first, then script: the page template (the site config's `ssrTemplate`) that runs a
 * page's scripts once its first contentful paint is on screen.
 *
 * Docusaurus loads its bundles with `<script defer>`: they download alongside the stylesheet and
 * run as soon as the document is parsed, so once they are cached the first paint waits for
 * main.js to be evaluated (about 40 ms here, four times that on a mid-range phone), and on a slow
 * link their 150 KB compete with the stylesheet the first paint needs. The page is complete,
 * readable and navigable server-rendered HTML, so this template writes, in place of those tags,
 * the list of the page's scripts (a JSON data block) and a small inline loader (loader.js) that
 * fetches and runs them, in order, after the first contentful paint. What that costs: on a first
 * visit the scripts start downloading when the page has painted rather than with the stylesheet,
 * so over a slow link the page becomes interactive later (by the stylesheet's download time and
 * a round trip); cached, nothing.
 *
 * The scripts are the template's `it.scripts`, which Docusaurus computes per page from the
 * modules the server render used (`Loadable.Capture`): the runtime, main.js and, thanks to a
 * patch to Docusaurus's ComponentCreator (patches/README.md), the page's route chunks, fetched
 * together instead of one round trip after main.js has run.
 *
 * Why a template and not a plugin: `injectHtmlTags` can add tags but not take away the
 * `<script defer>` tags, which the template writes; `ssrTemplate` is the public API that decides
 * them. The rest of the template is Docusaurus's default, word for word (a test compares it with
 * the installed `@docusaurus/core`, so an upgrade that changes the default fails it).
 *
 * PAINT_FIRST=off builds with Docusaurus's own template (scripts loaded as it writes them), to
 * measure what this is worth.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The id of the JSON list of scripts the loader runs (the loader reads the same id). */
export const SCRIPT_LIST_ID = '__run-after-paint';

/** The loader as the template inlines it: the source file, comments and all (the HTML minifier shortens it). */
export const LOADER_SOURCE = readFileSync(
  fileURLToPath(new URL('loader.js', import.meta.url)),
  'utf8',
);

// An expression in the template's language (Eta, JavaScript inside `<%~ %>`): the page's script
// URLs as JSON, with `<` escaped so that no path can end the data block (`</script>`) or open a
// comment in it. Raw, so that the template's JavaScript reads '\\u003c': the page gets the six
// characters \u003c, which JSON reads as `<`.
const SCRIPT_LIST_JSON = String.raw`JSON.stringify(it.scripts.map((script) => it.baseUrl + script)).replace(/</g, '\\u003c')`;

/** The part of Docusaurus's default template that this template replaces. */
export const STOCK_SCRIPT_TAGS = `
    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>`;

/**
 * Docusaurus's default page template (@docusaurus/core 3.10.2, lib/ssg/ssgTemplate.html.js), with
 * `scripts` standing for its script tags.
 */
function defaultTemplate(scripts: string): string {
  return `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>${scripts}
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
}

/** Docusaurus's default template, as this file copies it (the test compares it with upstream). */
export const DEFAULT_TEMPLATE = defaultTemplate(STOCK_SCRIPT_TAGS);

/** The page template with the paint-first loader. */
export function paintFirstTemplate(loader: string = LOADER_SOURCE): string {
  // The loader goes into the template's text: nothing in it may read as a template tag, and
  // nothing may end its <script> element early.
  for (const forbidden of ['<%', '%>', '</script', '<!--']) {
    if (loader.toLowerCase().includes(forbidden)) {
      throw new Error(
        `src/plugins/paintFirst/loader.js contains "${forbidden}", which cannot be inlined in ` +
          'the page template: write it another way (e.g. split the string).',
      );
    }
  }
  return defaultTemplate(`
    <% if (it.scripts.length > 0) { %>
      <script type="application/json" id="${SCRIPT_LIST_ID}"><%~ ${SCRIPT_LIST_JSON} %></script>
      <script>${loader}</script>
    <% } %>`);
}

/**
 * The `ssrTemplate` for the site config: the paint-first template, or Docusaurus's own (undefined)
 * when the environment says PAINT_FIRST=off.
 */
export function ssrTemplate(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.PAINT_FIRST ?? 'on';
  if (setting !== 'on' && setting !== 'off') {
    throw new Error(`PAINT_FIRST must be "on" or "off" (got "${setting}")`);
  }
  return setting === 'on' ? paintFirstTemplate() : undefined;
}
