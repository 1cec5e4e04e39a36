/** Reads what a card shows from a page the build has written: its title and its summary. */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) {
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    }
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/** The value of the first `<meta property|name="key" content=...>`, quoted or not (minified). */
export function metaContent(html: string, key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const named = new RegExp(`\\b(?:property|name)=(?:"${key}"|'${key}'|${key}(?=[\\s/>]))`, 'i');
    if (!named.test(tag)) continue;
    const content = /\bcontent=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (content) return decodeEntities(content[1] ?? content[2] ?? content[3] ?? '');
  }
  return undefined;
}

export interface PageInfo {
  readonly title: string;
  readonly description: string;
}

/**
 * Title and description of a built page. The `<title>` carries " | site title" after the page's
 * own title (Docusaurus adds it); that suffix is removed, except on a page titled by the site
 * name alone (the home page).
 */
export function pageInfo(html: string, siteTitle: string, file: string): PageInfo {
  const titleTag = /<title\b[^>]*>([^<]*)<\/title>/i.exec(html);
  if (!titleTag) throw new Error(`social cards: ${file} has no <title>`);
  const fullTitle = decodeEntities(titleTag[1] ?? '').trim();
  const suffix = ` | ${siteTitle}`;
  const title = fullTitle.endsWith(suffix) ? fullTitle.slice(0, -suffix.length) : fullTitle;
  const description = metaContent(html, 'og:description') ?? metaContent(html, 'description');
  return { title, description: description?.trim() ?? '' };
}
