/**
 * Remark plugin for MDX: the site's components are written as plain tags (`<SelfCheck
 * edition="revised" />`) without an `import` line, and each file imports, at build time, those it
 * uses. So a page ships the components on it and no others: a diagram, the comparison table and
 * their data travel only with the pages that show them, instead of with every doc page as they
 * did when registered globally in `src/theme/MDXComponents.tsx` (see src/theme/README.md).
 */
import { mdxjsEsmImport, type MdastNode } from './mdxEsm';

/** Tag name → module whose default export renders it. */
export const MDX_COMPONENT_MODULES = {
  ComparisonTable: '@site/src/components/ComparisonTable',
  DeploymentEvolutionDiagram: '@site/src/components/Diagrams/DeploymentEvolutionDiagram',
  Fact: '@site/src/components/Fact',
  FactSources: '@site/src/components/FactSources',
  KnowledgeCheck: '@site/src/components/KnowledgeCheck',
  VmProblemsDiagram: '@site/src/components/Diagrams/VmProblemsDiagram',
  ContainerSolutionDiagram: '@site/src/components/Diagrams/ContainerSolutionDiagram',
  StackComparisonDiagram: '@site/src/components/Diagrams/StackComparisonDiagram',
  ReferenceLinks: '@site/src/components/ReferenceLinks',
  SelfCheck: '@site/src/components/SelfCheck',
} as const satisfies Record<string, string>;

type ComponentName = keyof typeof MDX_COMPONENT_MODULES;

function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(MDX_COMPONENT_MODULES, name);
}

function usedTags(node: MdastNode, into: Set<string>): Set<string> {
  const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (isElement && typeof node.name === 'string') into.add(node.name);
  for (const child of node.children ?? []) usedTags(child, into);
  return into;
}

interface EstreeNode {
  readonly type: string;
  readonly local?: { readonly name?: string };
  readonly specifiers?: readonly EstreeNode[];
  readonly declaration?: {
    readonly id?: { readonly name?: string } | null;
    readonly declarations?: readonly { readonly id?: { readonly name?: string } }[];
  } | null;
}

/** Names the file declares itself, in its own `import` and `export` statements. */
function declaredNames(tree: MdastNode): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    const body = (node.data as { estree?: { body?: readonly EstreeNode[] } } | undefined)?.estree
      ?.body;
    for (const statement of body ?? []) {
      for (const specifier of statement.specifiers ?? []) {
        if (specifier.local?.name) names.add(specifier.local.name);
      }
      const declaration = statement.declaration;
      if (declaration?.id?.name) names.add(declaration.id.name);
      for (const declarator of declaration?.declarations ?? []) {
        if (declarator.id?.name) names.add(declarator.id.name);
      }
    }
  }
  return names;
}

export default function remarkMdxComponents() {
  return (tree: MdastNode): void => {
    const declared = declaredNames(tree);
    const imports = [...usedTags(tree, new Set())]
      .filter(isComponentName)
      .filter((name) => !declared.has(name))
      .sort()
      .map((name) => mdxjsEsmImport(MDX_COMPONENT_MODULES[name], name));
    if (imports.length > 0) tree.children = [...imports, ...(tree.children ?? [])];
  };
}
