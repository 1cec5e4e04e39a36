import { Fragment, memo, type ReactNode } from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import CopyLink from '@site/src/components/CopyLink';
import { TermLink } from '@site/src/components/Term';
import { getGlossaryTerm } from '@site/src/data/glossary';
import type { GlossaryLocale, GlossaryTerm } from '@site/src/data/glossaryTypes';
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
  const pagePath = useBaseUrl('/glossary');
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
      // In the server HTML only: laid out after the first paint of a page load
      // (deferredLayout.ts). An entry drawn in the browser (after a client-side navigation or a
      // filter) is laid out at once; hydration leaves the attribute for deferredLayout.ts to take.
      data-deferred={ExecutionEnvironment.canUseDOM ? undefined : ''}
      suppressHydrationWarning
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
        <CopyLink
          anchor={term.id}
          name={term.name[locale]}
          pathname={pagePath}
          className={styles.entryCopy}
        />
      </div>
      <p className={styles.short}>{term.short[locale]}</p>
      <p className={styles.long}>{term.long[locale]}</p>
      <dl className={styles.facts}>
        {aliases.length > 0 && (
          // The search index takes this row as it reads here (src/search/build.ts).
          <div data-term-aliases="">
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
