/** Pure helpers of the search bench: which pages a result list shows, and timing statistics. */

export type Locale = 'ko' | 'en';
export type Edition = 'revised' | 'original';

/** The URL prefix of a locale ('/' or '/en/'). */
export function localeBase(locale: Locale): string {
  return locale === 'ko' ? '/' : '/en/';
}

/** The URL the search bar loads an edition's index from (the plugin's `versionUrl`). */
export function editionBase(locale: Locale, edition: Edition): string {
  return edition === 'revised' ? localeBase(locale) : `${localeBase(locale)}docs/2021.02/`;
}

/**
 * The page slug of a result URL: `/en/docs/2021.02/vm-problems#x` → `vm-problems`, and `''` for
 * the docs index page.
 */
export function pageSlug(url: string): string {
  const path = url.replace(/[#?].*$/, '').replace(/\/$/, '');
  const match = /\/docs(?:\/2021\.02)?(?:\/(.*))?$/.exec(path);
  if (!match) throw new Error(`not a docs URL: ${url}`);
  return match[1] ?? '';
}

/** The distinct pages of a result list, in the order a reader meets them. */
export function rankedPages(urls: readonly string[]): string[] {
  return [...new Set(urls.map(pageSlug))];
}

/** True when every expected page is among the first `top` pages shown. */
export function findsAll(urls: readonly string[], expected: readonly string[], top = 5): boolean {
  const pages = rankedPages(urls).slice(0, top);
  return expected.every((slug) => pages.includes(slug));
}

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}
