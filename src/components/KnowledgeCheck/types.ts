/**
 * One knowledge-check question in the page's language, as `<KnowledgeCheck />` receives it from
 * the remark plugin (src/remark/knowledgeChecks.ts), which reads src/data/knowledgeChecks.ts.
 * Text is plain; `backticks` mark code.
 */
export interface LocalizedQuestion {
  readonly id: string;
  readonly legend: string;
  readonly choices: readonly { readonly text: string; readonly correct: boolean }[];
  readonly explanation: string;
  /** Heading id of the section of the same page that explains the answer. */
  readonly section: string;
}
