import { useEffect, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { useHistory } from '@docusaurus/router';
import { useCanonicalUrl } from '@site/src/utils/useCanonicalUrl';
import { copyText } from './copy';
import styles from './styles.module.css';

/** How long the "copied" confirmation stays. */
const CONFIRM_FOR_MS = 2500;

export interface CopyLinkProps {
  /** The anchor on the current page (a heading id). */
  readonly anchor: string;
  /** What the link points at, for the accessible name (the heading's text). */
  readonly name: string;
  readonly className?: string;
}

type State = 'idle' | 'copied' | 'failed';

export function LinkIcon({ done }: { readonly done: boolean }): ReactNode {
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

/**
 * Copies the canonical absolute address of `#anchor` on this page (see src/utils/canonicalUrl).
 * Icon-only, so the search index, which reads heading text, never picks up its label. Where
 * the browser refuses to copy, it moves the address bar to the anchor instead and says so.
 */
export default function CopyLink({ anchor, name, className }: CopyLinkProps): ReactNode {
  const urlFor = useCanonicalUrl();
  const history = useHistory();
  const [state, setState] = useState<State>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => {
      setState('idle');
    }, CONFIRM_FOR_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state]);

  const copy = (): void => {
    copyText(urlFor(anchor)).then(
      () => {
        setState('copied');
      },
      () => {
        history.replace({ ...history.location, hash: `#${anchor}` });
        setState('failed');
      },
    );
  };

  return (
    <span
      className={clsx(styles.copyLink, state !== 'idle' && styles.copied, className)}
      data-copy-link=""
    >
      <button
        type="button"
        className={styles.button}
        onClick={copy}
        aria-label={translate(
          {
            id: 'links.copyLink.label',
            message: '“{name}” 절의 링크 복사',
            description: 'Accessible name of the button beside a heading that copies its link',
          },
          { name },
        )}
        title={translate({
          id: 'links.copyLink.tooltip',
          message: '이 절의 링크 복사',
          description: 'Tooltip of the button beside a heading that copies its link',
        })}
      >
        <LinkIcon done={state === 'copied'} />
      </button>
      <span role="status" className={styles.status}>
        {state === 'copied' && (
          <Translate id="links.copyLink.copied" description="Shown after a section link was copied">
            링크를 복사했습니다
          </Translate>
        )}
        {state === 'failed' && (
          <Translate
            id="links.copyLink.failed"
            description="Shown when the browser refused to copy a section link; the address bar then holds it"
          >
            복사하지 못했습니다. 주소창의 주소를 복사하세요
          </Translate>
        )}
      </span>
    </span>
  );
}
