import { lazy, Suspense, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import { highlightedCodeBlock } from './registry';

// For a code block whose route did not import `./highlighting` (a <CodeBlock> written in a React
// page rather than in MDX): Prism loads on demand. Such a page should import it instead.
const LazyCodeBlock = lazy(() => import('./highlighting'));

/**
 * The theme's code block, without Prism in every page's JavaScript (README in this folder): MDX
 * files with code import `./highlighting` (src/remark/codeBlocks.ts), which registers the real
 * component before the page renders, on the server and in the browser alike.
 */
export default function CodeBlock(props: Props): ReactNode {
  return (
    highlightedCodeBlock(props) ?? (
      <Suspense fallback={<pre>{props.children}</pre>}>
        <LazyCodeBlock {...props} />
      </Suspense>
    )
  );
}
