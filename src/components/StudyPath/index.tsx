/**
 * `<StudyPath />` in a doc page: the pages of the page's sidebar, in sidebar order, each a link
 * with its summary (./steps.ts), without the page itself. Read through the docs plugin's public
 * client API from the sidebar of the page's own edition and locale, so a line added to
 * `sidebars.ts` (or a version's sidebar) shows up here, rendered on the server like the rest of
 * the page. Above the list, how many of its pages the reader has finished in this edition, and
 * after each finished page a check (src/components/ReadingProgress; browser only).
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import {
  useDoc,
  useDocById,
  useDocsSidebar,
  useDocsVersion,
} from '@docusaurus/plugin-content-docs/client';
import type { PropSidebarItem, PropSidebarItemLink } from '@docusaurus/plugin-content-docs';
import { FinishedMark, ProgressSummary } from '@site/src/components/ReadingProgress';
import { stepSummary } from './steps';

/** The doc links of a sidebar, categories flattened, unlisted docs left out. */
export function sidebarDocLinks(items: readonly PropSidebarItem[]): PropSidebarItemLink[] {
  return items.flatMap((item): PropSidebarItemLink[] => {
    if (item.type === 'category') return sidebarDocLinks(item.items);
    if (item.type !== 'link' || item.docId === undefined || item.unlisted === true) return [];
    return [item];
  });
}

function Step({
  item,
  edition,
}: {
  readonly item: PropSidebarItemLink;
  readonly edition: string;
}): ReactNode {
  const docId = item.docId ?? item.href;
  const doc = useDocById(item.docId);
  const summary = stepSummary(docId, item.customProps, doc?.description);
  return (
    <li>
      <Link to={item.href}>{item.label}</Link>
      {summary === '' ? null : `: ${summary}`}
      <FinishedMark edition={edition} docId={docId} />
    </li>
  );
}

export default function StudyPath(): ReactNode {
  const sidebar = useDocsSidebar();
  const { metadata } = useDoc();
  const { version } = useDocsVersion();
  if (sidebar === null) {
    throw new Error(
      `${metadata.source}: <StudyPath /> lists the pages of this page's sidebar, and no sidebar ` +
        'has this page',
    );
  }
  const steps = sidebarDocLinks(sidebar.items).filter((item) => item.docId !== metadata.id);
  return (
    <>
      <ProgressSummary edition={version} docIds={steps.map((item) => item.docId ?? item.href)} />
      <ol>
        {steps.map((item) => (
          <Step key={item.href} item={item} edition={version} />
        ))}
      </ol>
    </>
  );
}
