import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { inLocale } from '@site/src/data/localized';
import { FACT_IDS, getFact } from '@site/src/data/facts';
import styles from './styles.module.css';

export interface FactProps {
  /** A fact id from src/data/facts.ts, e.g. `container-startup`. */
  readonly id: string;
}

/** The anchor of a fact's entry under "figure sources" on the references page (`<FactSources>`). */
export function factAnchor(id: string): string {
  return `fact-${id}`;
}

/** Where a fact's sources are listed; `<Link>` adds the locale's prefix (`/en/...`). */
export function factSourcesPath(id: string): string {
  return `/docs/references#${factAnchor(id)}`;
}

/**
 * `<Fact id="..." />` in the docs: a figure (a startup time, an image size...) as the noun phrase
 * that src/data/facts.ts holds for the page's language, so every page, the comparison table and
 * the glossary state it alike. It renders an inline link, styled as a citation, to the figure's
 * entry on the references page, where its sources are listed (`<FactSources />`); the link's
 * accessible name is the figure itself. Write it in parentheses or after a colon, never with a
 * Korean particle right after it.
 *
 * An unknown id throws while the page renders, so a misspelt id fails the build (static
 * rendering) instead of shipping a page with a hole in a sentence.
 */
export default function Fact({ id }: FactProps): ReactNode {
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  const fact = getFact(id);
  if (fact === undefined) {
    throw new Error(
      `<Fact id="${id}" />: there is no fact "${id}" in src/data/facts.ts. ` +
        `Known ids: ${FACT_IDS.join(', ')}.`,
    );
  }
  return (
    <Link
      to={factSourcesPath(fact.id)}
      className={styles.fact}
      data-fact={fact.id}
      title={translate({
        id: 'components.fact.title',
        message: '이 수치의 출처 보기',
        description: 'Tooltip of a figure in the text, which links to the sources of the figure',
      })}
    >
      {inLocale(fact.text, currentLocale)}
    </Link>
  );
}
