import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { GLOSSARY_LOCALES, type GlossaryLocale } from '@site/src/data/glossaryTypes';

function isGlossaryLocale(locale: string): locale is GlossaryLocale {
  return (GLOSSARY_LOCALES as readonly string[]).includes(locale);
}

/**
 * The page's language, which picks the glossary text to show first. A locale the glossary has no
 * text for is an error (it would otherwise show another language's text as if it were this one's):
 * add the locale to GLOSSARY_LOCALES and its text to every term (README, "Recipes").
 */
export function useGlossaryLocale(): GlossaryLocale {
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  if (!isGlossaryLocale(currentLocale)) {
    throw new Error(
      `The glossary has no text in locale "${currentLocale}" (it has ${GLOSSARY_LOCALES.join(', ')}): ` +
        'add it to GLOSSARY_LOCALES in src/data/glossaryTypes.ts and translate every term',
    );
  }
  return currentLocale;
}

export function otherLocale(locale: GlossaryLocale): GlossaryLocale {
  return locale === 'ko' ? 'en' : 'ko';
}
