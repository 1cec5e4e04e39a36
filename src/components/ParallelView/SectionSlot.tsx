import { useId, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
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
  /** The section's heading as text (the page title for INTRO), for the control's name. */
  readonly sectionName?: string;
}

function Chevron(): ReactNode {
  return (
    <svg className={styles.chevron} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M9 6l6 6-6 6" />
    </svg>
  );
}

/**
 * The strip under a section heading: the notice of an outdated translation (English pages), and
 * a small control that reveals the section in the other language right here: a chevron and the
 * other language's name in that language ("English", "한국어"), for its readers; its accessible
 * name, in the page's language, names the section, so a screen reader's list of controls tells
 * them apart. The control needs a script: it is in the server HTML but hidden, and out of the
 * accessibility tree, until the page has hydrated (`data-needs-script`, src/css/custom.css), so
 * hydration inserts nothing into the page (on a doc page, ten buttons drawn in the commit after
 * hydration were part of a long task on phones); the search index skips it
 * (`data-search-ignore`).
 */
export default function SectionSlot({
  sectionId,
  ownPath,
  sectionName,
}: SectionSlotProps): ReactNode {
  const bilingual = useBilingual();
  const regionId = useId();
  const [open, setOpen] = useState(false);
  if (bilingual === null || !bilingual.translated) return null;
  const { locale, otherLang, status, sections, stale } = bilingual;
  const showStale = locale === 'en' && stale.has(sectionId);

  const label = translate(
    {
      id: 'bilingual.section.toggle',
      message: '{language}: ‘{section}’ 절을 영어로 보기',
      description:
        "Accessible name of the per-section control that reveals the section in the other language, in the page's language; {section} is the section's heading (the page title for the text under it); {language} is the control's visible text, the other language's name in that language, first so that the name starts with what the reader sees",
    },
    { section: sectionName ?? sectionId, language: bilingual.otherLabel },
  );

  const toggle = (): void => {
    if (!open && status !== 'ready') bilingual.load();
    setOpen(!open);
  };

  return (
    <div className={styles.slot} data-bilingual-slot="">
      {showStale && <StaleNotice koreanHref={koreanHref(bilingual, sectionId, ownPath)} />}
      <div className={styles.slotBar}>
        <button
          type="button"
          className={styles.sectionToggle}
          aria-expanded={open}
          aria-controls={regionId}
          onClick={toggle}
          aria-label={label}
          title={label}
          data-needs-script=""
          data-search-ignore=""
        >
          <Chevron />
          <span lang={otherLang}>{bilingual.otherLabel}</span>
        </button>
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
