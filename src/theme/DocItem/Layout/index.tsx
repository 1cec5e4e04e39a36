import { useMemo, type ReactNode } from 'react';
import Layout from '@theme-original/DocItem/Layout';
import type LayoutType from '@theme/DocItem/Layout';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import BilingualProvider from '@site/src/components/ParallelView/BilingualProvider';
import './styles.module.css';

type Props = WrapperProps<typeof LayoutType>;

/**
 * Doc pages read in both languages (README, "Bilingual reading and links"): the page's bilingual
 * state, for the parallel-view control (in the bar with "On this page", src/theme/DocItem/TOC/
 * Mobile) and for the MDX wrapper. Its styles keep the chrome above the title small on phones.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const { metadata, toc } = useDoc();
  const sectionIds = useMemo(() => toc.map((item) => item.id), [toc]);
  return (
    <BilingualProvider permalink={metadata.permalink} sectionIds={sectionIds}>
      <Layout {...props} />
    </BilingualProvider>
  );
}
