/**
 * Docusaurus plugin: gives the site's home page (src/pages/index.tsx), which is not a docs page
 * and so has no sidebar to read, the study path of the latest docs version in the locale being
 * built, as global data (`usePluginData('study-path')`). It reads what the docs plugin loaded
 * (`allContentLoaded`, a public plugin API): the sidebar's order, each doc's label, summary
 * (`sidebar_custom_props.summary`, else its description) and permalink. A line added to
 * `sidebars.ts` shows up on the home page with no other change.
 */
import type { LoadedContent, LoadedVersion } from '@docusaurus/plugin-content-docs';
import type { Plugin } from '@docusaurus/types';
import { stepSummary, type StudyPathData, type StudyStep } from '../../components/StudyPath/steps';
import { DOCS_PLUGIN, sidebarDocIds } from '../loadedSidebar';

/** The study path of one loaded docs version: its first sidebar, without the first page. */
export function studyPathOf(version: LoadedVersion): StudyPathData {
  const [sidebarName, sidebar] = Object.entries(version.sidebars)[0] ?? [];
  if (sidebarName === undefined || sidebar === undefined) {
    throw new Error(`[study-path] docs version "${version.versionName}" has no sidebar`);
  }
  const docs = new Map(version.docs.map((doc) => [doc.id, doc]));
  const steps = sidebarDocIds(sidebar)
    .slice(1)
    .flatMap((id): StudyStep[] => {
      const doc = docs.get(id);
      if (doc === undefined || doc.unlisted) return [];
      const { frontMatter } = doc;
      return [
        {
          docId: id,
          href: doc.permalink,
          label: frontMatter.sidebar_label ?? doc.title,
          summary: stepSummary(id, frontMatter.sidebar_custom_props, doc.description),
        },
      ];
    });
  return { steps };
}

export default function studyPathPlugin(): Plugin {
  return {
    name: 'study-path',
    allContentLoaded({ allContent, actions }) {
      const docs = allContent[DOCS_PLUGIN]?.default as LoadedContent | undefined;
      const latest = docs?.loadedVersions.find((version) => version.isLast);
      if (latest === undefined) throw new Error('[study-path] no docs version is the latest');
      actions.setGlobalData(studyPathOf(latest));
    },
  };
}
