import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { PageBar } from '@site/src/theme/DocItem/TOC/Mobile';

type Props = WrapperProps<typeof ContentType>;

/** Whether the theme shows "On this page" (and so the bar, src/theme/DocItem/TOC/Mobile). */
function useHasTocBar(): boolean {
  const { frontMatter, toc } = useDoc();
  return frontMatter.hide_table_of_contents !== true && toc.length > 0;
}

/**
 * The bar above the title holds "On this page" and the page's controls (src/theme/DocItem/TOC/
 * Mobile); a page without a table of contents gets the bar here, without it.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const hasTocBar = useHasTocBar();
  return (
    <>
      {!hasTocBar && <PageBar />}
      <Content {...props} />
    </>
  );
}
