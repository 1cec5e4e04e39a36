import {
  Children,
  isValidElement,
  type FunctionComponent,
  type ReactElement,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import { useLocation } from '@docusaurus/router';
import { textOf } from '@site/src/components/CopyLink/copy';
import { useBilingual, type Bilingual } from './context';
import OtherSectionView from './OtherSectionView';
import SectionSlot, { koreanHref } from './SectionSlot';
import StaleNotice from './StaleNotice';
import { INTRO } from './otherSections';
import styles from './styles.module.css';

interface Group {
  readonly id: string;
  readonly nodes: ReactNode[];
}

/**
 * The top-level blocks of an MDX document. MDX hands its `wrapper` one element that renders
 * them; calling that render function here (it only reads the MDX components from context) gives
 * the blocks themselves, so that they can be grouped by section. Anything else stays whole.
 */
function mdxBlocks(children: ReactNode): ReactNode[] | null {
  if (!isValidElement(children) || typeof children.type !== 'function') return null;
  const render = children.type as FunctionComponent<unknown>;
  const content = render(children.props) as ReactNode;
  if (!isValidElement(content)) return null;
  return Children.toArray((content as ReactElement<{ children?: ReactNode }>).props.children);
}

function idOf(node: ReactNode): string | undefined {
  if (!isValidElement(node)) return undefined;
  const { id } = node.props as { id?: unknown };
  return typeof id === 'string' ? id : undefined;
}

/** Blocks grouped by section: INTRO (title and text before the first h2/h3), then each h2/h3. */
function groupBlocks(blocks: readonly ReactNode[], sectionIds: ReadonlySet<string>): Group[] {
  const groups: Group[] = [{ id: INTRO, nodes: [] }];
  for (const block of blocks) {
    const id = idOf(block);
    if (id !== undefined && sectionIds.has(id)) groups.push({ id, nodes: [block] });
    else groups[groups.length - 1]?.nodes.push(block);
  }
  return groups;
}

/** Index of the block after which a section's strip goes: its heading (the title for INTRO). */
function headIndex(group: Group): number {
  const index = group.nodes.findIndex((node) => isValidElement(node));
  return Math.max(index, 0);
}

function withStrips(groups: readonly Group[], ownPath: string): ReactNode[] {
  return groups.flatMap((group) => {
    const at = headIndex(group) + 1;
    return [
      ...group.nodes.slice(0, at),
      <SectionSlot
        key={`bilingual-slot-${group.id}`}
        sectionId={group.id}
        ownPath={ownPath}
        sectionName={textOf(group.nodes[at - 1]).trim()}
      />,
      ...group.nodes.slice(at),
    ];
  });
}

function ParallelRows({
  groups,
  bilingual,
  ownPath,
}: {
  readonly groups: readonly Group[];
  readonly bilingual: Bilingual;
  readonly ownPath: string;
}): ReactNode {
  const { sections, otherLang, stale, locale } = bilingual;
  return (
    <div className={styles.parallel} data-bilingual-parallel="">
      {groups.map((group) => {
        const at = headIndex(group) + 1;
        const isStale = stale.has(group.id);
        return (
          <div key={group.id} className={styles.row} data-section={group.id}>
            <div className={clsx(styles.cell, styles.own)}>
              {group.nodes.slice(0, at)}
              {locale === 'en' && isStale && (
                <StaleNotice koreanHref={koreanHref(bilingual, group.id, ownPath)} />
              )}
              {group.nodes.slice(at)}
            </div>
            <div className={clsx(styles.cell, styles.other)}>
              {locale === 'ko' && isStale && <StaleNotice />}
              <OtherSectionView section={sections?.get(group.id)} lang={otherLang} />
            </div>
          </div>
        );
      })}
    </div>
  );
}

/**
 * MDX `wrapper` (registered in src/theme/MDXComponents.tsx). On doc pages that exist in both
 * languages it adds each section's strip (SectionSlot) under its heading and, in the parallel
 * view, lays the page out as rows of sections: this language beside the other, aligned by the
 * heading ids both share. Elsewhere it renders the document unchanged.
 */
export default function BilingualMdx({ children }: { readonly children?: ReactNode }): ReactNode {
  const bilingual = useBilingual();
  const { pathname } = useLocation();
  // Called on every render, whatever the view, so the hooks inside stay in the same order.
  const blocks = mdxBlocks(children);
  if (bilingual === null || blocks === null || !bilingual.translated) return children;
  const groups = groupBlocks(blocks, bilingual.sectionIds);
  if (bilingual.view === 'parallel' && bilingual.status === 'ready') {
    return <ParallelRows groups={groups} bilingual={bilingual} ownPath={pathname} />;
  }
  return withStrips(groups, pathname);
}
