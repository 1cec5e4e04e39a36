import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import remarkGlossaryTerms from './src/remark/glossaryTerms';
import remarkCodeBlocks from './src/remark/codeBlocks';
import remarkMdxComponents from './src/remark/mdxComponents';
import remarkKnowledgeChecks from './src/remark/knowledgeChecks';
import { fileURLToPath } from 'node:url';
import { createSearchExtension } from './src/search/build';
import bilingual from './src/plugins/bilingual';
import shortLinks from './src/plugins/shortLinks';
import socialCards from './src/plugins/socialCards';
import leanClient from './src/plugins/leanClient';
import glossaryOrder from './src/plugins/glossaryOrder';
import { ssrTemplate } from './src/plugins/paintFirst/template';
import studyPath from './src/plugins/studyPath';
import llms from './src/plugins/llms';
import { darkCodeTheme, lightCodeTheme } from './src/utils/codeThemes';
// The site's locales, the default first (README, "Recipes": adding one).
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './src/data/locales';

// Docusaurus cannot translate `title` and `tagline` through JSON, so they are picked per locale
// from the locale being built (see README, "Translating").
const buildLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE;
if (!isLocale(buildLocale)) {
  throw new Error(
    `docusaurus.config.ts: no site text for locale "${buildLocale}" (locales: ${LOCALES.join(', ')})`,
  );
}
const currentLocale: Locale = buildLocale;

const siteText = {
  ko: {
    title: '가상머신과 컨테이너',
    tagline:
      '컨테이너가 왜 대부분의 배포에서 가상머신을 대신하게 되었는지 배우는 한·영 학습 사이트',
  },
  en: {
    title: 'VMs and Containers',
    tagline:
      'A bilingual study site on why containers replaced virtual machines for most deployments',
  },
} satisfies Record<Locale, { title: string; tagline: string }>;

// The public address the site is deployed at; canonical URLs and the sitemap are built from it.
// BASE_URL is the path it is served under: `/` at the root of a domain, `/<repo>/` for a GitHub
// project page (.github/workflows/pages.yml sets both).
const siteUrl = process.env.SITE_URL ?? 'https://vm-vs-container.github.io';
const baseUrl = process.env.BASE_URL ?? '/';

const i18n = {
  defaultLocale: DEFAULT_LOCALE,
  locales: [...LOCALES],
  localeConfigs: {
    ko: { label: '한국어', htmlLang: 'ko-KR', direction: 'ltr' },
    en: { label: 'English', htmlLang: 'en-US', direction: 'ltr' },
  },
} satisfies Config['i18n'];

const presetOptions = {
  docs: {
    sidebarPath: './sidebars.ts',
    // The revised edition (current docs) is what readers land on at /docs/.
    lastVersion: 'current',
    versions: {
      // The edition is stated once: by the navbar's edition menu, and on the original edition by
      // its banner (src/theme/DocVersionBanner), not also by a badge above the title.
      current: { label: '개정판', badge: false },
      '2021.02': { label: '초판 (2021.02)', path: '2021.02', banner: 'unmaintained', badge: false },
    },
    // `<Term id>` must name a glossary term; an unknown id fails the build with the file name.
    // Files with a code block load Prism with their route (src/plugins/leanClient); files import
    // the site's components they use (src/remark/mdxComponents.ts).
    // `<KnowledgeCheck />` gets its page's questions in its language (src/remark/knowledgeChecks.ts).
    remarkPlugins: [
      remarkGlossaryTerms,
      remarkKnowledgeChecks,
      remarkCodeBlocks,
      remarkMdxComponents,
    ],
  },
  pages: { remarkPlugins: [remarkCodeBlocks, remarkMdxComponents] },
  blog: false,
  theme: {
    customCss: [
      './src/css/custom.css',
      './src/css/touch.css',
      './src/css/print.css',
      './src/css/search.css',
    ],
  },
} satisfies Preset.Options;

// Site search (README, "Search"): the plugin's index and search bar, with our Korean-aware
// tokenizer and matching (src/search) plugged in through the `extension` option our patch adds.
const searchOptions = {
  hashed: true,
  // The tokenizer is ours, so the plugin needs none of its lunr language packs.
  language: ['en'],
  indexBlog: false,
  docsRouteBasePath: 'docs',
  // The index hash, which busts browser caches, covers every edition and locale.
  docsDir: ['docs', 'versioned_docs', 'i18n/en/docusaurus-plugin-content-docs'],
  highlightSearchTermsOnTargetPage: true,
  explicitSearchResultPath: true,
  // Snippets come from the text people read: no diagram labels (a figure's caption and text
  // description stay), and no change list at the end of a revised page, which quotes the original
  // edition's mistakes (its heading stays findable). The glossary page is indexed one term per
  // section (src/search/build.ts, `transformPage`). Nor the page's furniture, marked
  // `data-search-ignore` where it is drawn: the comparison table's column label in each cell (for
  // the phone's cards; it ran into the cell's text, "virtualizationTypically"), the reference
  // list's badges and "opens in a new tab" notes, the table's hidden corner header.
  ignoreCssSelectors: ['svg', '#changes-from-original ~ *', '[data-search-ignore]'],
  indexPages: true,
  extension: createSearchExtension(fileURLToPath(new URL('.', import.meta.url))),
} satisfies SearchOptions;

const themeConfig = {
  colorMode: { respectPrefersColorScheme: true },
  navbar: {
    title: siteText[currentLocale].title,
    items: [
      { type: 'docSidebar', sidebarId: 'note', position: 'left', label: '문서' },
      { to: '/glossary', position: 'left', label: '용어집' },
      { type: 'docsVersionDropdown', position: 'right' },
      { type: 'localeDropdown', position: 'right' },
      { type: 'search', position: 'right' },
    ],
  },
  footer: {
    style: 'dark',
    links: [
      {
        title: '학습 노트',
        items: [
          { label: '시작하기', to: '/docs/' },
          { label: '정리 표', to: '/docs/comparison' },
          { label: '참고 자료', to: '/docs/references' },
          { label: '용어집', to: '/glossary' },
        ],
      },
      {
        title: '판',
        items: [
          { label: '개정판', to: '/docs/' },
          { label: '초판 (2021.02)', to: '/docs/2021.02/' },
        ],
      },
    ],
    copyright: '가상머신과 컨테이너 학습 노트. 원문: 2021년 2월 한국어 학습 노트.',
  },
  // GitHub and Dracula with every token colour brought to 4.5:1 (src/utils/codeThemes.ts).
  prism: { theme: lightCodeTheme, darkTheme: darkCodeTheme, additionalLanguages: ['bash'] },
} satisfies Preset.ThemeConfig;

const config = {
  title: siteText[currentLocale].title,
  tagline: siteText[currentLocale].tagline,
  url: siteUrl,
  baseUrl,
  trailingSlash: undefined,
  favicon: 'img/favicon.svg',
  // The banner is an inline script for misconfigured hosts; our CSP allows no unlisted scripts.
  baseUrlIssueBanner: false,
  // Content first (README, "Performance"): each page's scripts run after its first contentful
  // paint, loaded by an inline loader in place of the `<script defer>` tags. PAINT_FIRST=off
  // builds with Docusaurus's own template.
  ssrTemplate: ssrTemplate(),
  future: { v4: true, faster: true },
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  i18n,
  presets: [['classic', presetOptions]],
  themes: [['@easyops-cn/docusaurus-search-local', searchOptions]],
  // Bilingual reading and links (README): translation state and the parallel view's head
  // script; a social card image per page and locale; short glossary links (/t/<term-id>).
  // Performance (README): Prism only where there is code; the glossary's order, sorted at build.
  // The home page's study path, from the latest docs sidebar (src/plugins/studyPath).
  // Markdown copies of every page, llms.txt and llms-full.txt per locale (src/plugins/llms).
  plugins: [bilingual, socialCards, shortLinks, leanClient, glossaryOrder, studyPath, llms],
  // A link to a collapsed section (`#changes-from-original`) or into a closed <details> opens it.
  // Escape closes a navbar dropdown (src/clientModules/dropdownEscape.ts). A link to a fragment
  // the next page lacks starts that page at its top (src/clientModules/missingFragment.ts).
  clientModules: [
    './src/clientModules/linkedDisclosures.ts',
    './src/clientModules/prefetch.ts',
    './src/clientModules/dropdownEscape.ts',
    './src/clientModules/missingFragment.ts',
  ],
  themeConfig,
} satisfies Config;

export default config;
