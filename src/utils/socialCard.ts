/**
 * Where the social card image (og:image) of a page lives. The build writes one PNG per route
 * and locale (src/plugins/socialCards) and the head of each page points at it
 * (src/theme/SiteMetadata), both through this function, so they cannot disagree.
 */
export const SOCIAL_CARD_WIDTH = 1200;
export const SOCIAL_CARD_HEIGHT = 630;
/** Folder of the cards inside each locale's build (`build/img/cards`, `build/en/img/cards`). */
export const SOCIAL_CARD_DIR = 'img/cards';

/**
 * The site path of the card of the page at `pathname`, in the build whose base URL is
 * `baseUrl`: `/en/docs/vm-problems` → `/en/img/cards/docs/vm-problems.png`, `/` →
 * `/img/cards/index.png`, `/docs/2021.02/` → `/img/cards/docs/2021.02/index.png`.
 */
export function socialCardPath(pathname: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const path = pathname.replace(/[?#].*$/, '');
  let page = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  page = page.replace(/\.html$/, '');
  if (page === '' || page.endsWith('/')) page += 'index';
  return `${base}${SOCIAL_CARD_DIR}/${page}.png`;
}
