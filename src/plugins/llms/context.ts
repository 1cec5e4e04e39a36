/** What the MDX → Markdown conversion knows about the page it converts, and its errors. */

export type Edition = 'original' | 'revised';

export interface MarkdownContext {
  /** The source file, for error messages (relative to the site). */
  readonly file: string;
  /** The page's doc id (`containers`), or the page's name for a page that is not a doc. */
  readonly docId: string;
  /** The locale being built (`ko`, `en`). */
  readonly locale: string;
  readonly edition: Edition;
  /**
   * The absolute URL for a link written in the page: `#anchor` (this page), `./page.mdx#anchor`
   * (a doc of the same edition and locale), `/glossary` (a site path, locale prefix added),
   * `https://...` (unchanged). Throws on a target it cannot resolve.
   */
  readonly link: (url: string) => string;
  /** The UI text with this id in the locale (`i18n/<locale>/code.json`); throws when missing. */
  readonly message: (id: string) => string;
  /** The pages of this page's edition, in sidebar order, for `<StudyPath />`. */
  readonly studyPath: readonly StudyPathEntry[];
}

export interface StudyPathEntry {
  readonly docId: string;
  readonly label: string;
  /** Absolute URL of the page. */
  readonly url: string;
  readonly summary: string;
}

/** A node of the MDX syntax tree as the parser gives it (mdast plus the MDX node types). */
export interface SourceNode {
  readonly type: string;
  readonly name?: string | null;
  readonly value?: unknown;
  readonly url?: string;
  readonly attributes?: readonly {
    readonly type: string;
    readonly name?: string;
    readonly value?: unknown;
  }[];
  readonly children?: readonly SourceNode[];
  readonly position?: { readonly start: { readonly line: number; readonly column: number } };
  readonly [key: string]: unknown;
}

export class MarkdownConversionError extends Error {
  override name = 'MarkdownConversionError';
}

export function where(context: MarkdownContext, node: SourceNode): string {
  const start = node.position?.start;
  return start === undefined
    ? context.file
    : `${context.file}:${String(start.line)}:${String(start.column)}`;
}

/** Throws a conversion error naming the file, line and column of `node`. */
export function fail(context: MarkdownContext, node: SourceNode, message: string): never {
  throw new MarkdownConversionError(`${where(context, node)}: ${message}`);
}

/** The value of a string attribute of a JSX element (`edition="revised"`), or undefined. */
export function stringAttribute(node: SourceNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

const headings = new WeakMap<MarkdownContext, Map<string, string>>();
export function headingsOf(context: MarkdownContext): Map<string, string> {
  let map = headings.get(context);
  if (map === undefined) {
    map = new Map();
    headings.set(context, map);
  }
  return map;
}

/** The text of the heading with this id (`{/* #id *\/}`) converted so far in this page. */
export function headingText(context: MarkdownContext, id: string): string | undefined {
  return headings.get(context)?.get(id);
}
