/** Docusaurus plugin: writes the short glossary links `/t/<term-id>` (see page.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { GLOSSARY_LOCALES, glossary, type GlossaryLocale } from '../../data/glossary';
import { SHORT_LINK_DIR, shortLinkPage } from './page';

/** The glossary's language for a site locale; a locale it has no text for fails the build. */
export function glossaryLocale(locale: string): GlossaryLocale {
  const known = GLOSSARY_LOCALES.find((candidate) => candidate === locale);
  if (known === undefined) {
    throw new Error(
      `[short-links] the glossary has no text in locale "${locale}" (it has ` +
        `${GLOSSARY_LOCALES.join(', ')}): add it to GLOSSARY_LOCALES in src/data/glossaryTypes.ts ` +
        'and translate every term',
    );
  }
  return known;
}

export default function shortLinksPlugin(context: LoadContext): Plugin {
  const { siteConfig, i18n, baseUrl } = context;
  const locale = glossaryLocale(i18n.currentLocale);
  return {
    name: 'short-links',
    postBuild({ outDir }) {
      for (const term of glossary) {
        const dir = join(outDir, SHORT_LINK_DIR, term.id);
        mkdirSync(dir, { recursive: true });
        const html = shortLinkPage(term, {
          siteUrl: siteConfig.url,
          baseUrl,
          siteTitle: siteConfig.title,
          locale,
          htmlLang: i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale,
        });
        writeFileSync(join(dir, 'index.html'), html);
      }
    },
  };
}
