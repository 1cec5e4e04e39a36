import type { ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import { INTRO, type OtherSection } from './otherSections';
import styles from './styles.module.css';

interface OtherSectionViewProps {
  readonly section: OtherSection | undefined;
  readonly lang: string;
  readonly className?: string;
}

/**
 * One section of the page in the other language: its heading as a label (the page's outline
 * keeps one heading per section, in the page's language) and its text.
 */
export default function OtherSectionView({
  section,
  lang,
  className,
}: OtherSectionViewProps): ReactNode {
  if (section === undefined) {
    return (
      <p className={clsx(styles.missing, className)}>
        <Translate
          id="bilingual.section.missing"
          description="Shown where the other language's page has no section with this id"
        >
          다른 언어의 페이지에는 이 절이 없습니다.
        </Translate>
      </p>
    );
  }
  return (
    <div className={clsx(styles.otherSection, className)} lang={lang}>
      {section.heading !== '' && (
        <p className={section.id === INTRO ? styles.otherTitle : styles.otherHeading}>
          {section.heading}
        </p>
      )}
      {/* Same-origin HTML of this site's own built page, cleaned by `adopt` (otherSections.ts). */}
      <div className={styles.otherBody} dangerouslySetInnerHTML={{ __html: section.html }} />
    </div>
  );
}
