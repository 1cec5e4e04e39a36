import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { useCopyState } from '@site/src/components/CopyLink/useCopyState';
import { markdownPath } from '@site/src/plugins/llms/paths';
import { copyMarkdown } from './copyMarkdown';
import styles from './styles.module.css';

/** How long the confirmation stays. */
const CONFIRM_FOR_MS = 4000;

export interface CopyMarkdownProps {
  /** The page's permalink (base URL and locale included), e.g. `/en/docs/containers`. */
  readonly permalink: string;
}

/**
 * "Copy page as Markdown": fetches the page's Markdown copy (`/docs/containers.md`, written at
 * build time by src/plugins/llms) and puts it on the clipboard, for a team wiki or an assistant;
 * a status message says whether it worked. The plain link to the `.md` file beside it works
 * without JavaScript or clipboard access (the button is hidden until the page has hydrated).
 */
export default function CopyMarkdown({ permalink }: CopyMarkdownProps): ReactNode {
  const href = markdownPath(permalink);
  const { state, run } = useCopyState(CONFIRM_FOR_MS);
  const copy = (): void => {
    run(() => copyMarkdown(href));
  };

  return (
    <div className={styles.copyMarkdown} data-copy-markdown="">
      <button
        type="button"
        className={styles.button}
        onClick={copy}
        disabled={state === 'copying'}
        data-needs-script=""
      >
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect x="8" y="8" width="12" height="12" rx="2" />
          <path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />
        </svg>
        <Translate
          id="links.copyMarkdown.button"
          description="Button below a doc page that copies the whole page as Markdown, for a wiki or an assistant"
        >
          페이지를 Markdown으로 복사
        </Translate>
      </button>
      {/* A static file, not a route: <Link> would route it inside the app and report it as a
          broken link (the file is written after the pages). */}
      {/* eslint-disable-next-line @docusaurus/no-html-links */}
      <a
        className={styles.link}
        href={href}
        type="text/markdown"
        title={translate({
          id: 'links.copyMarkdown.linkTitle',
          message: '이 페이지의 Markdown 파일 열기',
          description: 'Tooltip of the link to the Markdown file of a doc page',
        })}
      >
        <Translate
          id="links.copyMarkdown.link"
          description="Link to the Markdown file of a doc page, beside the copy button (works without JavaScript)"
        >
          Markdown
        </Translate>
      </a>
      <span role="status" className={styles.status}>
        {state === 'copied' &&
          translate({
            id: 'links.copyMarkdown.copied',
            message: '페이지를 Markdown으로 복사했습니다.',
            description: 'Shown after the page was copied to the clipboard as Markdown',
          })}
        {state === 'failed' &&
          translate({
            id: 'links.copyMarkdown.failed',
            message: '복사하지 못했습니다. Markdown 링크를 열어 복사하세요.',
            description:
              'Shown when the page could not be copied as Markdown; the Markdown link beside the button opens the file',
          })}
      </span>
    </div>
  );
}
