/** Translation state of doc pages, for the build report, the pages and the script. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFreshness, staleSections, type PageFreshness } from './freshness';

export interface PageReport {
  /** Files relative to the site directory. */
  readonly koFile: string;
  readonly enFile: string;
  /** Null when the English file does not exist (Docusaurus then serves the Korean text). */
  readonly freshness: PageFreshness | null;
}

export function pageReport(root: string, koFile: string, enFile: string): PageReport {
  const koPath = join(root, koFile);
  const enPath = join(root, enFile);
  if (!existsSync(koPath)) throw new Error(`${koFile}: the Korean source page is missing`);
  const freshness = existsSync(enPath)
    ? pageFreshness(readFileSync(koPath, 'utf8'), readFileSync(enPath, 'utf8'), enFile)
    : null;
  return { koFile, enFile, freshness };
}

/** One line per problem (empty when every translation is up to date). */
export function reportProblems(reports: readonly PageReport[]): string[] {
  const problems: string[] = [];
  for (const page of reports) {
    if (page.freshness === null) {
      problems.push(`missing translation: ${page.enFile} (source ${page.koFile})`);
      continue;
    }
    for (const section of page.freshness.sections) {
      const where = `${page.enFile}#${section.id}`;
      if (section.state === 'stale') {
        problems.push(
          `stale: ${where} translates ${section.recorded ?? '?'}, the Korean section is now ${section.current}`,
        );
      } else if (section.state === 'unrecorded') {
        problems.push(`unrecorded: ${where} has no translation_of hash (run the update script)`);
      } else if (section.state === 'untranslated') {
        problems.push(`missing section: ${where} is in ${page.koFile} but not translated`);
      }
    }
    for (const id of page.freshness.orphans) {
      problems.push(
        `orphan record: ${page.enFile} records "${id}", which the Korean page no longer has`,
      );
    }
  }
  return problems;
}

/** What a page needs at run time (global data of the `bilingual` plugin). */
export interface BilingualPageData {
  /** The page exists in English (a translated file, not the Korean fallback). */
  readonly translated: boolean;
  /** English sections whose Korean source changed since they were translated. */
  readonly stale: readonly string[];
}

export function pageData(page: PageReport): BilingualPageData {
  return {
    translated: page.freshness !== null,
    stale: page.freshness === null ? [] : staleSections(page.freshness),
  };
}
