import type { ReactNode } from 'react';
import clsx from 'clsx';
import DocVersionBanner from '@theme-original/DocVersionBanner';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import type { WrapperProps } from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof DocVersionBannerType>;

/**
 * The original edition's banner, which states the edition once (no version badge, see
 * docusaurus.config.ts). On a desktop it is the theme's; on a phone its short form
 * (./Short.tsx) is in the bar above the title (src/theme/DocItem/TOC/Mobile).
 */
export default function DocVersionBannerWrapper(props: Props): ReactNode {
  return <DocVersionBanner {...props} className={clsx(props.className, styles.wide)} />;
}
