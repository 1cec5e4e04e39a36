import { startTransition, useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type { WrapperProps } from '@docusaurus/types';
import CopyLink from '@site/src/components/CopyLink';
import { textOf } from '@site/src/components/CopyLink/copy';

type Props = WrapperProps<typeof HeadingType>;

/**
 * Every h2/h3 with an id gets a control that copies its canonical link (README, "Bilingual
 * reading and links"). The control is portalled into the rendered heading after hydration
 * rather than passed as a child: the original names its # link after `children` only when
 * they are plain text, and the search index reads heading text from the server HTML.
 */
export default function HeadingWrapper(props: Props): ReactNode {
  const { as, id, children } = props;
  const [element, setElement] = useState<HTMLHeadingElement | null>(null);
  // A transition: the controls of all headings are drawn in time-sliced work after the page has
  // hydrated, not synchronously inside the hydration commit (a long task on phones).
  const attach = useCallback((heading: HTMLHeadingElement | null) => {
    startTransition(() => {
      setElement(heading);
    });
  }, []);
  if ((as !== 'h2' && as !== 'h3') || id === undefined || id === '') {
    return <Heading {...props} />;
  }
  return (
    <>
      <Heading {...props} ref={attach} />
      {element !== null &&
        createPortal(<CopyLink anchor={id} name={textOf(children) || id} />, element)}
    </>
  );
}
