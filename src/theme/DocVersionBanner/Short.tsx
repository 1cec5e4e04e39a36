import type { ReactNode } from 'react';
import clsx from 'clsx';
import DocVersionBanner from '@theme-original/DocVersionBanner';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import styles from './styles.module.css';

/**
 * The banner's short form, for phones: the edition's name, which unfolds the theme's banner (what
 * the edition is, and the link to the same page in the latest edition). It sits in the bar above
 * the title (src/theme/DocItem/TOC/Mobile), so that the page's own text starts on the first
 * screen; shown on phones only (the theme's banner is the desktop one).
 */
export default function ShortVersionBanner({
  className,
}: {
  readonly className?: string;
}): ReactNode {
  const version = useDocsVersion();
  if (version.banner === null) return null;
  return (
    <details className={clsx(styles.short, className)} data-short-version-banner="">
      <summary className={styles.summary}>
        <span className={styles.label}>{version.label}</span>
      </summary>
      <DocVersionBanner className={styles.inner} />
    </details>
  );
}
