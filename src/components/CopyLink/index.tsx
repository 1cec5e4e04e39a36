import type { ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useHistory } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { canonicalUrl } from '@site/src/utils/canonicalUrl';
import { copyText } from './copy';
import { useCopyState, type CopyState } from './useCopyState';
import styles from './styles.module.css';

/** How long the tick and the confirmation stay. */
const CONFIRM_FOR_MS = 2500;

export interface CopyLinkProps {
  /** The anchor on the page: a heading id, a table row id, a glossary term id. */
  readonly anchor: string;
  /** What the link points at, for the accessible name and the confirmation (heading text...). */
  readonly name: string;
  /**
   * The page the anchor is on, as a site path (`useBaseUrl('/glossary')`); by default the
   * current page.
   */
  readonly pathname?: string;
  readonly className?: string;
}

export type { CopyState };
type State = CopyState;

function LinkIcon({ done }: { readonly done: boolean }): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {done ? (
        <path d="M5 12.5l4.5 4.5L19 7.5" />
      ) : (
        <>
          <path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L11.6 6" />
          <path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.6-1.6" />
        </>
      )}
    </svg>
  );
}

/** The state of a copy and the function that copies: shared by the button and the headings. */
export function useCopyLink(
  anchor: string,
  pathname?: string,
): { readonly state: State; readonly copy: () => void } {
  const { siteConfig } = useDocusaurusContext();
  // The history object, not the location: the control reads the address when clicked, and does
  // not re-render whenever the address changes (the glossary's filter rewrites it per keystroke).
  const history = useHistory();
  const { state, run } = useCopyState(CONFIRM_FOR_MS);

  const copy = (): void => {
    const url = canonicalUrl(siteConfig.url, pathname ?? history.location.pathname, anchor);
    run(
      () => copyText(url),
      () => {
        history.replace({ ...history.location, hash: `#${anchor}` });
      },
    );
  };
  return { state, copy };
}

/** The confirmation of a copy, spoken by screen readers and shown as a toast. */
export function CopyStatus({
  state,
  name,
  bilingualIgnore = false,
}: {
  readonly state: State;
  readonly name: string;
  /** Left out of the parallel view's copy of the other language (a heading's, outside it). */
  readonly bilingualIgnore?: boolean;
}): ReactNode {
  return (
    <span
      role="status"
      className={styles.status}
      data-bilingual-ignore={bilingualIgnore ? '' : undefined}
    >
      {state === 'copied' &&
        translate(
          {
            id: 'links.copyLink.copied',
            message: '“{name}” 링크를 복사했습니다.',
            description:
              'Shown after the link to a section, row or term was copied; {name} is its heading, row or term',
          },
          { name },
        )}
      {state === 'failed' &&
        translate({
          id: 'links.copyLink.failed',
          message: '복사하지 못했습니다. 주소창의 주소를 복사하세요.',
          description:
            'Shown when the browser refused to copy a link; the address bar then holds it',
        })}
    </span>
  );
}

/**
 * The site's copy-link button (comparison table rows, glossary terms):
 * an icon button that copies the canonical absolute address of `#anchor` (src/utils/canonicalUrl)
 * and says so in a status message, shown as a toast. Where the browser refuses to copy, it puts
 * the anchor in the address bar instead and says to copy it from there.
 *
 * Icon-only, so the search index, which reads heading text, never picks up its label. It needs a
 * script: rendered in the server HTML, it stays hidden until the page has hydrated
 * (`data-needs-script`, src/css/custom.css), so nothing is inserted or moves then. Inside a
 * heading, the heading's own `#` link is the control instead (src/theme/Heading uses
 * `useCopyLink` and `CopyStatus`): one link control per heading.
 */
export default function CopyLink({ anchor, name, pathname, className }: CopyLinkProps): ReactNode {
  const { state, copy } = useCopyLink(anchor, pathname);

  return (
    <span
      className={clsx(
        styles.copyLink,
        (state === 'copied' || state === 'failed') && styles.copied,
        className,
      )}
      data-copy-link=""
      data-needs-script=""
    >
      <button
        type="button"
        className={styles.button}
        onClick={copy}
        aria-label={translate(
          {
            id: 'links.copyLink.label',
            message: '“{name}” 링크 복사',
            description:
              'Accessible name of the button that copies the link to a section, a table row or a glossary term; {name} is its heading, row or term',
          },
          { name },
        )}
        title={translate({
          id: 'links.copyLink.tooltip',
          message: '링크 복사',
          description: 'Tooltip of the button that copies the link to a section, row or term',
        })}
      >
        <LinkIcon done={state === 'copied'} />
      </button>
      <CopyStatus state={state} name={name} />
    </span>
  );
}
