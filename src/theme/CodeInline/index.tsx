import type { ReactNode } from 'react';
import CodeInline from '@theme-original/CodeInline';
import type { Props } from '@theme/CodeInline';
import { splitInlineCode } from './tokens';
import styles from './styles.module.css';

/**
 * The theme's inline code, breaking across lines only between its words: `--memory=512m` stays
 * whole (./tokens.ts). The text is unchanged (no invisible characters), so what a reader copies
 * is what the page shows.
 */
export default function CodeInlineWrapper({ children, ...props }: Props): ReactNode {
  if (typeof children !== 'string') return <CodeInline {...props}>{children}</CodeInline>;
  const pieces = splitInlineCode(children);
  if (!pieces.some((piece) => piece.keep)) return <CodeInline {...props}>{children}</CodeInline>;
  return (
    <CodeInline {...props}>
      {pieces.map((piece, index) =>
        piece.keep ? (
          // The pieces never change order: the index is a stable key.
          <span key={index} className={styles.keptWord}>
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </CodeInline>
  );
}
