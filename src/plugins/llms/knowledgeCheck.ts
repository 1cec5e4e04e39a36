/**
 * A page's knowledge check (`src/data/knowledgeChecks.ts`) in Markdown: each question with its
 * choices, then the answer, the explanation and a link to the section that explains it. A copy
 * has no form to answer in, so the answer follows the choices, as in an answer key.
 */
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import { correctChoiceIndex, knowledgeChecksFor } from '../../data/knowledgeChecks';
import { inLocale, type LocalizedText } from '../../data/localized';
import { headingText, type MarkdownContext } from './context';

/** Words of the Markdown rendering only (the page's own controls have their UI strings). */
export const KNOWLEDGE_CHECK_LABELS = {
  heading: { ko: '확인 문제', en: 'Check your understanding' },
  answer: { ko: '정답', en: 'Answer' },
  explained: { ko: '설명이 있는 곳', en: 'Explained in' },
} as const satisfies Record<string, LocalizedText>;

/** Plain text in which `backticks` mark inline code, as the data writes it. */
export function codeSpans(value: string): PhrasingContent[] {
  return value
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part): PhrasingContent =>
      part.startsWith('`') && part.endsWith('`') && part.length > 2
        ? { type: 'inlineCode', value: part.slice(1, -1) }
        : { type: 'text', value: part },
    );
}

const LETTERS = 'ABCDEFGH';

/** The knowledge check of `context.docId`, or nothing for a page without one. */
export function knowledgeCheckBlocks(context: MarkdownContext): BlockContent[] {
  const questions = knowledgeChecksFor(context.docId);
  const { locale } = context;
  return questions.flatMap((question, number): BlockContent[] => {
    const right = correctChoiceIndex(question);
    if (right < 0) {
      throw new Error(
        `src/data/knowledgeChecks.ts: page "${context.docId}", question "${question.id}" has no right answer`,
      );
    }
    return [
      {
        type: 'paragraph',
        children: [
          {
            type: 'strong',
            children: [
              { type: 'text', value: `${String(number + 1)}. ` },
              ...codeSpans(inLocale(question.legend, locale)),
            ],
          },
        ],
      },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: question.choices.map((choice, index) => ({
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', value: `${LETTERS[index] ?? String(index + 1)}. ` },
                ...codeSpans(inLocale(choice.text, locale)),
              ],
            },
          ],
        })),
      },
      {
        type: 'paragraph',
        children: [
          {
            type: 'strong',
            children: [
              {
                type: 'text',
                value: `${inLocale(KNOWLEDGE_CHECK_LABELS.answer, locale)}: ${LETTERS[right] ?? String(right + 1)}.`,
              },
            ],
          },
          { type: 'text', value: ' ' },
          ...codeSpans(inLocale(question.explanation, locale)),
          { type: 'text', value: ` (${inLocale(KNOWLEDGE_CHECK_LABELS.explained, locale)}: ` },
          {
            type: 'link',
            url: context.link(`#${question.section}`),
            children: [
              { type: 'text', value: headingText(context, question.section) ?? question.section },
            ],
          },
          { type: 'text', value: ')' },
        ],
      },
    ];
  });
}

const written = new WeakSet<MarkdownContext>();

/** Whether the page converted with this context wrote `<KnowledgeCheck />` itself. */
export function usedKnowledgeCheck(context: MarkdownContext): boolean {
  return written.has(context);
}

/** `<KnowledgeCheck />` written in a page. */
export function knowledgeCheckMarkdown({
  context,
}: {
  readonly context: MarkdownContext;
}): RootContent[] {
  written.add(context);
  return knowledgeCheckBlocks(context);
}

/** A heading and the questions, for a page whose checks are not written in its MDX. */
export function knowledgeCheckSection(context: MarkdownContext): RootContent[] {
  const blocks = knowledgeCheckBlocks(context);
  if (blocks.length === 0) return [];
  return [
    {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: inLocale(KNOWLEDGE_CHECK_LABELS.heading, context.locale) }],
    },
    ...blocks,
  ];
}
