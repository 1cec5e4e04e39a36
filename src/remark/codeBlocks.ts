/**
 * Remark plugin for MDX: a file with a code block (a fenced block, or a `<CodeBlock>` element)
 * imports `src/theme/CodeBlock/highlighting`, so Prism loads with that page's route chunks,
 * before hydration, and only there (see src/plugins/leanClient).
 */
export const HIGHLIGHTING_MODULE = '@site/src/theme/CodeBlock/highlighting';

interface MdastNode {
  readonly type: string;
  readonly name?: string | null;
  readonly value?: unknown;
  children?: MdastNode[];
}

function hasCodeBlock(node: MdastNode): boolean {
  if (node.type === 'code') return true;
  const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (isElement && node.name === 'CodeBlock') return true;
  return (node.children ?? []).some(hasCodeBlock);
}

/** An `import '<module>';` statement as an MDX ESM node, with the estree MDX compiles from. */
function sideEffectImport(module: string): MdastNode & { data: unknown } {
  return {
    type: 'mdxjsEsm',
    value: `import ${JSON.stringify(module)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [],
            source: { type: 'Literal', value: module, raw: JSON.stringify(module) },
          },
        ],
      },
    },
  };
}

export default function remarkCodeBlocks() {
  return (tree: MdastNode): void => {
    if (!hasCodeBlock(tree)) return;
    tree.children = [sideEffectImport(HIGHLIGHTING_MODULE), ...(tree.children ?? [])];
  };
}
