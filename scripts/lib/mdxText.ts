/**
 * What a reader sees of an MDX page, read from the MDX syntax tree (`@mdx-js/mdx`, with GFM as
 * Docusaurus parses it), not with regular expressions: the text visible without opening
 * anything, the change-list section, and where each glossary term is first used.
 *
 * Visible text is the text of the MDX itself: prose, headings, code, table cells, the summary of
 * a closed `<details>` and, for a self-closing `<Term id="x" />`, the term's name. Text that
 * components draw from data (the comparison table, diagrams, facts) is not counted, so a share
 * of the page computed here is, if anything, larger than what readers see.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { withoutFrontMatter } from '../../src/utils/frontMatter';

export interface MdxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly value?: unknown;
  readonly depth?: number;
  readonly url?: string;
  readonly attributes?: readonly {
    readonly type: string;
    readonly name?: string;
    readonly value?: unknown;
  }[];
  readonly children?: readonly MdxNode[];
  readonly position?: { readonly start: { readonly line: number; readonly offset?: number } };
}

const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

/** The MDX syntax tree of a page (front matter left out). */
export function parseMdx(source: string): MdxNode {
  return processor.parse(withoutFrontMatter(source));
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const INVISIBLE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'html']);

export function isElement(node: MdxNode, name?: string): boolean {
  return JSX.has(node.type) && (name === undefined || node.name === name);
}

export function attribute(node: MdxNode, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

function hasAttribute(node: MdxNode, name: string): boolean {
  return node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === name) ?? false;
}

/** A `<details>` that is closed until the reader opens it. */
export function isClosedDetails(node: MdxNode): boolean {
  return isElement(node, 'details') && !hasAttribute(node, 'open');
}

/** The `<summary>` elements of a `<details>` (not those of a nested one). */
export function summariesOf(details: MdxNode): MdxNode[] {
  const found: MdxNode[] = [];
  const visit = (node: MdxNode): void => {
    for (const child of node.children ?? []) {
      if (isElement(child, 'summary')) found.push(child);
      else if (!isElement(child, 'details')) visit(child);
    }
  };
  visit(details);
  return found;
}

export interface TextOptions {
  /** The name a self-closing `<Term id>` shows (the glossary name in the page's language). */
  readonly termName?: (id: string) => string;
}

/** The text a reader sees of a node without opening anything. */
export function visibleText(node: MdxNode, options: TextOptions = {}): string {
  if (INVISIBLE.has(node.type) || node.type === 'image') return '';
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
    return typeof node.value === 'string' ? node.value : '';
  }
  if (isClosedDetails(node)) {
    return summariesOf(node)
      .map((summary) => visibleText(summary, options))
      .join(' ');
  }
  if (isElement(node, 'Term') && (node.children ?? []).length === 0) {
    const id = attribute(node, 'id');
    return typeof id === 'string' ? (options.termName?.(id) ?? '') : '';
  }
  return (node.children ?? []).map((child) => visibleText(child, options)).join(' ');
}

/** Characters that are not whitespace. */
export function charCount(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length;
}

/** The explicit id of a heading (`{/* #id *\/}`), or null. */
export function headingId(heading: MdxNode): string | null {
  for (const child of heading.children ?? []) {
    if (child.type !== 'mdxTextExpression' || typeof child.value !== 'string') continue;
    const match = /^\s*\/\*\s*#([^\s*]+)\s*\*\/\s*$/.exec(child.value);
    if (match?.[1] !== undefined) return match[1];
  }
  return null;
}

/** The heading with this id and the top-level blocks of its section (up to the next heading of
 * the same or a higher level), or null when the page has no such heading. */
export function section(root: MdxNode, id: string): MdxNode[] | null {
  const blocks = root.children ?? [];
  const start = blocks.findIndex((node) => node.type === 'heading' && headingId(node) === id);
  const heading = blocks[start];
  if (heading === undefined) return null;
  const depth = heading.depth ?? 1;
  const end = blocks.findIndex(
    (node, index) => index > start && node.type === 'heading' && (node.depth ?? 1) <= depth,
  );
  return blocks.slice(start, end < 0 ? undefined : end);
}

function lineOf(node: MdxNode): number {
  return node.position?.start.line ?? 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Change lists (decisions §2): collapsed, counted, and at most 15% of what a reader sees.     */

export const CHANGE_LIST_ID = 'changes-from-original';
export const MAX_CHANGE_LIST_SHARE = 0.15;

export interface ChangeListReport {
  readonly file: string;
  /** Visible characters (no whitespace) of the whole page. */
  readonly pageChars: number;
  /** Visible characters of the `#changes-from-original` section, heading and summary included. */
  readonly sectionChars: number;
  /** sectionChars / pageChars. */
  readonly share: number;
  /** Top-level items of the collapsed list(s), or null without a section. */
  readonly items: number | null;
  readonly problems: readonly string[];
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function topLevelListItems(node: MdxNode): number {
  if (node.type === 'list') return (node.children ?? []).length;
  if (isElement(node, 'details')) return 0;
  return (node.children ?? []).reduce((sum, child) => sum + topLevelListItems(child), 0);
}

function listsOutsideDetails(node: MdxNode): MdxNode[] {
  if (node.type === 'list') return [node];
  if (isElement(node, 'details')) return [];
  return (node.children ?? []).flatMap(listsOutsideDetails);
}

/**
 * Checks a page's change-list section: what it shows without opening anything is at most
 * MAX_CHANGE_LIST_SHARE of the page's visible text, and its list sits in a `<details>` whose
 * summary gives the number of items.
 */
export function changeListReport(
  file: string,
  source: string,
  options: TextOptions = {},
): ChangeListReport {
  const root = parseMdx(source);
  const pageChars = charCount(visibleText(root, options));
  const blocks = section(root, CHANGE_LIST_ID);
  if (blocks === null) {
    return { file, pageChars, sectionChars: 0, share: 0, items: null, problems: [] };
  }
  const sectionChars = charCount(blocks.map((block) => visibleText(block, options)).join(' '));
  const share = pageChars === 0 ? 0 : sectionChars / pageChars;
  const problems: string[] = [];
  const where = `${file}:${String(lineOf(blocks[0] ?? root))} #${CHANGE_LIST_ID}`;
  if (share > MAX_CHANGE_LIST_SHARE) {
    problems.push(
      `${where}: the change list shows ${percent(share)} of the page's visible text ` +
        `(${String(sectionChars)} of ${String(pageChars)} characters; at most ` +
        `${percent(MAX_CHANGE_LIST_SHARE)}). Collapse it in <details> or shorten it.`,
    );
  }
  const openLists = blocks.flatMap(listsOutsideDetails);
  for (const list of openLists) {
    problems.push(
      `${file}:${String(lineOf(list))}: a list of the change-list section is not inside ` +
        '<details> (decisions §2: <details>, then <summary> with the number of items)',
    );
  }
  const disclosures = blocks.filter((block) => isElement(block, 'details'));
  let items = 0;
  for (const details of disclosures) {
    const count = (details.children ?? []).reduce(
      (sum, child) => sum + topLevelListItems(child),
      0,
    );
    items += count;
    const summary = summariesOf(details)
      .map((node) => visibleText(node, options))
      .join(' ');
    const numbers = (summary.match(/\d+/g) ?? []).map(Number);
    const at = `${file}:${String(lineOf(details))}`;
    if (summary.trim() === '') {
      problems.push(`${at}: the change list's <details> has no <summary>`);
    } else if (numbers.length !== 1) {
      problems.push(
        `${at}: the summary "${summary.trim()}" must state the number of changes (${String(count)})`,
      );
    } else if (numbers[0] !== count) {
      problems.push(
        `${at}: the summary "${summary.trim()}" says ${String(numbers[0])}, but the list has ${String(count)} items`,
      );
    }
  }
  if (disclosures.length === 0 && openLists.length === 0 && blocks.length > 1) {
    problems.push(`${where}: the change list is not collapsed in a <details>`);
  }
  return { file, pageChars, sectionChars, share, items, problems };
}

/* ------------------------------------------------------------------------------------------ */
/* English at a term's first use on a page (한영 병기).                                        */

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/;

/** Whether `text` starts with a parenthesised English gloss: `(hypervisor)`, `(control group, cgroup)`. */
function startsWithGloss(text: string): boolean {
  const match = /^\(([^()]*)\)/.exec(text);
  const inner = match?.[1] ?? '';
  return /[A-Za-z]/.test(inner) && !HANGUL.test(inner);
}

/**
 * What may follow a noun in Korean running text: nothing, a non-Hangul character, a particle,
 * the copula or 하다/되다. Anything else makes the name part of a longer word (배포 in 배포판).
 */
const AFTER_NOUN =
  /^(?:$|[^\uac00-\ud7af]|은|는|이|가|을|를|의|에|와|과|도|만|로|으로|처럼|보다|까지|부터|마다|끼리|나|든|라|란|랑|야|요|다|인|일|임|하|한|할|함|합|해|했|되|된|될|됨|돼|됐|들|뿐|조차|마저|씩|쯤|께)/;

export interface GlossaryName {
  readonly id: string;
  /** The Korean name (`name.ko` in src/data/glossary.ts). */
  readonly ko: string;
}

export interface TermUse {
  readonly id: string;
  readonly line: number;
  /** What the reader sees: the Term's words, or the glossary name for a self-closing Term. */
  readonly text: string;
  /** `term` for a `<Term>`, `plain` for the Korean name in running text. */
  readonly kind: 'term' | 'plain';
  /** Whether the English is given in parentheses, inside the Term or right after it. */
  readonly glossed: boolean;
}

export interface FirstUseProblem {
  readonly file: string;
  readonly line: number;
  readonly id: string;
  readonly text: string;
  readonly message: string;
}

interface Occurrence extends TermUse {
  readonly offset: number;
}

/** A link to another site: its words are the title of a source, not the page's own prose. */
function isCitation(node: MdxNode): boolean {
  return (
    node.type === 'link' && typeof node.url === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(node.url)
  );
}

/** The text that directly follows `node` among its siblings, if it is text. */
function textAfter(siblings: readonly MdxNode[], index: number): string {
  const next = siblings[index + 1];
  return next?.type === 'text' && typeof next.value === 'string' ? next.value : '';
}

/** Occurrences of the glossary's Korean names in a text, longest name first at each place. */
function namesIn(
  text: string,
  names: readonly GlossaryName[],
): { id: string; name: string; index: number }[] {
  const found: { id: string; name: string; index: number }[] = [];
  let index = 0;
  while (index < text.length) {
    const startsWord = index === 0 || !HANGUL.test(text.charAt(index - 1));
    const match = startsWord
      ? names.find(
          (n) => text.startsWith(n.ko, index) && AFTER_NOUN.test(text.slice(index + n.ko.length)),
        )
      : undefined;
    if (match === undefined) {
      index += 1;
      continue;
    }
    found.push({ id: match.id, name: match.ko, index });
    index += match.ko.length;
  }
  return found;
}

/**
 * Every use of a glossary term on a page, in order: each `<Term id>`, and the Korean name of a
 * glossary term in running text (not in headings, code, citations — the words of a link to
 * another site — or another term's `<Term>`).
 */
export function termUses(source: string, glossary: readonly GlossaryName[]): TermUse[] {
  const root = parseMdx(source);
  const names = glossary
    .filter((term) => HANGUL.test(term.ko))
    .sort((a, b) => b.ko.length - a.ko.length);
  const byId = new Map(glossary.map((term) => [term.id, term.ko]));
  const uses: Occurrence[] = [];

  const visit = (node: MdxNode, siblings: readonly MdxNode[], index: number): void => {
    if (node.type === 'heading' || node.type === 'code' || node.type === 'inlineCode') return;
    if (INVISIBLE.has(node.type) || isCitation(node)) return;
    if (isElement(node, 'Term')) {
      const id = attribute(node, 'id');
      if (typeof id !== 'string') return;
      const own = (node.children ?? []).map((child) => visibleText(child)).join('');
      const text = own === '' ? (byId.get(id) ?? id) : own;
      const gloss = /\([^()]*\)\s*$/.exec(text);
      const glossed =
        (gloss !== null && startsWithGloss(gloss[0])) ||
        startsWithGloss(textAfter(siblings, index).trimStart());
      uses.push({
        id,
        text,
        kind: 'term',
        glossed: glossed || !HANGUL.test(text),
        line: lineOf(node),
        offset: node.position?.start.offset ?? 0,
      });
      return;
    }
    if (node.type === 'text' && typeof node.value === 'string') {
      const value = node.value;
      for (const found of namesIn(value, names)) {
        const rest = value.slice(found.index + found.name.length);
        const before = value.slice(0, found.index);
        uses.push({
          id: found.id,
          text: found.name,
          kind: 'plain',
          glossed: startsWithGloss(rest),
          line: lineOf(node) + (before.match(/\n/g) ?? []).length,
          offset: (node.position?.start.offset ?? 0) + found.index,
        });
      }
      return;
    }
    const children = node.children ?? [];
    children.forEach((child, childIndex) => {
      visit(child, children, childIndex);
    });
  };
  visit(root, [], 0);
  return uses
    .sort((a, b) => a.offset - b.offset)
    .map(({ id, line, text, kind, glossed }) => ({ id, line, text, kind, glossed }));
}

/**
 * The site's rule, "English in parentheses at a term's first use on each page": for every term
 * the page marks with `<Term id>`, its first use must give the English in parentheses — in the
 * Term (`하이퍼바이저(hypervisor)`) or right after it — unless its name is Latin already (OCI,
 * `Dockerfile`); and that first use must be the `<Term>` itself, not the Korean name in running
 * text before it.
 */
export function firstUseProblems(
  file: string,
  source: string,
  glossary: readonly GlossaryName[],
): FirstUseProblem[] {
  const uses = termUses(source, glossary);
  const problems: FirstUseProblem[] = [];
  const marked = new Set(uses.filter((use) => use.kind === 'term').map((use) => use.id));
  const seen = new Set<string>();
  for (const use of uses) {
    if (!marked.has(use.id) || seen.has(use.id)) continue;
    seen.add(use.id);
    const { id, line, text } = use;
    if (use.kind === 'plain') {
      const firstTerm = uses.find((u) => u.id === id && u.kind === 'term');
      problems.push({
        file,
        line,
        id,
        text,
        message:
          `"${text}" is first used in plain text${use.glossed ? ' (with the English)' : ''}, ` +
          `before its <Term id="${id}"> at line ${String(firstTerm?.line ?? 0)}: make this ` +
          'use the <Term> with the English in parentheses',
      });
    } else if (!use.glossed) {
      problems.push({
        file,
        line,
        id,
        text,
        message: `the first <Term id="${id}"> ("${text}") gives no English in parentheses`,
      });
    }
  }
  return problems;
}
