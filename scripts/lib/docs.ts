/**
 * Facts about the docs tree that tests and build checks share: where each edition and locale
 * lives, which pages exist, and how to read headings and prose out of an MDX file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The nine pages of the site contract, in study order. */
export const SLUGS = [
  'index',
  'vms-are-heavy',
  'deployment-evolution',
  'vm-problems',
  'containers',
  'comparison',
  'container-drawbacks',
  'self-check',
  'references',
] as const;
export type Slug = (typeof SLUGS)[number];

export type Locale = 'ko' | 'en';
export type Edition = 'current' | '2021.02';
export const LOCALES: readonly Locale[] = ['ko', 'en'];
export const EDITIONS: readonly Edition[] = ['current', '2021.02'];

/** Directory (relative to the repository root) that holds one edition in one locale. */
export function docsDir(locale: Locale, edition: Edition): string {
  const pluginDir = edition === 'current' ? 'current' : `version-${edition}`;
  if (locale === 'ko') {
    return edition === 'current' ? 'docs' : `versioned_docs/version-${edition}`;
  }
  return `i18n/${locale}/docusaurus-plugin-content-docs/${pluginDir}`;
}

export function docFile(locale: Locale, edition: Edition, slug: Slug): string {
  return join(docsDir(locale, edition), `${slug}.mdx`);
}

/** URL path of a page, following the site contract. */
export function docUrl(locale: Locale, edition: Edition, slug: Slug): string {
  const prefix = locale === 'ko' ? '' : `/${locale}`;
  const version = edition === 'current' ? '' : `/${edition}`;
  return `${prefix}/docs${version}/${slug === 'index' ? '' : slug}`;
}

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

/** Strips MDX comments, so that text kept in them (e.g. names of omitted images) is not prose. */
export function stripMdxComments(source: string): string {
  return source.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

/** Strips elements explicitly marked as Korean (`lang="ko"`), which English pages may show. */
export function stripKoreanMarkedElements(source: string): string {
  return source.replace(/<(\w+)[^>]*\blang=["']ko(?:-KR)?["'][^>]*>[\s\S]*?<\/\1>/g, '');
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]+/g;

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
