import { useMemo, type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import BilingualProvider from '@site/src/components/ParallelView/BilingualProvider';
import ViewToggle from '@site/src/components/ParallelView/ViewToggle';

type Props = WrapperProps<typeof ContentType>;

/**
 * Doc pages read in both languages (README, "Bilingual reading and links"): the page's
 * bilingual state for the MDX wrapper and the parallel-view control above the text.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { metadata, toc } = useDoc();
  const sectionIds = useMemo(() => toc.map((item) => item.id), [toc]);
  return (
    <BilingualProvider permalink={metadata.permalink} sectionIds={sectionIds}>
      <ViewToggle />
      <Content {...props} />
    </BilingualProvider>
  );
}
