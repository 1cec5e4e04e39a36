/**
 * Docusaurus plugin: a social card image per page and locale, drawn at build time from the
 * page's title, summary and section, so that a link pasted into a wiki or chat unfurls with the
 * right title in the right language. The page heads point at the cards through
 * src/theme/SiteMetadata; both use `socialCardPath`.
 *
 * The fonts come from npm (./fonts.ts), so the build needs no font installed on the machine.
 * Cards are cached by content (node_modules/.cache/social-cards), so a rebuild draws only the
 * cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { socialCardPath } from '../../utils/socialCard';
import { CardFonts, fontVersion } from './fonts';
import { pageInfo } from './pageInfo';
import { CARD_WEIGHTS, cardCharacters, renderCard, type CardText } from './render';

/**
 * What a cached card's key holds besides its text: the drawing code, the font choice and the
 * font package's version, so that a change of design or of font draws every card again.
 */
function design(): string[] {
  return ['render.ts', 'fonts.ts', 'baselineFix.ts']
    .map((file) => readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'))
    .concat(fontVersion());
}

const MAX_BYTES = 100 * 1024;

interface DocsVersion {
  readonly label: string;
  readonly docs: readonly { readonly permalink: string }[];
}

/** Docs permalink → edition label ("개정판", "Original edition (2021.02)"), from the docs plugin. */
function editionLabels(allContent: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  const docs = (allContent as Record<string, Record<string, unknown> | undefined>)[
    'docusaurus-plugin-content-docs'
  ];
  for (const instance of Object.values(docs ?? {})) {
    const versions = (instance as { loadedVersions?: DocsVersion[] }).loadedVersions ?? [];
    for (const version of versions) {
      for (const doc of version.docs) labels.set(doc.permalink, version.label);
    }
  }
  return labels;
}

/** The HTML file the build wrote for a route. */
function htmlFileOf(outDir: string, baseUrl: string, route: string): string {
  const path = route.startsWith(baseUrl) ? route.slice(baseUrl.length) : route.slice(1);
  if (path.endsWith('.html')) return join(outDir, path);
  return join(outDir, path, 'index.html');
}

export default function socialCardsPlugin(context: LoadContext): Plugin {
  const { siteConfig, i18n, siteDir } = context;
  const cacheDir = join(siteDir, 'node_modules', '.cache', 'social-cards');
  let labels = new Map<string, string>();
  const language = i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale;

  return {
    name: 'social-cards',

    allContentLoaded({ allContent }) {
      labels = editionLabels(allContent);
    },

    async postBuild({ outDir, routesPaths, baseUrl }) {
      const started = Date.now();
      const fonts = new CardFonts(CARD_WEIGHTS);
      const drawing = design();
      const host = new URL(siteConfig.url).host;
      let drawn = 0;
      let largest = 0;
      for (const route of [...new Set(routesPaths)].sort()) {
        const file = htmlFileOf(outDir, baseUrl, route);
        if (!existsSync(file)) continue;
        const info = pageInfo(readFileSync(file, 'utf8'), siteConfig.title, file);
        const edition = labels.get(route);
        const text: CardText = {
          title: info.title,
          description: info.description,
          section: edition === undefined ? siteConfig.title : `${siteConfig.title} · ${edition}`,
          language,
          address: `${host}${route}`,
        };
        const key = createHash('sha256')
          .update(JSON.stringify([drawing, text]))
          .digest('hex');
        const cached = join(cacheDir, `${key}.png`);
        let png: Buffer;
        if (existsSync(cached)) {
          png = readFileSync(cached);
        } else {
          const page = `${route} (${file})`;
          png = await renderCard(text, fonts.for(cardCharacters(text), page), page);
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(cached, png);
          drawn += 1;
        }
        if (png.length > MAX_BYTES) {
          throw new Error(
            `social cards: the card of ${route} is ${String(png.length)} bytes (limit ${String(MAX_BYTES)})`,
          );
        }
        largest = Math.max(largest, png.length);
        const target = join(outDir, socialCardPath(route, baseUrl).slice(baseUrl.length));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, png);
      }
      console.log(
        `[social-cards] ${i18n.currentLocale}: ${String(new Set(routesPaths).size)} routes, ` +
          `${String(drawn)} drawn (rest cached), largest ${String(Math.round(largest / 1024))} KiB, ` +
          `${String(Date.now() - started)} ms`,
      );
    },
  };
}
