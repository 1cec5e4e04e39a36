/**
 * Events the study tools send each other through the document, so that neither imports the
 * other: the knowledge checks (src/components/KnowledgeCheck) announce that a reader has
 * answered every question on a page, and reading progress (src/components/ReadingProgress)
 * marks that page as finished.
 */

/** Dispatched on `document` when every question on the page has been checked at least once. */
export const CHECKS_ANSWERED_EVENT = 'vmc:checks-answered';

export interface ChecksAnsweredDetail {
  /** The doc page's permalink, as `useDoc().metadata.permalink` gives it. */
  readonly permalink: string;
}

export function announceChecksAnswered(permalink: string): void {
  document.dispatchEvent(
    new CustomEvent<ChecksAnsweredDetail>(CHECKS_ANSWERED_EVENT, { detail: { permalink } }),
  );
}
