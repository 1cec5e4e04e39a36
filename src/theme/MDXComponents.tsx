import MDXComponents from '@theme-original/MDXComponents';
import Term from '@site/src/components/Term';
import BilingualMdx from '@site/src/components/ParallelView/BilingualMdx';

// Components every MDX page uses, in scope without an import (see README.md in this folder). The
// site's other components (diagrams, comparison table, references, self-check) are imported by
// the files that use them, at build time (src/remark/mdxComponents.ts).
export default {
  ...MDXComponents,
  Term,
  // MDX's `wrapper`: section strips and the parallel view on doc pages (README in this folder).
  wrapper: BilingualMdx,
};
