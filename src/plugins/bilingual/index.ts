/**
 * Docusaurus plugin for bilingual reading (README, "Bilingual reading and links"):
 * - reads the translation state of every doc page (freshness.ts) and gives the pages what they
 *   need as global data: whether the page exists in English and which of its English sections
 *   are outdated;
 * - reports stale, unrecorded and missing translations in the build output (English build);
 * - ships the small head script that applies the parallel view before the first paint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { docsPages } from './docsPages';
import { pageData, pageReport, reportProblems, type BilingualPageData } from './report';

const PREPAINT = readFileSync(fileURLToPath(new URL('prepaint.js', import.meta.url)), 'utf8');

export default function bilingualPlugin(context: LoadContext): Plugin {
  const { siteDir, i18n, baseUrl } = context;
  const isProduction = process.env.NODE_ENV === 'production';
  return {
    name: 'bilingual',

    allContentLoaded({ allContent, actions }) {
      const reports = docsPages(allContent, siteDir, i18n.currentLocale, baseUrl).map((page) => ({
        key: page.key,
        report: pageReport(siteDir, page.koFile, page.enFile),
      }));
      const pages: Record<string, BilingualPageData> = {};
      for (const { key, report } of reports) pages[key] = pageData(report);
      actions.setGlobalData({ pages });

      // The report concerns the English pages: say it once, in their build.
      if (i18n.currentLocale === i18n.defaultLocale) return;
      const problems = reportProblems(reports.map(({ report }) => report));
      if (problems.length === 0) {
        console.log(
          `[bilingual] translation freshness: ${String(reports.length)} English pages, every section up to date`,
        );
        return;
      }
      console.warn(
        `[bilingual] translation freshness: ${String(problems.length)} problem(s) ` +
          '(details: npx tsx scripts/translation-freshness.ts check)',
      );
      for (const problem of problems) console.warn(`  ${problem}`);
    },

    getPathsToWatch() {
      return [
        join(siteDir, 'docs/**/*.mdx'),
        join(siteDir, 'versioned_docs/**/*.mdx'),
        join(siteDir, 'i18n/*/docusaurus-plugin-content-docs/**/*.mdx'),
      ];
    },

    // Inline, so that it costs no render-blocking request; scripts/postbuild.ts hashes it into
    // the CSP like every inline script of the build. Production builds only (in development
    // the parallel view simply appears once the page has loaded).
    injectHtmlTags() {
      if (!isProduction) return {};
      return { headTags: [{ tagName: 'script', innerHTML: PREPAINT }] };
    },
  };
}
