/**
 * Reading progress, the parts a page shows: the mark of a finished page (study paths), the count
 * with its reset control, and the watcher of a doc page (`ReadToEnd`, rendered after the article
 * by the `DocItem/Paginator` wrapper) that marks the page finished when the reader has read to
 * its end or answered its checks. The sidebar's marks are in the `DocSidebarItem/Link` wrapper.
 * Marks never come from the server: the server HTML and the hydrating render show none, so
 * nothing mismatches, and each mark takes room that is reserved in the server HTML.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { CHECKS_ANSWERED_EVENT, type ChecksAnsweredDetail } from '@site/src/utils/studyEvents';
import { markFinished, resetProgress, useReadingProgress } from './progress';
import { watchReadToEnd } from './readToEnd';
import { countFinished, isFinished } from './store';
import styles from './styles.module.css';

/** The id of the text "finished" that finished sidebar links are described by. */
export const FINISHED_LABEL_ID = 'reading-progress-finished';

function CheckIcon(): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 8.5l3.2 3.2L13 4.8" />
    </svg>
  );
}

/** A check and the words "finished" when `docId` of `edition` is; else the same room, empty. */
export function FinishedMark({
  edition,
  docId,
}: {
  readonly edition: string;
  readonly docId: string;
}): ReactNode {
  const finished = isFinished(useReadingProgress(), edition, docId);
  return (
    <span className={styles.mark} data-reading={finished ? 'finished' : undefined}>
      {finished ? (
        <>
          <CheckIcon />
          <span className="visually-hidden">
            {' ('}
            <Translate
              id="readingProgress.finished"
              description="Accessible text of the check mark after a page the reader has finished"
            >
              읽음
            </Translate>
            {')'}
          </span>
        </>
      ) : null}
    </span>
  );
}

/**
 * "9개 중 3개 읽음" for the pages of a study path, and the control that clears the progress of
 * every edition (announced in a status message). Needs a script: hidden until hydration.
 */
export function ProgressSummary({
  edition,
  docIds,
}: {
  readonly edition: string;
  readonly docIds: readonly string[];
}): ReactNode {
  const progress = useReadingProgress();
  const [announcement, setAnnouncement] = useState('');
  const empty = progress.size === 0;
  return (
    <div className={styles.summary} data-needs-script="">
      <p className={styles.count}>
        <Translate
          id="readingProgress.count"
          description="How many pages of the study path the reader has finished"
          values={{
            finished: countFinished(progress, edition, docIds),
            total: docIds.length,
          }}
        >
          {'{total}개 중 {finished}개 읽음'}
        </Translate>
      </p>
      <button
        type="button"
        className={clsx('button button--sm button--outline button--secondary', styles.reset)}
        aria-disabled={empty ? true : undefined}
        onClick={() => {
          if (empty) return;
          resetProgress();
          setAnnouncement(
            translate({
              id: 'readingProgress.resetDone',
              description: 'Status message after the reader cleared the reading progress',
              message: '모든 판의 읽음 표시를 지웠습니다.',
            }),
          );
        }}
      >
        <Translate
          id="readingProgress.reset"
          description="Button that clears the reading progress of every edition"
        >
          읽음 표시 모두 지우기
        </Translate>
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

/**
 * Watches a doc page: marks it finished when the reader has read to the end of the article
 * (./readToEnd.ts; the sentinel is this element, right after the article) or answered its
 * knowledge checks (`CHECKS_ANSWERED_EVENT` with this page's permalink). Also holds the text the
 * sidebar's finished links are described by.
 */
export function ReadToEnd({
  edition,
  docId,
  permalink,
}: {
  readonly edition: string;
  readonly docId: string;
  readonly permalink: string;
}): ReactNode {
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onChecks = (event: Event): void => {
      const detail = (event as CustomEvent<ChecksAnsweredDetail | undefined>).detail;
      if (detail?.permalink === permalink) markFinished(edition, docId);
    };
    document.addEventListener(CHECKS_ANSWERED_EVENT, onChecks);
    const element = sentinel.current;
    const stop =
      element === null
        ? undefined
        : watchReadToEnd(element, () => {
            markFinished(edition, docId);
          });
    return () => {
      document.removeEventListener(CHECKS_ANSWERED_EVENT, onChecks);
      stop?.();
    };
  }, [edition, docId, permalink]);
  return (
    <div ref={sentinel} className={styles.sentinel}>
      <span id={FINISHED_LABEL_ID} hidden>
        <Translate
          id="readingProgress.finished"
          description="Accessible text of the check mark after a page the reader has finished"
        >
          읽음
        </Translate>
      </span>
    </div>
  );
}
