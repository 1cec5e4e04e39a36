// Prism, the configured extra languages (`prism.additionalLanguages`) and the theme's code block.
// MDX files with a code block import this module (src/remark/codeBlocks.ts), so it loads with
// their route, before the page hydrates; pages without code never download Prism.
import type { ComponentType } from 'react';
import { Prism } from 'prism-react-renderer';
import includeLanguages from '@theme/prism-include-languages';
import OriginalCodeBlock from '@theme-original/CodeBlock';
import type { Props } from '@theme/CodeBlock';
import { registerHighlightedCodeBlock } from './registry';

// `@theme-original/*` modules are untyped; this one is the theme's CodeBlock.
const CodeBlock = OriginalCodeBlock as ComponentType<Props>;

includeLanguages(Prism);
registerHighlightedCodeBlock(CodeBlock);

export default CodeBlock;
