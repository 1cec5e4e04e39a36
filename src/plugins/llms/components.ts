/**
 * The Markdown rendering of each JSX element the pages use, from the same data the React
 * components render (`src/data/*`, UI text from `i18n/<locale>/code.json`). A new MDX component
 * needs a handler here, or the build stops on the first page that uses it (`./convert.ts`).
 */
import type {
  BlockContent,
  ListItem,
  PhrasingContent,
  RootContent,
  TableCell,
  TableRow,
} from 'mdast';
import { COMPARISON_TABLES, type ComparisonEdition } from '../../data/comparison';
import { FACTS, FACT_IDS, capitalized, getFact } from '../../data/facts';
import { getGlossaryTerm, GLOSSARY_IDS } from '../../data/glossary';
import { inLocale } from '../../data/localized';
import { REFERENCES, referencesFor, type Reference } from '../../data/references';
import { fail, stringAttribute, type MarkdownContext, type SourceNode } from './context';
import { knowledgeCheckMarkdown } from './knowledgeCheck';

export interface ComponentArgs {
  readonly node: SourceNode;
  readonly context: MarkdownContext;
  /** Written inside a paragraph (`mdxJsxTextElement`): the result must be phrasing content. */
  readonly inline: boolean;
  /** The element's children, converted. */
  readonly children: () => RootContent[];
  /** Converts some nodes of the page (e.g. some of the element's children). */
  readonly convert: (nodes: readonly SourceNode[]) => RootContent[];
}

export type ComponentHandler = (args: ComponentArgs) => RootContent[];

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const strong = (value: string): PhrasingContent => ({
  type: 'strong',
  children: [text(value)],
});
export const link = (url: string, children: PhrasingContent[]): PhrasingContent => ({
  type: 'link',
  url,
  children,
});
export const paragraph = (children: PhrasingContent[]): BlockContent => ({
  type: 'paragraph',
  children,
});
export const list = (items: BlockContent[][]): BlockContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })),
});

function requireAttribute(args: ComponentArgs, name: string, allowed?: readonly string[]): string {
  const value = stringAttribute(args.node, name);
  if (value === undefined || (allowed !== undefined && !allowed.includes(value))) {
    return fail(
      args.context,
      args.node,
      `<${args.node.name ?? ''}> needs ${name}=${allowed ? allowed.map((a) => `"${a}"`).join(' or ') : '"..."'}` +
        `, got ${value === undefined ? 'none' : `"${value}"`}`,
    );
  }
  return value;
}

function requireBlock(args: ComponentArgs): void {
  if (args.inline) {
    fail(args.context, args.node, `<${args.node.name ?? ''}> must stand on its own line`);
  }
}

/** The element's own text: its children, unwrapped (an element inside a sentence). */
function unwrap({ children }: ComponentArgs): RootContent[] {
  return children();
}

function term(args: ComponentArgs): RootContent[] {
  const id = stringAttribute(args.node, 'id') ?? '';
  const entry = getGlossaryTerm(id);
  if (entry === undefined) {
    return fail(
      args.context,
      args.node,
      `<Term id="${id}">: no such glossary term (src/data/glossary.ts; known: ${GLOSSARY_IDS.join(', ')})`,
    );
  }
  const children = args.children();
  if (children.length > 0) return children;
  return [text(args.context.locale === 'en' ? entry.name.en : entry.name.ko)];
}

function fact(args: ComponentArgs): RootContent[] {
  const id = stringAttribute(args.node, 'id') ?? '';
  const found = getFact(id);
  if (found === undefined) {
    return fail(
      args.context,
      args.node,
      `<Fact id="${id}">: no such fact (src/data/facts.ts; known: ${FACT_IDS.join(', ')})`,
    );
  }
  return [text(inLocale(found.text, args.context.locale))];
}

function referenceLink(reference: Reference): PhrasingContent {
  return link(reference.url, [text(reference.title)]);
}

function factSources(args: ComponentArgs): RootContent[] {
  requireBlock(args);
  const { context } = args;
  const byId = new Map(REFERENCES.map((reference) => [reference.id, reference]));
  const label = context.message('components.factSources.sources');
  return [
    list(
      FACTS.map((item) => {
        const sources = item.sources.flatMap((id) => {
          const reference = byId.get(id);
          return reference === undefined ? [] : [reference];
        });
        return [
          paragraph([text(capitalized(inLocale(item.text, context.locale)))]),
          paragraph([
            text(`${label}: `),
            ...sources.flatMap((reference, index) => [
              ...(index > 0 ? [text(', ')] : []),
              referenceLink(reference),
              text(` (${reference.site})`),
            ]),
          ]),
        ];
      }),
    ),
  ];
}

function comparisonTable(args: ComponentArgs): RootContent[] {
  requireBlock(args);
  const { context } = args;
  const edition = requireAttribute(args, 'edition', ['original', 'revised']) as ComparisonEdition;
  const { columns, rows } = COMPARISON_TABLES[edition];
  const cell = (value: string): TableCell => ({
    type: 'tableCell',
    // A GFM cell is one line: the table's text never needs a line break.
    children: [text(value.replace(/\s*\n\s*/g, ' '))],
  });
  const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
  return [
    paragraph([strong(context.message('components.comparisonTable.caption'))]),
    {
      type: 'table',
      align: [null, null, null],
      children: [
        row([
          context.message('components.comparisonTable.aspect'),
          inLocale(columns.hypervisor, context.locale),
          inLocale(columns.container, context.locale),
        ]),
        ...rows.map((r) =>
          row([
            inLocale(r.aspect, context.locale),
            inLocale(r.hypervisor, context.locale),
            inLocale(r.container, context.locale),
          ]),
        ),
      ],
    },
  ];
}

function referenceLinks(args: ComponentArgs): RootContent[] {
  requireBlock(args);
  const { context } = args;
  const edition = requireAttribute(args, 'edition', ['original', 'revised']) as
    'original' | 'revised';
  return [
    list(
      referencesFor(edition).map((reference) => {
        const language = context.message(`components.referenceLinks.language.${reference.lang}`);
        const insecure =
          new URL(reference.url).protocol === 'http:'
            ? `, ${context.message('components.referenceLinks.insecure')}`
            : '';
        return [
          paragraph([
            referenceLink(reference),
            text(` (${reference.site}, ${language}${insecure}): `),
            text(inLocale(reference.description, context.locale)),
          ]),
        ];
      }),
    ),
  ];
}

/** The diagrams' tags and the ids of their caption and description (Diagrams/models/*). */
const DIAGRAMS: Readonly<Record<string, string>> = {
  DeploymentEvolutionDiagram: 'deploymentEvolution',
  VmProblemsDiagram: 'vmProblems',
  ContainerSolutionDiagram: 'containerSolution',
  StackComparisonDiagram: 'stackComparison',
};

/** A diagram as the figure's caption and the text description it carries for screen readers. */
function diagram(args: ComponentArgs): RootContent[] {
  requireBlock(args);
  const model = DIAGRAMS[args.node.name ?? ''] ?? '';
  const { message } = args.context;
  return [
    {
      type: 'blockquote',
      children: [
        paragraph([strong(message(`components.diagrams.${model}.title`))]),
        paragraph([text(message(`components.diagrams.${model}.description`))]),
      ],
    },
  ];
}

function selfCheck(args: ComponentArgs): RootContent[] {
  requireBlock(args);
  const { context } = args;
  const edition = requireAttribute(args, 'edition', ['original', 'revised']);
  const question = paragraph([
    strong(context.message('components.selfCheck.label')),
    text(` ${context.message('components.selfCheck.question')}`),
  ]);
  if (edition === 'revised') {
    const answer = args.children();
    if (answer.length === 0) {
      return fail(context, args.node, '<SelfCheck edition="revised"> needs its model answer');
    }
    return [
      question,
      paragraph([strong(context.message('components.selfCheck.toggle.answer'))]),
      ...answer,
    ];
  }
  const [before, after] = context.message('components.selfCheck.noAnswer').split('{revisedAnswer}');
  return [
    question,
    paragraph([strong(context.message('components.selfCheck.toggle.original'))]),
    paragraph([
      text(before ?? ''),
      link(context.link('/docs/self-check'), [
        text(context.message('components.selfCheck.noAnswer.link')),
      ]),
      text(after ?? ''),
    ]),
  ];
}

function studyPath(args: ComponentArgs): RootContent[] {
  requireBlock(args);
  const { context } = args;
  const steps = context.studyPath.slice(1);
  if (steps.length === 0) return fail(context, args.node, '<StudyPath /> found no pages to list');
  return [
    {
      type: 'list',
      ordered: true,
      start: 1,
      spread: false,
      children: steps.map((step): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          paragraph([
            link(step.url, [text(step.label)]),
            ...(step.summary === '' ? [] : [text(`: ${step.summary}`)]),
          ]),
        ],
      })),
    },
  ];
}

/** The `<summary>` of a `<details>` child: the element itself, or alone in a paragraph. */
function summaryIn(node: SourceNode): SourceNode | undefined {
  const isSummary = (child: SourceNode): boolean =>
    child.name === 'summary' && child.type.startsWith('mdxJsx');
  if (isSummary(node)) return node;
  if (node.type !== 'paragraph') return undefined;
  const meaningful = (node.children ?? []).filter(
    (child) => !(child.type === 'text' && String(child.value).trim() === ''),
  );
  const [only] = meaningful;
  return meaningful.length === 1 && only !== undefined && isSummary(only) ? only : undefined;
}

/** `<details>`: the summary as a bold line, then the content, shown (a copy has no disclosure). */
function details(args: ComponentArgs): RootContent[] {
  requireBlock(args);
  const children = args.node.children ?? [];
  const holder = children.find((child) => summaryIn(child) !== undefined);
  const summaryNode = holder === undefined ? undefined : summaryIn(holder);
  const summary = (
    summaryNode === undefined ? [] : args.convert(summaryNode.children ?? [])
  ).flatMap((child): PhrasingContent[] =>
    child.type === 'paragraph' ? child.children : [child as PhrasingContent],
  );
  return [
    ...(summary.length > 0 ? [paragraph([{ type: 'strong', children: summary }])] : []),
    ...args.convert(children.filter((child) => child !== holder)),
  ];
}

function summaryOutsideDetails(args: ComponentArgs): RootContent[] {
  return fail(args.context, args.node, '<summary> belongs inside <details>');
}

function inlineCode(args: ComponentArgs): RootContent[] {
  const value = args
    .children()
    .map((child) => ('value' in child && typeof child.value === 'string' ? child.value : ''))
    .join('');
  return [{ type: 'inlineCode', value }];
}

function knowledgeCheck(args: ComponentArgs): RootContent[] {
  requireBlock(args);
  return knowledgeCheckMarkdown(args);
}

export const COMPONENTS: Readonly<Record<string, ComponentHandler>> = {
  Term: term,
  Fact: fact,
  FactSources: factSources,
  ComparisonTable: comparisonTable,
  ReferenceLinks: referenceLinks,
  ...Object.fromEntries(Object.keys(DIAGRAMS).map((name) => [name, diagram])),
  SelfCheck: selfCheck,
  KnowledgeCheck: knowledgeCheck,
  StudyPath: studyPath,
  details,
  summary: summaryOutsideDetails,
  span: unwrap,
  code: inlineCode,
};
