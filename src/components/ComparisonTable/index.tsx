import { useId, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { COMPARISON_TABLES, inLocale, type ComparisonEdition } from '@site/src/data/comparison';
import CopyLink from '@site/src/components/CopyLink';
import styles from './styles.module.css';

export interface ComparisonTableProps {
  /** Which edition's rows to show: the note as written, or the corrected and extended table. */
  readonly edition: ComparisonEdition;
}

/** The two compared columns, in table order. */
const COLUMNS = ['hypervisor', 'container'] as const;

/**
 * The note's summary table as a real table: a caption, scoped header cells, and an anchor per
 * row (`#startup-time`...) with a control that copies the row's address (src/components/CopyLink).
 * The header row stays in view while the table scrolls by (sticky cells), so a link to a row shows
 * the column headers with it. On narrow screens the rows become cards (see styles.module.css), still a table to assistive
 * technology: the elements keep their native roles, no ARIA roles added (HTML allows none on
 * `tr`, `th`, `td` of a table).
 */
export default function ComparisonTable({ edition }: ComparisonTableProps): ReactNode {
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  const brokenLinks = useBrokenLinks();
  const captionId = useId();
  const { columns, rows } = COMPARISON_TABLES[edition];
  const headings = {
    hypervisor: inLocale(columns.hypervisor, currentLocale),
    container: inLocale(columns.container, currentLocale),
  };

  // Row anchors are rendered here, not by headings: declare them to the broken-anchor check.
  for (const row of rows) brokenLinks.collectAnchor(row.id);

  return (
    <div className={styles.wrapper}>
      <table className={styles.table} aria-labelledby={captionId}>
        <caption id={captionId} className={styles.caption}>
          <Translate
            id="components.comparisonTable.caption"
            description="Caption of the table comparing hypervisor-based and container-based virtualization"
          >
            하이퍼바이저형 가상화와 컨테이너형 가상화 비교
          </Translate>
        </caption>
        <thead className={styles.head}>
          <tr>
            <th scope="col" className={styles.corner}>
              <span className="visually-hidden" data-search-ignore="">
                <Translate
                  id="components.comparisonTable.aspect"
                  description="Header of the comparison table's first column, which names what each row compares"
                >
                  비교 항목
                </Translate>
              </span>
            </th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column}>
                {headings[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const aspect = inLocale(row.aspect, currentLocale);
            return (
              <tr key={row.id} id={row.id} className={styles.row}>
                <th scope="row" className={styles.aspect}>
                  <div className={styles.aspectLine}>
                    <span>{aspect}</span>
                    <CopyLink anchor={row.id} name={aspect} className={styles.copyLink} />
                  </div>
                </th>
                {COLUMNS.map((column) => (
                  <td key={column}>
                    <span className={styles.cellLabel} aria-hidden="true" data-search-ignore="">
                      {headings[column]}
                    </span>
                    {inLocale(row[column], currentLocale)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
