/**
 * The doc pages the docs plugin loaded, each with its Korean source file, its English file
 * (which may not exist yet) and its path relative to the locale's base URL, the key that both
 * locales' builds share (`docs/vm-problems`, `docs/2021.02/`).
 */
import { relative, sep } from 'node:path';

export interface DocsPage {
  readonly key: string;
  readonly koFile: string;
  readonly enFile: string;
}

interface LoadedVersion {
  readonly contentPath: string;
  readonly contentPathLocalized: string;
  readonly docs: readonly { readonly source: string; readonly permalink: string }[];
}

export function docsPages(
  allContent: unknown,
  siteDir: string,
  currentLocale: string,
  baseUrl: string,
  translationLocale = 'en',
): DocsPage[] {
  const instances = (allContent as Record<string, Record<string, unknown> | undefined>)[
    'docusaurus-plugin-content-docs'
  ];
  const pages: DocsPage[] = [];
  for (const instance of Object.values(instances ?? {})) {
    const versions = (instance as { loadedVersions?: LoadedVersion[] }).loadedVersions ?? [];
    for (const version of versions) {
      const koDir = relative(siteDir, version.contentPath);
      // e.g. i18n/ko/docusaurus-plugin-content-docs/current → i18n/en/...
      const enDir = relative(siteDir, version.contentPathLocalized).replace(
        `i18n${sep}${currentLocale}${sep}`,
        `i18n${sep}${translationLocale}${sep}`,
      );
      for (const doc of version.docs) {
        const source = doc.source.replace(/^@site\//, '');
        const inDir = [koDir, relative(siteDir, version.contentPathLocalized)].find((dir) =>
          source.startsWith(`${dir}/`),
        );
        if (inDir === undefined) {
          throw new Error(`bilingual: ${doc.source} is in neither ${koDir} nor its translation`);
        }
        const file = source.slice(inDir.length + 1);
        pages.push({
          key: doc.permalink.startsWith(baseUrl)
            ? doc.permalink.slice(baseUrl.length)
            : doc.permalink.slice(1),
          koFile: `${koDir}/${file}`,
          enFile: `${enDir}/${file}`,
        });
      }
    }
  }
  return pages;
}
