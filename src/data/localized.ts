/**
 * A text in both languages of the site. Its own module, so that a component that only picks a
 * language (a figure, a reference) does not pull the comparison table's data into its page.
 */
export interface LocalizedText {
  readonly ko: string;
  readonly en: string;
}

/** The text of `text` for the locale being rendered (Korean, the source language, otherwise). */
export function inLocale(text: LocalizedText, locale: string): string {
  return locale === 'en' ? text.en : text.ko;
}
