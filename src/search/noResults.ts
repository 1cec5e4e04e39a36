/**
 * What the search bar and the search page offer when a query finds nothing (the `clientModule`
 * of the search extension, patched into `@easyops-cn/docusaurus-search-local`; README, "Search").
 *
 * A query of initial consonants only (초성, `ㅋㅌㅇㄴ`) matches no text, but the glossary filter
 * answers it (ㅋㅌㅇㄴ → 컨테이너): offer the glossary filtered by that query.
 * Bundled into the client with the search bar: keep it small.
 */
import { translate } from '@docusaurus/Translate';

export interface NoResultsLink {
  readonly text: string;
  readonly href: string;
}

// Hangul compatibility jamo, consonants ㄱ (U+3131) to ㅎ (U+314E): what a keyboard types as 초성.
const CHOSEONG_QUERY = /^[\u3131-\u314e\s]*[\u3131-\u314e][\u3131-\u314e\s]*$/u;

/** Whether a query is initial consonants only (spaces allowed), as the glossary filter reads it. */
export function isChoseongQuery(query: string): boolean {
  return CHOSEONG_QUERY.test(query.trim());
}

/** The glossary filtered by `query`, under the site's base URL (`/`, `/en/`). */
export function glossaryFilterHref(query: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}glossary?${new URLSearchParams({ q: query.trim() }).toString()}`;
}

/** The links for a query that found nothing; `baseUrl` is the site's (`/`, `/en/`). */
export function noResultsLinks(query: string, baseUrl: string): NoResultsLink[] {
  if (!isChoseongQuery(query)) return [];
  const trimmed = query.trim();
  return [
    {
      text: translate(
        {
          id: 'search.noResults.glossaryChoseong',
          message: "용어집에서 '{query}' 찾기",
          description:
            'A search suggestion and search page link when a query of initial consonants (초성) finds nothing: opens the glossary filtered by it',
        },
        { query: trimmed },
      ),
      href: glossaryFilterHref(trimmed, baseUrl),
    },
  ];
}
