/**
 * The canonical, absolute address of a page or of a place on it: the site's public URL
 * (`siteUrl`, from `SITE_URL` at build time) plus the page path and an anchor. Copy-link
 * controls use it so that what lands in a wiki or a chat is the published address, never the
 * preview or localhost origin the page happens to be served from, and never a query string
 * (search highlighting, the parallel view) that belongs to one reader's visit.
 *
 * Pure, so that build plugins use it too; `CopyLink` calls it with `useDocusaurusContext().siteConfig.url`.
 */

/**
 * `siteUrl` + `pathname` (+ `#anchor`). `pathname` is a path on the site (it already carries the
 * locale's base URL, e.g. `/en/docs/comparison`); a query string or hash on it is dropped.
 */
export function canonicalUrl(siteUrl: string, pathname: string, anchor?: string): string {
  if (!/^https?:\/\/[^/]+/.test(siteUrl)) {
    throw new Error(`canonicalUrl: siteUrl must be an absolute http(s) URL, got "${siteUrl}"`);
  }
  if (!pathname.startsWith('/')) {
    throw new Error(`canonicalUrl: pathname must start with "/", got "${pathname}"`);
  }
  const url = new URL(siteUrl);
  const path = pathname.replace(/[?#].*$/, '');
  // siteUrl may itself end with a path segment or a slash: join without doubling slashes.
  url.pathname = `${url.pathname.replace(/\/$/, '')}${path}`;
  url.search = '';
  url.hash = anchor === undefined || anchor === '' ? '' : anchor.replace(/^#/, '');
  return url.href;
}
