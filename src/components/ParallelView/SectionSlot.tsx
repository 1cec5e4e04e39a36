import { useId, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useBilingual, type Bilingual } from './context';
import OtherSectionView from './OtherSectionView';
import StaleNotice from './StaleNotice';
import { INTRO } from './otherSections';
import styles from './styles.module.css';

/** Where the Korean original of a section is, seen from either language. */
export function koreanHref(bilingual: Bilingual, sectionId: string, ownPath: string): string {
  const path = bilingual.locale === 'ko' ? ownPath : bilingual.otherPath;
  return sectionId === INTRO ? path : `${path}#${sectionId}`;
}

interface SectionSlotProps {
  readonly sectionId: string;
  readonly ownPath: string;
}

/**
 * The strip under a section heading: the notice of an outdated translation (English pages), and
 * a quiet control that reveals the section in the other language right here. The control is
 * drawn in the browser only (it needs a script), into a strip of fixed height that the server
 * HTML already holds, so nothing moves when it appears and the search index never reads it.
 */
export default function SectionSlot({ sectionId, ownPath }: SectionSlotProps): ReactNode {
  const bilingual = useBilingual();
  const isBrowser = useIsBrowser();
  const regionId = useId();
  const [open, setOpen] = useState(false);
  if (bilingual === null || !bilingual.translated) return null;
  const { locale, otherLang, status, sections, stale } = bilingual;
  const showStale = locale === 'en' && stale.has(sectionId);

  const toggle = (): void => {
    if (!open && status !== 'ready') bilingual.load();
    setOpen(!open);
  };

  return (
    <div className={styles.slot} data-bilingual-slot="">
      {showStale && <StaleNotice koreanHref={koreanHref(bilingual, sectionId, ownPath)} />}
      <div className={styles.slotBar}>
        {isBrowser && (
          <button
            type="button"
            className={styles.sectionToggle}
            aria-expanded={open}
            aria-controls={regionId}
            onClick={toggle}
            title={translate({
              id: 'bilingual.section.toggleTitle',
              message: '이 절을 다른 언어로 이 자리에 펼칩니다',
              description:
                'Tooltip of the per-section control that reveals the section in the other language',
            })}
          >
            <span lang={otherLang}>
              {open ? (
                <Translate
                  id="bilingual.section.hide"
                  description="Per-section control, open: hides the other language. Written in the OTHER language (English on Korean pages, Korean on English pages), for readers of that language"
                >
                  Hide the English text
                </Translate>
              ) : (
                <Translate
                  id="bilingual.section.show"
                  description="Per-section control: reveals this section in the other language. Written in the OTHER language (English on Korean pages, Korean on English pages), for readers of that language"
                >
                  Read this section in English
                </Translate>
              )}
            </span>
          </button>
        )}
      </div>
      <div
        id={regionId}
        role="region"
        aria-label={bilingual.otherLabel}
        hidden={!open}
        className={styles.reveal}
      >
        {open && status === 'loading' && (
          <p className={styles.loading} role="status">
            <Translate id="bilingual.loading" description="While the other language loads">
              불러오는 중…
            </Translate>
          </p>
        )}
        {open && status === 'error' && (
          <p className={styles.error} role="alert">
            <Translate
              id="bilingual.section.error"
              description="The other language could not be loaded for an in-place section; {link} opens it"
              values={{
                link: (
                  <Link
                    autoAddBaseUrl={false}
                    to={`pathname://${bilingual.otherPath}${sectionId === INTRO ? '' : `#${sectionId}`}`}
                  >
                    <Translate
                      id="bilingual.section.errorLink"
                      description="Link to the other language's section"
                    >
                      그 페이지에서 읽기
                    </Translate>
                  </Link>
                ),
              }}
            >
              {'다른 언어의 글을 불러오지 못했습니다. {link}'}
            </Translate>
          </p>
        )}
        {open && status === 'ready' && sections !== null && (
          <>
            {locale === 'ko' && stale.has(sectionId) && <StaleNotice />}
            <OtherSectionView section={sections.get(sectionId)} lang={otherLang} />
          </>
        )}
      </div>
    </div>
  );
}
