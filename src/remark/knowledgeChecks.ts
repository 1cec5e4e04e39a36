/**
 * Remark plugin for the docs: each `<KnowledgeCheck />` gets, as its `questions` prop (a JSON
 * string), the questions of its own page in its own language from src/data/knowledgeChecks.ts.
 * So a page ships its 2–4 questions in one language (about 2 KB) instead of the whole bilingual
 * data module (about 50 KB, 13 KB compressed) on every revised page. The doc id is the file name
 * (as Docusaurus derives it, docs here set no `id`), the locale the `i18n/<locale>/` folder.
 * A tag on a page without questions, or in a versioned (original edition) file, stops the build
 * with the file and line.
 */
import { basename, extname, relative } from 'node:path';
import type { LocalizedQuestion } from '../components/KnowledgeCheck/types';
import { DEFAULT_LOCALE } from '../data/locales';
import {
  KNOWLEDGE_CHECKS,
  knowledgeChecksFor,
  type KnowledgeChecks,
} from '../data/knowledgeChecks';
import { inLocale } from '../data/localized';
import type { MdastNode } from './mdxEsm';

interface MdxFile {
  readonly path?: string;
}

export const TAG = 'KnowledgeCheck';
/** The prop the plugin adds; `src/components/KnowledgeCheck` parses it. */
export const QUESTIONS_PROP = 'questions';

/** A page's questions in one language, as the component takes them. */
export function localizedQuestions(
  docId: string,
  locale: string,
  checks: KnowledgeChecks = KNOWLEDGE_CHECKS,
): LocalizedQuestion[] {
  const questions = checks === KNOWLEDGE_CHECKS ? knowledgeChecksFor(docId) : (checks[docId] ?? []);
  return questions.map((question) => ({
    id: question.id,
    legend: inLocale(question.legend, locale),
    choices: question.choices.map((choice) => ({
      text: inLocale(choice.text, locale),
      correct: choice.correct === true,
    })),
    explanation: inLocale(question.explanation, locale),
    section: question.section,
  }));
}

/** The doc id, locale and edition of an MDX file, from its path. */
export function pageOf(path: string): { docId: string; locale: string; versioned: boolean } {
  const normalized = path.split('\\').join('/');
  const locale = /\/i18n\/([^/]+)\/docusaurus-plugin-content-docs\//.exec(normalized)?.[1];
  return {
    docId: basename(normalized, extname(normalized)),
    locale: locale ?? DEFAULT_LOCALE,
    versioned:
      normalized.includes('/versioned_docs/') ||
      /\/docusaurus-plugin-content-docs\/version-[^/]+\//.test(normalized),
  };
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export interface KnowledgeChecksOptions {
  /** The data; src/data/knowledgeChecks.ts by default (tests pass their own). */
  readonly checks?: KnowledgeChecks;
}

export default function remarkKnowledgeChecks(options: KnowledgeChecksOptions = {}) {
  const checks = options.checks ?? KNOWLEDGE_CHECKS;
  return (tree: MdastNode, file: MdxFile): void => {
    walk(tree, (node) => {
      const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      if (!isElement || node.name !== TAG) return;
      const path = file.path ?? '';
      const where = `${path === '' ? 'an MDX file' : relative(process.cwd(), path)}:${String(node.position?.start.line ?? 0)}`;
      const { docId, locale, versioned } = pageOf(path);
      if (versioned) {
        throw new Error(
          `${where}: <${TAG} /> belongs to the revised edition only; the original edition keeps the note's own question.`,
        );
      }
      const questions = localizedQuestions(docId, locale, checks);
      if (questions.length === 0) {
        throw new Error(
          `${where}: <${TAG} /> found no questions for the doc id "${docId}" in src/data/knowledgeChecks.ts. Add them there, or remove the tag.`,
        );
      }
      const kept = (node.attributes ?? []).filter((a) => a.name !== QUESTIONS_PROP);
      node.attributes = [
        ...kept,
        { type: 'mdxJsxAttribute', name: QUESTIONS_PROP, value: JSON.stringify(questions) },
      ];
    });
  };
}
