/**
 * MDX → clean Markdown, on the MDX syntax tree (remark-mdx with GFM, as Docusaurus parses the
 * pages), for the Markdown copies of the pages (`src/plugins/llms`). Import and export lines and
 * `{/* comments *\/}` (heading ids, proofreading switches) are dropped; every JSX element is
 * rendered as Markdown by its handler in `./components.ts` (terms as their text, the comparison
 * table as a GFM table, diagrams as their text description...). An element without a handler, or
 * a JS expression that is not a comment, stops the build with the file, line and element: nothing
 * is dropped silently. Links become absolute URLs (`context.link`), so a copy pasted into a wiki
 * still leads to the site.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { COMPONENTS, type ComponentArgs } from './components';
import { fail, headingsOf, type MarkdownContext, type SourceNode } from './context';
import { withoutFrontMatter } from '../../utils/frontMatter';

export { headingText } from './context';

export { MarkdownConversionError, type MarkdownContext } from './context';

const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const EXPRESSIONS = new Set(['mdxFlowExpression', 'mdxTextExpression']);

/** Only `{/* ... *\/}`: an expression that is one or more block comments and nothing else. */
function isComment(node: SourceNode): boolean {
  const value = typeof node.value === 'string' ? node.value : '';
  return /^\s*(\/\*[\s\S]*?\*\/\s*)+$/.test(value);
}

/** The converted children of a node. */
export function convertChildren(node: SourceNode, context: MarkdownContext): RootContent[] {
  return (node.children ?? []).flatMap((child) => convertNode(child, context));
}

function convertNode(node: SourceNode, context: MarkdownContext): RootContent[] {
  if (node.type === 'mdxjsEsm' || node.type === 'yaml' || node.type === 'toml') return [];
  if (EXPRESSIONS.has(node.type)) {
    if (isComment(node)) return [];
    return fail(
      context,
      node,
      `the expression {${String(node.value)}} has no Markdown rendering; only {/* comments */} are allowed in a page`,
    );
  }
  if (node.type === 'html') {
    return fail(context, node, 'raw HTML has no Markdown rendering');
  }
  if (JSX_ELEMENTS.has(node.type)) {
    const name = node.name ?? '';
    const handler = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
    if (handler === undefined) {
      return fail(
        context,
        node,
        `<${name || 'fragment'}> has no Markdown rendering. Add a handler for it to ` +
          `COMPONENTS in src/plugins/llms/components.ts (known: ${Object.keys(COMPONENTS).join(', ')}).`,
      );
    }
    const args: ComponentArgs = {
      node,
      context,
      inline: node.type === 'mdxJsxTextElement',
      children: () => convertChildren(node, context),
      convert: (nodes) => nodes.flatMap((child) => convertNode(child, context)),
    };
    return handler(args);
  }
  const { children } = node;
  const copy: Record<string, unknown> = { ...node };
  delete copy.position;
  if (typeof node.url === 'string' && (node.type === 'link' || node.type === 'definition')) {
    copy.url = context.link(node.url);
  }
  if (node.type === 'image') {
    return fail(context, node, 'images have no Markdown copy yet; describe the image in text');
  }
  if (children !== undefined) {
    let converted = convertChildren(node, context);
    if (node.type === 'heading') {
      converted = trimEnd(converted as PhrasingContent[]);
      const id = headingId(node);
      if (id !== undefined)
        headingsOf(context).set(id, toString({ type: 'root', children: converted }));
    }
    copy.children = converted;
  }
  return [copy as unknown as RootContent];
}

/** The `#id` of a heading's `{/* #id *\/}` comment. */
function headingId(node: SourceNode): string | undefined {
  for (const child of node.children ?? []) {
    if (child.type !== 'mdxTextExpression' || typeof child.value !== 'string') continue;
    const match = /^\s*\/\*\s*#([\w-]+)\s*\*\/\s*$/.exec(child.value);
    if (match) return match[1];
  }
  return undefined;
}

/** Drops the space left before a removed `{/* #id *\/}` at the end of a heading. */
function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const last = children.at(-1);
  if (last?.type !== 'text') return children;
  const value = last.value.replace(/\s+$/, '');
  return value === '' ? children.slice(0, -1) : [...children.slice(0, -1), { ...last, value }];
}

// The parser of `@mdx-js/mdx` (format `mdx`) with GFM, as Docusaurus reads the pages; built from
// its parts because `@mdx-js/mdx` cannot be `require`d, and Docusaurus loads plugins as CommonJS.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Markdown text of an mdast tree, GFM tables included. */
export function stringify(tree: Nodes): string {
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    emphasis: '_',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
  });
}

/** Parses an MDX page and returns its clean mdast (no MDX node left). */
export function mdxToMdast(source: string, context: MarkdownContext): Root {
  const tree = processor.parse(withoutFrontMatter(source)) as unknown as SourceNode;
  return { type: 'root', children: convertChildren(tree, context) };
}

/**
 * The Markdown copy of an MDX page. `title` becomes the `# heading` when the page's text does not
 * start with one (a page may take its title from the front matter only).
 */
export function mdxToMarkdown(source: string, context: MarkdownContext, title?: string): string {
  const tree = mdxToMdast(source, context);
  const first = tree.children[0];
  if (title !== undefined && !(first?.type === 'heading' && first.depth === 1)) {
    tree.children.unshift({
      type: 'heading',
      depth: 1,
      children: [{ type: 'text', value: title }],
    });
  }
  return stringify(tree);
}
