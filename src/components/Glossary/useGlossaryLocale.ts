import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { GlossaryLocale } from '@site/src/data/glossaryTypes';

/** The page's language, which picks the glossary text to show first. */
export function useGlossaryLocale(): GlossaryLocale {
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  return currentLocale === 'en' ? 'en' : 'ko';
}

export function otherLocale(locale: GlossaryLocale): GlossaryLocale {
  return locale === 'ko' ? 'en' : 'ko';
}
