/**
 * A short, stable link to a glossary term: `/t/hypervisor` → `/glossary#hypervisor` (and under
 * `/en/`), for chat messages and slides. A static page that redirects without a script (a
 * meta refresh; the CSP allows no inline script), names the glossary entry as canonical and
 * carries the term's own preview tags, so the short link unfurls like the term.
 */
import type { GlossaryLocale, GlossaryTerm } from '../../data/glossaryTypes';
import { canonicalUrl } from '../../utils/canonicalUrl';
import { socialCardPath } from '../../utils/socialCard';

export const SHORT_LINK_DIR = 't';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface ShortLinkSite {
  readonly siteUrl: string;
  /** The locale's base URL: `/` or `/en/`. */
  readonly baseUrl: string;
  readonly siteTitle: string;
  readonly locale: GlossaryLocale;
  /** `ko-KR`, `en-US`. */
  readonly htmlLang: string;
}

export function shortLinkPage(term: GlossaryTerm, site: ShortLinkSite): string {
  const { locale, baseUrl } = site;
  const other: GlossaryLocale = locale === 'ko' ? 'en' : 'ko';
  const target = `${baseUrl}glossary#${term.id}`;
  const canonical = canonicalUrl(site.siteUrl, `${baseUrl}glossary`, term.id);
  const name =
    term.name[other] === term.name[locale]
      ? term.name[locale]
      : `${term.name[locale]} (${term.name[other]})`;
  const title = `${name} | ${site.siteTitle}`;
  const image = canonicalUrl(site.siteUrl, socialCardPath(`${baseUrl}glossary`, baseUrl));
  const e = escapeHtml;
  return [
    '<!doctype html>',
    `<html lang="${e(site.htmlLang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${e(title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0; url=${e(target)}">`,
    `<link rel="canonical" href="${e(canonical)}">`,
    `<meta name="description" content="${e(term.short[locale])}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:url" content="${e(canonical)}">`,
    `<meta property="og:title" content="${e(title)}">`,
    `<meta property="og:description" content="${e(term.short[locale])}">`,
    `<meta property="og:image" content="${e(image)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    '</head>',
    '<body>',
    `<p><a href="${e(target)}">${e(name)}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
