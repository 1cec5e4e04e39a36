import { Fragment, memo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import { TermLink } from '@site/src/components/Term';
import { getGlossaryTerm } from '@site/src/data/glossary';
import type { GlossaryLocale, GlossaryTerm } from '@site/src/data/glossaryTypes';
import { canonicalUrl } from '@site/src/utils/canonicalUrl';
import { useTagLabels } from './tagLabels';
import { otherLocale } from './useGlossaryLocale';
import styles from './styles.module.css';

interface EntryProps {
  readonly term: GlossaryTerm;
  readonly locale: GlossaryLocale;
  /** The term the address points at (`#<id>`). */
  readonly highlighted: boolean;
}

/**
 * Items as running text, "a, b, c". Plain text rather than a list: the glossary has 51 entries
 * of a few facts each, and lists doubled the page's elements, which the browser styles and lays
 * out while the page loads.
 */
function commaSeparated(items: readonly { key: string; node: ReactNode }[]): ReactNode {
  return items.map(({ key, node }, index) => (
    <Fragment key={key}>
      {index > 0 && ', '}
      {node}
    </Fragment>
  ));
}

/** One term, anchored at `#<id>`: both names, both definitions, aliases, tags and links. */
function GlossaryEntry({ term, locale, highlighted }: EntryProps): ReactNode {
  // Anchors are checked at build time only when collected; a see-also link to a removed term
  // then fails the build instead of jumping nowhere.
  useBrokenLinks().collectAnchor(term.id);
  const tagLabels = useTagLabels();
  const other = otherLocale(locale);
  const aliases = [
    ...term.aliases[locale].map((alias) => ({ alias, lang: locale })),
    ...term.aliases[other].map((alias) => ({ alias, lang: other })),
  ];
  return (
    <article
      id={term.id}
      tabIndex={-1}
      className={clsx(styles.entry, highlighted && styles.highlighted)}
      data-term-entry={term.id}
    >
      <div className={styles.entryHeader}>
        <Heading as="h3" className={styles.entryName}>
          <span lang={locale}>{term.name[locale]}</span>
          {term.name[other] !== term.name[locale] && (
            <>
              {' '}
              <span lang={other} className={styles.otherName}>
                {term.name[other]}
              </span>
            </>
          )}
        </Heading>
        <CopyLink term={term} locale={locale} />
      </div>
      <p className={styles.short}>{term.short[locale]}</p>
      <p className={styles.long}>{term.long[locale]}</p>
      <dl className={styles.facts}>
        {aliases.length > 0 && (
          <div>
            <dt>
              <Translate id="glossary.entry.aliases" description="Label of a term's other names">
                다른 이름
              </Translate>
            </dt>
            <dd>
              {commaSeparated(
                aliases.map(({ alias, lang }) => ({
                  key: alias,
                  node: lang === locale ? alias : <span lang={lang}>{alias}</span>,
                })),
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>
            <Translate id="glossary.entry.tags" description="Label of a term's topics">
              주제
            </Translate>
          </dt>
          <dd>{term.tags.map((tag) => tagLabels[tag]).join(', ')}</dd>
        </div>
        {term.seeAlso.length > 0 && (
          <div>
            <dt>
              <Translate id="glossary.entry.seeAlso" description="Label of a term's related terms">
                함께 보기
              </Translate>
            </dt>
            <dd className={styles.links}>
              {commaSeparated(
                term.seeAlso.flatMap((id) => {
                  const related = getGlossaryTerm(id);
                  return related === undefined
                    ? []
                    : [{ key: id, node: <TermLink term={related} /> }];
                }),
              )}
            </dd>
          </div>
        )}
        {term.reference !== undefined && (
          <div>
            <dt>
              <Translate
                id="glossary.entry.reference"
                description="Label of an authoritative page about a term"
              >
                참고 자료
              </Translate>
            </dt>
            <dd>
              <Link to={term.reference}>{new URL(term.reference).hostname}</Link>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}

// Typing in the filter re-renders the list on every keystroke; entries whose props did not
// change are skipped.
export default memo(GlossaryEntry);

type CopyState = { readonly kind: 'idle' | 'copied' } | { readonly kind: 'failed'; url: string };

/**
 * Copies the term's permanent address. In the server HTML, so that hydration inserts nothing into
 * this long page, but hidden until the page has hydrated (`data-needs-script`, src/css/custom.css).
 */
function CopyLink({ term, locale }: { term: GlossaryTerm; locale: GlossaryLocale }): ReactNode {
  const pagePath = useBaseUrl('/glossary');
  const { siteConfig } = useDocusaurusContext();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const name = term.name[locale];
  const copy = (): void => {
    // The published address (src/utils/canonicalUrl), whatever origin serves this page.
    const url = canonicalUrl(siteConfig.url, pagePath, term.id);
    const clipboard = navigator.clipboard as Clipboard | undefined;
    const copying = clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'));
    copying.then(
      () => {
        setState({ kind: 'copied' });
      },
      () => {
        setState({ kind: 'failed', url });
      },
    );
  };
  return (
    <span className={styles.copy} data-needs-script="">
      <button
        type="button"
        className={clsx('button button--sm button--outline button--secondary', styles.copyButton)}
        aria-label={translate(
          {
            id: 'glossary.entry.copyLink.label',
            message: '{term} 링크 복사',
            description: 'Accessible name of the button that copies the link to a term',
          },
          { term: name },
        )}
        onClick={copy}
      >
        <Translate
          id="glossary.entry.copyLink"
          description="Button that copies the permanent link of a glossary term"
        >
          링크 복사
        </Translate>
      </button>
      <span role="status" className={styles.copyStatus}>
        {state.kind === 'copied' && (
          <Translate id="glossary.entry.copied" description="Shown after a term's link was copied">
            복사했습니다
          </Translate>
        )}
        {state.kind === 'failed' && (
          <Translate
            id="glossary.entry.copyFailed"
            description="Shown when the browser refused to copy a term's link; {url} is the link"
            values={{ url: <code className={styles.url}>{state.url}</code> }}
          >
            {'복사하지 못했습니다. 이 주소를 직접 복사하세요: {url}'}
          </Translate>
        )}
      </span>
    </span>
  );
}
