/**
 * Where the Markdown copy of a page lives: the page's URL with `.md` appended, or, for a URL that
 * ends with a slash (a docs index), `index.html.md` (the llms.txt convention, https://llmstxt.org).
 * `/docs/containers` → `/docs/containers.md`, `/en/docs/` → `/en/docs/index.html.md`,
 * `/glossary` → `/glossary.md`. None of these is a page URL of the site contract. Pure: the
 * build plugin writes the files there and the doc footer's control links to them.
 */
export function markdownPath(permalink: string): string {
  const path = permalink.replace(/[?#].*$/, '');
  if (!path.startsWith('/')) {
    throw new Error(`markdownPath: a permalink starts with "/", got "${permalink}"`);
  }
  return path.endsWith('/') ? `${path}index.html.md` : `${path}.md`;
}
