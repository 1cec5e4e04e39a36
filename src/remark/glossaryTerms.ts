/**
 * Remark plugin for the docs.
 * - Every `<Term id="...">` must name a glossary term. An unknown id stops the build with the
 *   file, line and column, a likely intended id and the list of valid ids — a link to a term that
 *   does not exist would otherwise only show up as a broken anchor.
 * - Each `<Term>` gets the text of its preview (both names, both short definitions) as props, so
 *   a doc page carries the few terms it uses instead of the whole glossary's JavaScript.
 */
import { relative } from 'node:path';
import { glossary, type GlossaryTerm } from '../data/glossary';
import type { MdastNode, MdxAttribute } from './mdxEsm';

/** The props the plugin adds; `src/components/Term` reads them. */
export const PREVIEW_PROPS = ['nameKo', 'nameEn', 'shortKo', 'shortEn'] as const;

function previewAttributes(term: GlossaryTerm): MdxAttribute[] {
  const values = [term.name.ko, term.name.en, term.short.ko, term.short.en];
  return PREVIEW_PROPS.map((name, index) => ({
    type: 'mdxJsxAttribute',
    name,
    value: values[index],
  }));
}

interface MdxFile {
  readonly path?: string;
}

export interface GlossaryTermsOptions {
  /** The glossary; `src/data/glossary.ts` by default (tests pass their own). */
  readonly terms?: readonly GlossaryTerm[];
}

/** The number of single-character edits between two strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function closest(id: string, ids: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of ids) {
    const distance = editDistance(id, candidate);
    if (best === undefined || distance < best.distance) best = { id: candidate, distance };
  }
  return best !== undefined && best.distance <= Math.max(2, id.length / 3) ? best.id : undefined;
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The term a `<Term>` names, or what is wrong with it. */
function termOf(
  node: MdastNode,
  byId: ReadonlyMap<string, GlossaryTerm>,
  ids: readonly string[],
): GlossaryTerm | string {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (attribute === undefined) return '<Term> has no id — write <Term id="container">…</Term>.';
  if (typeof attribute.value !== 'string') {
    return '<Term id={…}> must be a plain string, e.g. id="container", so the build can check it.';
  }
  const term = byId.get(attribute.value);
  if (term !== undefined) return term;
  const suggestion = closest(attribute.value, ids);
  const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
  return `<Term id="${attribute.value}"> is not a glossary term.${hint}`;
}

export default function remarkGlossaryTerms(options: GlossaryTermsOptions = {}) {
  const terms = options.terms ?? glossary;
  const byId = new Map(terms.map((term) => [term.id, term]));
  const ids = terms.map((term) => term.id);
  const injected = new Set<string>(PREVIEW_PROPS);
  return (tree: MdastNode, file: MdxFile): void => {
    const problems: string[] = [];
    walk(tree, (node) => {
      const isElement = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
      if (!isElement || node.name !== 'Term') return;
      const found = termOf(node, byId, ids);
      if (typeof found !== 'string') {
        const kept = (node.attributes ?? []).filter((a) => !injected.has(a.name ?? ''));
        node.attributes = [...kept, ...previewAttributes(found)];
        return;
      }
      const start = node.position?.start;
      const at =
        start === undefined ? '' : ` (at line ${String(start.line)}:${String(start.column)})`;
      problems.push(`  ${found}${at}`);
    });
    if (problems.length === 0) return;
    const name = file.path === undefined ? 'an MDX file' : relative(process.cwd(), file.path);
    throw new Error(
      [
        `Unknown glossary term in ${name}:`,
        ...problems,
        `Valid ids (src/data/glossary.ts): ${[...ids].sort().join(', ')}.`,
        'Fix the id, or add the term to src/data/glossary.ts first.',
      ].join('\n'),
    );
  };
}
