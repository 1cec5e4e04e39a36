/**
 * Translation freshness. Each English doc records, in its front matter, a content hash of every
 * section of the Korean page it translates:
 *
 *   translation_of:
 *     _intro: "3f2a9c1d0b7e"          (front matter, title and text before the first h2/h3)
 *     vms-still-matter: "8a7b6c5d4e3f"
 *
 * Sections are keyed by the heading ids the two files share. When a Korean section changes, its
 * hash no longer matches the record: the build reports the section and the English page tells
 * its readers. `npx tsx scripts/translation-freshness.ts update <file>` records the current
 * hashes once the translation has caught up.
 */
import { createHash } from 'node:crypto';

/** Key of the part of a page before its first h2/h3 (no heading id can start with "_"). */
export const INTRO = '_intro';
export const RECORD_KEY = 'translation_of';
const HASH = /^[0-9a-f]{12}$/;

export interface Section {
  readonly id: string;
  /** The section's source lines: its heading, its text, up to the next h2/h3. */
  readonly text: string;
}

// Not scripts/lib/docs.ts: Docusaurus loads this module (through the plugin) as CommonJS, where
// that file's `import.meta.dirname` cannot run. Same reading: fences skipped, `{/* #id */}` ids.
const FENCE = /^\s*(```|~~~)/;
const SECTION_HEADING = /^#{2,3}\s+.*?\{\/\*\s*#([^\s*]+)\s*\*\/\}\s*$/;

/** Body line indexes (0-based) and ids of the h2/h3 headings that carry an explicit id. */
function sectionStarts(body: readonly string[]): { id: string; index: number }[] {
  const starts: { id: string; index: number }[] = [];
  let inFence = false;
  body.forEach((line, index) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return;
    }
    const match = inFence ? null : SECTION_HEADING.exec(line);
    if (match?.[1] !== undefined) starts.push({ id: match[1], index });
  });
  return starts;
}

interface SplitDoc {
  readonly frontMatter: string[];
  readonly body: string[];
}

function splitFrontMatter(source: string): SplitDoc {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return { frontMatter: [], body: lines };
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) return { frontMatter: [], body: lines };
  return { frontMatter: lines.slice(1, end), body: lines.slice(end + 1) };
}

/**
 * The sections of an MDX page: the intro (front matter fields and everything before the first
 * h2/h3) and one per h2/h3 with an id. An h3 is its own section, apart from its h2.
 */
export function sections(source: string): Section[] {
  const { frontMatter, body } = splitFrontMatter(source);
  const starts = sectionStarts(body);
  const result: Section[] = [];
  const introEnd = starts[0]?.index ?? body.length;
  const ownFrontMatter = withoutRecord(frontMatter);
  result.push({ id: INTRO, text: [...ownFrontMatter, ...body.slice(0, introEnd)].join('\n') });
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.index ?? body.length;
    result.push({ id: start.id, text: body.slice(start.index, end).join('\n') });
  });
  return result;
}

/** What a reader sees of a section: comments (and the heading-id comments) and blank lines go. */
export function normalise(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

export function sectionHash(text: string): string {
  return createHash('sha256').update(normalise(text), 'utf8').digest('hex').slice(0, 12);
}

/** Section id → hash of the Korean source, in page order. */
export function sourceHashes(koSource: string): Map<string, string> {
  return new Map(sections(koSource).map((s) => [s.id, sectionHash(s.text)]));
}

function withoutRecord(frontMatter: string[]): string[] {
  const out: string[] = [];
  let inRecord = false;
  for (const line of frontMatter) {
    if (line.startsWith(`${RECORD_KEY}:`)) {
      inRecord = true;
      continue;
    }
    if (inRecord && /^\s+\S/.test(line)) continue;
    inRecord = false;
    out.push(line);
  }
  return out;
}

/**
 * The `translation_of` record of an English page. Throws, naming the file and line, on a record
 * that is not the block this module writes.
 */
export function readRecord(enSource: string, file: string): Map<string, string> | null {
  const { frontMatter } = splitFrontMatter(enSource);
  const start = frontMatter.findIndex((line) => line.startsWith(`${RECORD_KEY}:`));
  if (start < 0) return null;
  if (frontMatter[start]?.trim() !== `${RECORD_KEY}:`) {
    throw new Error(`${file}:${String(start + 2)}: "${RECORD_KEY}:" must be alone on its line`);
  }
  const record = new Map<string, string>();
  for (let i = start + 1; i < frontMatter.length; i += 1) {
    const line = frontMatter[i] ?? '';
    if (!/^\s/.test(line)) break;
    const entry = /^ {2}([a-z0-9_][a-z0-9-]*): "([^"]*)"$/.exec(line);
    const where = `${file}:${String(i + 2)}`;
    if (!entry) {
      throw new Error(`${where}: expected '  <section-id>: "<12 hex digits>"', got "${line}"`);
    }
    const [, id = '', hash = ''] = entry;
    if (!HASH.test(hash)) {
      throw new Error(`${where}: section "${id}": hash "${hash}" is not 12 lower-case hex digits`);
    }
    if (record.has(id)) throw new Error(`${where}: section "${id}" is recorded twice`);
    record.set(id, hash);
  }
  return record;
}

/**
 * `enSource` with its record set to `record` (replacing any previous one), written as the last
 * front matter field. Nothing else in the file changes.
 */
export function writeRecord(enSource: string, record: ReadonlyMap<string, string>): string {
  const lines = enSource.split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new Error('the English page has no front matter to hold its translation record');
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) throw new Error('the English page’s front matter is not closed with "---"');
  const frontMatter = withoutRecord(lines.slice(1, end));
  const block = [`${RECORD_KEY}:`, ...[...record].map(([id, hash]) => `  ${id}: "${hash}"`)];
  return [lines[0], ...frontMatter, ...block, ...lines.slice(end)].join('\n');
}

export type SectionState =
  /** The record matches the Korean section. */
  | 'fresh'
  /** The Korean section changed since the recorded translation. */
  | 'stale'
  /** The English page has the section but no record for it. */
  | 'unrecorded'
  /** The English page lacks the section (no heading with this id). */
  | 'untranslated';

export interface SectionFreshness {
  readonly id: string;
  readonly state: SectionState;
  readonly recorded?: string;
  readonly current: string;
}

export interface PageFreshness {
  readonly sections: readonly SectionFreshness[];
  /** Recorded ids that no Korean section has any more. */
  readonly orphans: readonly string[];
}

/** How the English page `enSource` stands against its Korean source `koSource`. */
export function pageFreshness(koSource: string, enSource: string, enFile: string): PageFreshness {
  const current = sourceHashes(koSource);
  const record = readRecord(enSource, enFile) ?? new Map<string, string>();
  const enIds = new Set(sections(enSource).map((s) => s.id));
  const result: SectionFreshness[] = [];
  for (const [id, hash] of current) {
    const recorded = record.get(id);
    let state: SectionState;
    if (!enIds.has(id)) state = 'untranslated';
    else if (recorded === undefined) state = 'unrecorded';
    else state = recorded === hash ? 'fresh' : 'stale';
    result.push({ id, state, current: hash, ...(recorded === undefined ? {} : { recorded }) });
  }
  const orphans = [...record.keys()].filter((id) => !current.has(id));
  return { sections: result, orphans };
}

/** The ids of the sections a reader of the English page should be warned about. */
export function staleSections(freshness: PageFreshness): string[] {
  return freshness.sections.filter((s) => s.state === 'stale').map((s) => s.id);
}

/**
 * `enSource` recording the current hashes of `koSource` for `only` sections (all when omitted);
 * other recorded sections keep their hashes. Sections are written in Korean page order.
 */
export function updateRecord(
  koSource: string,
  enSource: string,
  enFile: string,
  only?: readonly string[],
): string {
  const current = sourceHashes(koSource);
  const previous = readRecord(enSource, enFile) ?? new Map<string, string>();
  for (const id of only ?? []) {
    if (!current.has(id)) {
      throw new Error(
        `${enFile}: no section "${id}" in the Korean page (sections: ${[...current.keys()].join(', ')})`,
      );
    }
  }
  const enIds = new Set(sections(enSource).map((s) => s.id));
  const next = new Map<string, string>();
  for (const [id, hash] of current) {
    const take = only === undefined || only.includes(id);
    if (take && enIds.has(id)) next.set(id, hash);
    else {
      const kept = previous.get(id);
      if (kept !== undefined) next.set(id, kept);
    }
  }
  return writeRecord(enSource, next);
}
