import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { FACT_IDS, getFact } from '@site/src/data/facts';

export interface FactProps {
  /** A fact id from src/data/facts.ts, e.g. `container-startup`. */
  readonly id: string;
}

/**
 * `<Fact id="..." />` in the docs: a figure (a startup time, an image size...) as the noun phrase
 * that src/data/facts.ts holds for the page's language, so every page, the comparison table and
 * the glossary state it alike. It renders inline text; write it in parentheses or after a colon,
 * never with a Korean particle right after it.
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
  return <span data-fact={fact.id}>{currentLocale === 'en' ? fact.text.en : fact.text.ko}</span>;
}
