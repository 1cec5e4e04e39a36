/**
 * Remark plugin for MDX: a file with a code block (a fenced block, or a `<CodeBlock>` element)
 * imports `src/theme/CodeBlock/highlighting`, so Prism loads with that page's route chunks,
 * before hydration, and only there (see src/plugins/leanClient).
 */
import { mdxjsEsmImport, type MdastNode } from './mdxEsm';

export const HIGHLIGHTING_MODULE = '@site/src/theme/CodeBlock/highlighting';

function hasCodeBlock(node: MdastNode): boolean {
  if (node.type === 'code') return true;
  const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (isElement && node.name === 'CodeBlock') return true;
  return (node.children ?? []).some(hasCodeBlock);
}

export default function remarkCodeBlocks() {
  return (tree: MdastNode): void => {
    if (!hasCodeBlock(tree)) return;
    tree.children = [mdxjsEsmImport(HIGHLIGHTING_MODULE), ...(tree.children ?? [])];
  };
}
