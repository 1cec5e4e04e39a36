import { useEffect, useId, useState, type MouseEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  COMPARISON_TABLES,
  inLocale,
  type ComparisonEdition,
  type ComparisonRow,
} from '@site/src/data/comparison';
import { LinkIcon } from '@site/src/components/CopyLink';
import { canonicalUrl } from '@site/src/utils/canonicalUrl';
import { rowUrl } from './rowLink';
import styles from './styles.module.css';

export interface ComparisonTableProps {
  /** Which edition's rows to show: the note as written, or the corrected and extended table. */
  readonly edition: ComparisonEdition;
}

/** The two compared columns, in table order. */
const COLUMNS = ['hypervisor', 'container'] as const;

/** How long the "copied" tick stays on a row's link control. */
const COPIED_FOR_MS = 2500;

/**
 * The note's summary table as a real table: a caption, scoped header cells, and an anchor per
 * row (`#startup-time`...) with a link control that copies the row's address. On narrow
 * screens the rows become cards (see styles.module.css).
 */
export default function ComparisonTable({ edition }: ComparisonTableProps): ReactNode {
  const {
    siteConfig,
    i18n: { currentLocale },
  } = useDocusaurusContext();
  const brokenLinks = useBrokenLinks();
  const captionId = useId();
  const [copied, setCopied] = useState<ComparisonRow | null>(null);
  const { columns, rows } = COMPARISON_TABLES[edition];
  const headings = {
    hypervisor: inLocale(columns.hypervisor, currentLocale),
    container: inLocale(columns.container, currentLocale),
  };

  // Row anchors are rendered here, not by headings: declare them to the broken-anchor check.
  for (const row of rows) brokenLinks.collectAnchor(row.id);

  useEffect(() => {
    if (copied === null) return undefined;
    const timer = window.setTimeout(() => {
      setCopied(null);
    }, COPIED_FOR_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [copied]);

  function copyLink(event: MouseEvent<HTMLAnchorElement>, row: ComparisonRow): void {
    const { clipboard } = navigator as Partial<Navigator>;
    // Without the Clipboard API (e.g. over plain http) the link just goes to the row, and its
    // address is in the address bar to copy.
    if (clipboard === undefined) return;
    event.preventDefault();
    const url = rowUrl(window.location.href, row.id);
    // What goes to a wiki or chat is the published address, whatever origin serves this page.
    clipboard.writeText(canonicalUrl(siteConfig.url, window.location.pathname, row.id)).then(
      () => {
        window.history.replaceState(window.history.state, '', url);
        setCopied(row);
      },
      () => {
        window.location.hash = row.id;
      },
    );
  }

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
        {/* Explicit roles keep the table semantics when the cells are restyled as cards. */}
        <thead role="rowgroup" className={styles.head}>
          <tr role="row">
            <th role="columnheader" scope="col" className={styles.corner}>
              <span className="visually-hidden">
                <Translate
                  id="components.comparisonTable.aspect"
                  description="Header of the comparison table's first column, which names what each row compares"
                >
                  비교 항목
                </Translate>
              </span>
            </th>
            {COLUMNS.map((column) => (
              <th role="columnheader" scope="col" key={column}>
                {headings[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => {
            const aspect = inLocale(row.aspect, currentLocale);
            const isCopied = copied?.id === row.id;
            return (
              <tr role="row" key={row.id} id={row.id} className={styles.row}>
                <th role="rowheader" scope="row" className={styles.aspect}>
                  <span>{aspect}</span>
                  <Link
                    to={`#${row.id}`}
                    className={styles.copyLink}
                    onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                      copyLink(event, row);
                    }}
                    aria-label={translate(
                      {
                        id: 'components.comparisonTable.copyLink',
                        message: '“{aspect}” 행 링크 복사',
                        description:
                          'Accessible name of the control that copies the address of one comparison table row',
                      },
                      { aspect },
                    )}
                    title={translate({
                      id: 'components.comparisonTable.copyLinkTooltip',
                      message: '이 행의 링크 복사',
                      description: 'Tooltip of the control that copies the address of a table row',
                    })}
                  >
                    <LinkIcon done={isCopied} />
                  </Link>
                </th>
                {COLUMNS.map((column) => (
                  <td role="cell" key={column}>
                    <span className={styles.cellLabel} aria-hidden="true">
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
      <p className="visually-hidden" role="status">
        {copied === null
          ? ''
          : translate(
              {
                id: 'components.comparisonTable.copied',
                message: '“{aspect}” 행의 링크를 복사했습니다.',
                description: 'Announced after the address of a comparison table row was copied',
              },
              { aspect: inLocale(copied.aspect, currentLocale) },
            )}
      </p>
    </div>
  );
}
