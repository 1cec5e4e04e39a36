/**
 * The site's locales, the default first: Korean, the source language, served without a URL
 * prefix; English under `/en/`. `docusaurus.config.ts` builds its `i18n` from this list, and the
 * scripts and tests that check every page of every locale (scripts/lib/sitePages.ts) read it here
 * without loading the whole config. Adding a locale: README, "Recipes".
 */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The source language, served without a URL prefix. */
export const DEFAULT_LOCALE: Locale = LOCALES[0];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
