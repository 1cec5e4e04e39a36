import type { ReactNode } from 'react';
import TOCMobile from '@theme-original/DocItem/TOC/Mobile';
import clsx from 'clsx';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import ViewToggle from '@site/src/components/ParallelView/ViewToggle';
import ShortVersionBanner from '@site/src/theme/DocVersionBanner/Short';
import styles from './styles.module.css';

/**
 * One bar above the title for the page's own controls: "On this page" (phones only, as in the
 * theme) and the parallel-view control, side by side, instead of a row each. On the original
 * edition a phone's bar starts with the edition's banner in short (src/theme/DocVersionBanner),
 * and "On this page" shrinks to its chevron, its list unfolding over the text below the bar.
 * A page without a table of contents gets the bar without it (src/theme/DocItem/Content).
 */
export function PageBar({ children }: { readonly children?: ReactNode }): ReactNode {
  const { banner } = useDocsVersion();
  return (
    <div
      className={clsx(styles.pageBar, banner !== null && styles.withBanner)}
      data-doc-page-bar=""
    >
      {banner !== null && <ShortVersionBanner className={styles.banner} />}
      {children}
      <ViewToggle />
    </div>
  );
}

export default function TOCMobileWrapper(): ReactNode {
  return (
    <PageBar>
      <TOCMobile />
    </PageBar>
  );
}
