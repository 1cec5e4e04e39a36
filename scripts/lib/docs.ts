/**
 * Reading the docs: headings and their ids, prose, stray Korean in an MDX file. Which pages,
 * editions and locales exist comes from `./sitePages.ts` (the sidebars and the config), re-exported
 * here for the tests that read pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, editionDir } from './sitePages';

export {
  DEFAULT_LOCALE,
  EDITIONS,
  LOCALES,
  ROOT,
  TRANSLATED_LOCALES,
  docFile,
  docUrl,
  editionPages,
  type Edition,
  type Locale,
} from './sitePages';

/** Directory (relative to the repository root) that holds one edition in one locale. */
export const docsDir = editionDir;

export function readDoc(relativePath: string): string {
  return readFileSync(join(ROOT, relativePath), 'utf8');
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  /** The explicit id written as `{/* #id *\/}`, or null when the heading has none. */
  readonly id: string | null;
  readonly line: number;
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const EXPLICIT_ID = /\s*\{\/\*\s*#([^\s*]+)\s*\*\/\}\s*$/;
const LEGACY_ID = /\s*\{#([^}]+)\}\s*$/;

/** Markdown headings of an MDX document, outside fenced code blocks and front matter. */
export function extractHeadings(source: string): Heading[] {
  const headings: Heading[] = [];
  let inFence = false;
  let inFrontMatter = false;
  source.split('\n').forEach((raw, index) => {
    if (index === 0 && raw.trim() === '---') {
      inFrontMatter = true;
      return;
    }
    if (inFrontMatter) {
      if (raw.trim() === '---') inFrontMatter = false;
      return;
    }
    if (FENCE.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const match = HEADING.exec(raw);
    if (!match) return;
    const [, hashes = '', rest = ''] = match;
    const explicit = EXPLICIT_ID.exec(rest) ?? LEGACY_ID.exec(rest);
    headings.push({
      level: hashes.length,
      text: explicit ? rest.slice(0, explicit.index) : rest,
      id: explicit?.[1] ?? null,
      line: index + 1,
    });
  });
  return headings;
}

export const ANCHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Problems with the section anchors of one file: every h2/h3 must carry an explicit lower-case
 * ASCII id (never a slug of Korean text), written in the `{/* #id *\/}` form, and unique.
 */
export function headingIdProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const heading of extractHeadings(source)) {
    if (heading.level < 2 || heading.level > 3) continue;
    const where = `${file}:${String(heading.line)} "${heading.text}"`;
    if (heading.id === null) {
      problems.push(`${where}: h${String(heading.level)} has no explicit id; add {/* #some-id */}`);
      continue;
    }
    if (!ANCHOR_ID.test(heading.id)) {
      problems.push(`${where}: id "${heading.id}" must be lower-case ASCII words joined by "-"`);
    }
    if (seen.has(heading.id)) {
      problems.push(`${where}: id "${heading.id}" is used twice in this file`);
    }
    seen.add(heading.id);
  }
  return problems;
}

/** Ids of the h2/h3 headings of a document, in order. */
export function sectionIds(source: string): string[] {
  return extractHeadings(source)
    .filter((h) => h.level >= 2 && h.level <= 3)
    .map((h) => h.id ?? `(missing id: ${h.text})`);
}

/**
 * Where a translation's section ids differ from its source's (both directions), one line each,
 * naming the file and line: the two pages must carry the same h2/h3 ids in the same order, since
 * links, the parallel view and translation freshness pair sections by id.
 */
export function sectionIdParityProblems(
  sourceFile: string,
  source: string,
  translationFile: string,
  translation: string,
): string[] {
  const sectionHeadings = (text: string): Heading[] =>
    extractHeadings(text).filter((h) => h.level >= 2 && h.level <= 3);
  const sourceHeadings = sectionHeadings(source);
  const translated = sectionHeadings(translation);
  const idsOf = (headings: Heading[]): Set<string | null> => new Set(headings.map((h) => h.id));
  const sourceIds = idsOf(sourceHeadings);
  const translatedIds = idsOf(translated);
  const at = (file: string, heading: Heading): string =>
    `${file}:${String(heading.line)} "${heading.text.trim()}"`;
  const problems = [
    ...translated
      .filter((h) => h.id !== null && !sourceIds.has(h.id))
      .map(
        (h) =>
          `${at(translationFile, h)}: id "${h.id ?? ''}" is not in ${sourceFile}; ` +
          'use the id of the matching heading there (ids are identical in every locale)',
      ),
    ...sourceHeadings
      .filter((h) => h.id !== null && !translatedIds.has(h.id))
      .map(
        (h) =>
          `${translationFile}: no heading with id "${h.id ?? ''}", which ${at(sourceFile, h)} has`,
      ),
  ];
  if (problems.length > 0) return problems;
  const order = (headings: Heading[]): string => headings.map((h) => h.id ?? '?').join(', ');
  if (order(sourceHeadings) !== order(translated)) {
    return [
      `${translationFile}: sections in another order than ${sourceFile} ` +
        `(${order(translated)} instead of ${order(sourceHeadings)})`,
    ];
  }
  return [];
}

/** Strips MDX comments, so that text kept in them (e.g. names of omitted images) is not prose. */
export function stripMdxComments(source: string): string {
  return source.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

/** Strips elements explicitly marked as Korean (`lang="ko"`), which English pages may show. */
export function stripKoreanMarkedElements(source: string): string {
  return source.replace(/<(\w+)[^>]*\blang=["']ko(?:-KR)?["'][^>]*>[\s\S]*?<\/\1>/g, '');
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]+/g;

/**
 * Korean left in a translated page, one line each with the file and line (none allowed outside
 * MDX comments and elements marked `lang="ko"`).
 */
export function strayHangulProblems(file: string, source: string): string[] {
  return strayHangul(source).map(
    ({ line, text }) =>
      `${file}:${String(line)}: Korean text outside a lang="ko" element (translate it, or mark ` +
      `a quotation with <span lang="ko">): ${text}`,
  );
}

/** Hangul runs left in an English document outside comments and `lang="ko"` elements. */
export function strayHangul(source: string): { line: number; text: string }[] {
  const cleaned = stripKoreanMarkedElements(stripMdxComments(source));
  const found: { line: number; text: string }[] = [];
  cleaned.split('\n').forEach((line, index) => {
    if (HANGUL.test(line)) found.push({ line: index + 1, text: line.trim() });
    HANGUL.lastIndex = 0;
  });
  return found;
}

/**
 * Reduces a Markdown line to its words, so that a line of the note and the same line in an MDX
 * page compare equal whatever heading level, list marker, emphasis or table padding they use.
 */
export function proseOf(line: string): string {
  return line
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/\*\*|__|(?<![\w\\])\*|\*(?!\w)|`/g, '')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines of the source note that carry prose (not blank, not images, not table rules). */
export function noteProseLines(note: string): string[] {
  let inFence = false;
  const lines: string[] = [];
  for (const raw of note.split('\n')) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence && /^\s*!\[.*\]\(.*\)\s*$/.test(raw)) continue;
    if (/^\s*\|?\s*:?-{3,}/.test(raw)) continue;
    const prose = proseOf(raw);
    if (prose) lines.push(prose);
  }
  return lines;
}
