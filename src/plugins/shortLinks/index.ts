/** Docusaurus plugin: writes the short glossary links `/t/<term-id>` (see page.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { glossary } from '../../data/glossary';
import { SHORT_LINK_DIR, shortLinkPage } from './page';

export default function shortLinksPlugin(context: LoadContext): Plugin {
  const { siteConfig, i18n, baseUrl } = context;
  const locale = i18n.currentLocale === 'en' ? 'en' : 'ko';
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
