import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

interface StaleNoticeProps {
  /** Where the Korean original of the section is; omitted where the reader is on it. */
  readonly koreanHref?: string;
}

/**
 * Tells the reader that the English text of a section was translated from an earlier version of
 * its Korean original (src/plugins/bilingual/freshness.ts), with a link to the Korean section.
 */
export default function StaleNotice({ koreanHref }: StaleNoticeProps): ReactNode {
  return (
    <div className={styles.staleNotice} role="note" data-bilingual-stale="">
      <Translate
        id="bilingual.stale.notice"
        description="Shown with an English section whose Korean original changed since it was translated"
      >
        이 절의 영어 번역은 한국어 원문이 바뀐 뒤로 아직 고쳐지지 않았습니다.
      </Translate>
      {koreanHref !== undefined && (
        <>
          {' '}
          {/* The Korean page is another locale's build: a full page load, no base URL added. */}
          <Link to={`pathname://${koreanHref}`} autoAddBaseUrl={false} hrefLang="ko">
            <Translate
              id="bilingual.stale.link"
              description="Link from the outdated-translation notice to the Korean original of the section"
            >
              한국어 원문 보기
            </Translate>
          </Link>
        </>
      )}
    </div>
  );
}
