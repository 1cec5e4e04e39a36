/**
 * Wraps the doc page's previous/next links to put the reading-progress watcher right after the
 * article (src/components/ReadingProgress: the page is finished when the reader has read to
 * there, or answered its checks). Renders the original unchanged.
 */
import type { ReactNode } from 'react';
import { useDoc, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import Paginator from '@theme-original/DocItem/Paginator';
import { ReadToEnd } from '@site/src/components/ReadingProgress';

export default function DocItemPaginatorWrapper(): ReactNode {
  const { metadata } = useDoc();
  const { version } = useDocsVersion();
  return (
    <>
      <ReadToEnd edition={version} docId={metadata.id} permalink={metadata.permalink} />
      <Paginator />
    </>
  );
}
