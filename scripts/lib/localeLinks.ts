/**
 * A check on the built site: the language switcher of each locale's home page must lead to the
 * other locale. Docusaurus's persistent bundler cache (node_modules/.cache/rspack) does not tell
 * a single-locale build (`docusaurus build --locale ko`, in which every locale lives at `/`) from
 * a full one, so a full build after a single-locale one can ship switchers that lead nowhere.
 */

/** The `href` of each language switcher link in a page, by its `lang`. */
export function switcherLinks(html: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const [tag] of html.matchAll(/<a\b[^>]*\bdropdown__link\b[^>]*>/g)) {
    const href = /\bhref=("?)([^"\s>]+)\1/.exec(tag)?.[2];
    const lang = /\blang=("?)([^"\s>]+)\1/.exec(tag)?.[2];
    if (href !== undefined && lang !== undefined) links.set(lang, href);
  }
  return links;
}

export interface LocaleHome {
  /** The `htmlLang` of the locale, as on the switcher's link. */
  readonly lang: string;
  /** Its base URL, `/` or `/en/`. */
  readonly baseUrl: string;
  /** The built HTML of its home page. */
  readonly html: string;
}

/** What is wrong with the switchers of these home pages; empty when every link is right. */
export function localeLinkProblems(homes: readonly LocaleHome[]): string[] {
  const problems: string[] = [];
  for (const home of homes) {
    const links = switcherLinks(home.html);
    for (const other of homes) {
      const href = links.get(other.lang);
      if (href === undefined) {
        problems.push(`${home.baseUrl}: the language switcher has no link to ${other.lang}`);
      } else if (href !== other.baseUrl) {
        problems.push(
          `${home.baseUrl}: the link to ${other.lang} goes to ${href}, not ${other.baseUrl}`,
        );
      }
    }
  }
  return problems;
}
