/**
 * Wraps the docs sidebar's link to mark the pages the reader has finished (reading progress,
 * src/components/ReadingProgress): a check after the label, and "finished" as the link's
 * description. Every doc link reserves the check's room in the server HTML, so the mark appearing
 * after hydration moves nothing. Works in the phone menu too, which the navbar renders outside
 * the doc page's version context: the edition comes from the address.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import Link from '@theme-original/DocSidebarItem/Link';
import type { Props } from '@theme/DocSidebarItem/Link';
import { FINISHED_LABEL_ID } from '@site/src/components/ReadingProgress';
import { useReadingProgress } from '@site/src/components/ReadingProgress/progress';
import { isFinished } from '@site/src/components/ReadingProgress/store';
import styles from './styles.module.css';

export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const { item } = props;
  const edition = useActiveVersion(undefined)?.name;
  const progress = useReadingProgress();
  if (item.docId === undefined) return <Link {...props} />;
  const finished = edition !== undefined && isFinished(progress, edition, item.docId);
  // Passed on to the <a> by the original (it spreads the props it does not name onto the link).
  const linkAttributes: object = finished
    ? { 'data-reading': 'finished', 'aria-describedby': FINISHED_LABEL_ID }
    : {};
  return (
    <Link
      {...props}
      item={{ ...item, className: clsx(item.className, styles.docLink) }}
      {...linkAttributes}
    />
  );
}
