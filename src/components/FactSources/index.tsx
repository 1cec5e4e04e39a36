import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { factAnchor } from '@site/src/components/Fact';
import ExternalReferenceLink from '@site/src/components/ReferenceLinks/ExternalReferenceLink';
import { inLocale } from '@site/src/data/localized';
import { FACTS, capitalized, type Fact } from '@site/src/data/facts';
import { REFERENCES, type Reference } from '@site/src/data/references';
import styles from './styles.module.css';

const referencesById = new Map<string, Reference>(
  REFERENCES.map((reference) => [reference.id, reference]),
);

/** The references a fact names, in its order; facts.ts's types guarantee they exist. */
function sourcesOf(fact: Fact): Reference[] {
  return fact.sources.flatMap((id) => {
    const reference = referencesById.get(id);
    return reference === undefined ? [] : [reference];
  });
}

function SourceLink({ reference }: { readonly reference: Reference }): ReactNode {
  return (
    <li>
      <ExternalReferenceLink reference={reference} />
      <span className={styles.site}>
        <span aria-hidden="true">· </span>
        {reference.site}
      </span>
    </li>
  );
}

function FactItem({ fact }: { readonly fact: Fact }): ReactNode {
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  const anchor = factAnchor(fact.id);
  const labelId = `${anchor}-sources`;
  return (
    <li id={anchor} className={styles.item}>
      <p className={styles.figure}>{capitalized(inLocale(fact.text, currentLocale))}</p>
      <p id={labelId} className={styles.label}>
        <Translate
          id="components.factSources.sources"
          description="Label above the list of sources of one figure on the references page"
        >
          출처
        </Translate>
      </p>
      <ul className={styles.sources} aria-labelledby={labelId}>
        {sourcesOf(fact).map((reference) => (
          <SourceLink key={reference.id} reference={reference} />
        ))}
      </ul>
    </li>
  );
}

/**
 * `<FactSources />` on the references page: every figure of src/data/facts.ts in the page's
 * language, each with the pages it comes from. Each entry carries the anchor `fact-<id>` that
 * `<Fact id>` in the text links to; the anchors are declared to Docusaurus's broken-anchor check,
 * since no heading renders them.
 */
export default function FactSources(): ReactNode {
  const brokenLinks = useBrokenLinks();
  for (const fact of FACTS) brokenLinks.collectAnchor(factAnchor(fact.id));
  return (
    <ul className={styles.list}>
      {FACTS.map((fact) => (
        <FactItem key={fact.id} fact={fact} />
      ))}
    </ul>
  );
}
