import type { ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { inLocale } from '@site/src/data/localized';
import {
  referencesFor,
  type Reference,
  type ReferenceEdition,
  type ReferenceLanguage,
} from '@site/src/data/references';
import ExternalReferenceLink from './ExternalReferenceLink';
import styles from './styles.module.css';

export interface ReferenceLinksProps {
  /** Which edition's list to show: the note's four references, or those plus later additions. */
  readonly edition: ReferenceEdition;
}

function LanguageBadge({ lang }: { readonly lang: ReferenceLanguage }): ReactNode {
  return (
    <span className={styles.badge} data-search-ignore="">
      <span className="visually-hidden">
        <Translate
          id="components.referenceLinks.languagePrefix"
          description="Read by screen readers before the language badge of a reference"
        >
          페이지 언어:
        </Translate>{' '}
      </span>
      {lang === 'ko' ? (
        <Translate
          id="components.referenceLinks.language.ko"
          description="Badge saying that a referenced page is written in Korean"
        >
          한국어
        </Translate>
      ) : (
        <Translate
          id="components.referenceLinks.language.en"
          description="Badge saying that a referenced page is written in English"
        >
          영어
        </Translate>
      )}
    </span>
  );
}

function InsecureBadge(): ReactNode {
  return (
    <span className={clsx(styles.badge, styles.insecure)} data-search-ignore="">
      <Translate
        id="components.referenceLinks.insecure"
        description="Badge on a reference whose address is plain http, i.e. not encrypted"
      >
        http: 보안 연결 아님
      </Translate>
    </span>
  );
}

function ExternalIcon(): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
    </svg>
  );
}

function ReferenceItem({ reference }: { readonly reference: Reference }): ReactNode {
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  const insecure = new URL(reference.url).protocol === 'http:';
  return (
    <li className={styles.item}>
      <ExternalReferenceLink reference={reference} className={styles.title}>
        <ExternalIcon />
      </ExternalReferenceLink>
      <div className={styles.meta}>
        <span className={styles.site}>{reference.site}</span>
        <LanguageBadge lang={reference.lang} />
        {insecure && <InsecureBadge />}
      </div>
      <p className={styles.description}>{inLocale(reference.description, currentLocale)}</p>
    </li>
  );
}

/** The note's reference list: each page with its site, its language and whether it is https. */
export default function ReferenceLinks({ edition }: ReferenceLinksProps): ReactNode {
  return (
    <ul className={styles.list}>
      {referencesFor(edition).map((reference) => (
        <ReferenceItem key={reference.id} reference={reference} />
      ))}
    </ul>
  );
}
