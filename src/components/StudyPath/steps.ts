/**
 * The study path: the pages of a docs sidebar in order, each with a one-line summary. The
 * summary lives with its page, in the front matter of each locale's file:
 *
 *   sidebar_custom_props:
 *     summary: 게스트 OS를 통째로 싣는 대가(부팅과 메모리, 라이선스, 구성 드리프트, 마이그레이션)
 *
 * A page without one shows its `description` instead. Pure functions shared by the component on
 * the docs index (`./index.tsx`, from the sidebar of the page's own version and locale) and the
 * plugin that gives the site's home page the latest version's path (`src/plugins/studyPath`).
 */

export interface StudyStep {
  readonly docId: string;
  /** The page's URL, base URL and locale included (a permalink). */
  readonly href: string;
  /** The sidebar label: `sidebar_label`, else the title. */
  readonly label: string;
  /** `sidebar_custom_props.summary`, else the description; may be empty. */
  readonly summary: string;
}

/** The summary of one step, or a clear error naming the doc when the front matter is wrong. */
export function stepSummary(
  docId: string,
  customProps: Readonly<Record<string, unknown>> | undefined,
  description: string | undefined,
): string {
  const summary = customProps?.summary;
  if (summary === undefined) return (description ?? '').trim();
  if (typeof summary !== 'string' || summary.trim() === '') {
    throw new Error(
      `doc "${docId}": front matter sidebar_custom_props.summary must be a line of text ` +
        `(the study path shows it after the page's title), got ${JSON.stringify(summary)}`,
    );
  }
  return summary.trim();
}

/** What the site's home page reads from the `study-path` plugin's global data. */
export interface StudyPathData {
  /** Steps of the latest version's sidebar, without its first page (the docs index). */
  readonly steps: readonly StudyStep[];
}
