import type { MouseEvent, ReactNode } from 'react';
import clsx from 'clsx';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type { WrapperProps } from '@docusaurus/types';
import { CopyStatus, useCopyLink } from '@site/src/components/CopyLink';
import { textOf } from '@site/src/components/CopyLink/copy';
import styles from './styles.module.css';

type Props = WrapperProps<typeof HeadingType>;

/** A plain click: not a new tab or window, a download or the context menu. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Every h2/h3 with an id has one link control (README, "Bilingual reading and links"): the
 * theme's `#` link (a permalink: the address of the section, to open, bookmark or share) also
 * copies the section's canonical address when clicked, and says so in a status message. One
 * Tab stop per heading; without a script it is a plain link. The status region (empty until a
 * copy, then shown as a toast) is in the server HTML, just before the heading: not in it, so the
 * heading's text and the theme's name for its link (from the heading's text) stay the heading's
 * own, and so does the search index's; there from the start, so hydration inserts nothing (the
 * regions of a page's headings, portalled into them after hydration, were a long task on phones)
 * and a screen reader knows the live region before it speaks. The parallel view's copy of the
 * other language leaves it out (`data-bilingual-ignore`).
 */
function LinkedHeading(props: Props & { readonly id: string }): ReactNode {
  const { id, children, className } = props;
  const name = textOf(children) || id;
  const { state, copy } = useCopyLink(id);
  const onClick = (event: MouseEvent<HTMLHeadingElement>): void => {
    props.onClick?.(event);
    const { target } = event;
    if (!(target instanceof Element) || target.closest('.hash-link') === null) return;
    if (!isPlainClick(event)) return;
    // The link still goes to the section (the address bar shows it); the copy comes with it.
    copy();
  };
  return (
    <>
      <CopyStatus state={state} name={name} bilingualIgnore />
      <Heading
        {...props}
        onClick={onClick}
        className={clsx(className, styles.heading, state === 'copied' && styles.copied)}
      />
    </>
  );
}

export default function HeadingWrapper(props: Props): ReactNode {
  const { as, id } = props;
  if ((as !== 'h2' && as !== 'h3') || id === undefined || id === '') {
    return <Heading {...props} />;
  }
  return <LinkedHeading {...props} id={id} />;
}
