/**
 * The proofreading check (TERMINOLOGY.md): the project's terminology dictionary,
 * `src/data/terminology.json` in prh's rule format, applied by textlint with textlint-rule-prh
 * (`.textlintrc.json`) to
 * - the revised edition's pages in every locale (`docs/*.mdx`, `i18n/en/.../current/*.mdx`):
 *   body through textlint-plugin-mdx (code, URLs and link targets are not prose; a quote of the
 *   note's wording sits between `{/* textlint-disable prh *\/}` and `{/* textlint-enable prh *\/}`),
 *   and the title, sidebar label and description of the front matter;
 * - the `message` of every entry of `i18n/<locale>/code.json`;
 * - the localized text (`ko`/`en`) of the typed data in `src/data/*.ts`, except glossary
 *   `aliases` (variants on purpose) and the original edition's comparison table.
 * The original edition (`versioned_docs/`, `.../version-2021.02/`) is the note as written: exempt.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import { LOCALES, ROOT, docsDir } from './docs';
import {
  codeJsonSegments,
  dataSegments,
  frontMatterSegments,
  type DataScope,
  type Position,
  type ProseSegment,
} from './proseSources';
import { LineIndex } from './sourceText';

export const TEXTLINT_CONFIG = '.textlintrc.json';

/** A variant spelling found by the check. */
export interface Hit extends Position {
  /** File relative to the repository root. */
  readonly file: string;
  /** The text as written. */
  readonly found: string;
  /** What the dictionary wants instead. */
  readonly expected: string;
  /** The rule's `prh` note (why, and where the exception lies), if it has one. */
  readonly note: string | null;
}

/** What the check reads, as paths relative to the repository root. */
export interface Targets {
  readonly mdx: readonly string[];
  readonly codeJson: readonly string[];
  readonly data: readonly string[];
}

/** `code.json` messages left alone: the note's own question, which the original edition shows. */
export const CODE_JSON_EXEMPT: ReadonlySet<string> = new Set(['components.selfCheck.question']);

/** The prose of `src/data`: the two languages of each record, minus variants kept on purpose. */
export const DATA_SCOPE: DataScope = {
  proseKeys: new Set(['ko', 'en']),
  skipKeys: new Set(['aliases']),
  exempt: { 'comparison.ts': [['COMPARISON_TABLES', 'original']] },
};

function filesIn(root: string, dir: string, pattern: RegExp): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** Everything the check covers: a new page, locale or data module is picked up by itself. */
export function defaultTargets(root: string = ROOT): Targets {
  return {
    mdx: LOCALES.flatMap((locale) => filesIn(root, docsDir(locale, 'current'), /\.mdx?$/)),
    codeJson: readdirSync(join(root, 'i18n'))
      .sort()
      .map((locale) => `i18n/${locale}/code.json`)
      .filter((file) => existsSync(join(root, file))),
    data: filesIn(root, 'src/data', /^(?!.*\.d\.ts$).*\.ts$/),
  };
}

/** Sorts paths given on the command line into the kinds of target. */
export function targetsOf(files: readonly string[]): Targets {
  return {
    mdx: files.filter((file) => /\.mdx?$/.test(file)),
    codeJson: files.filter((file) => file.endsWith('code.json')),
    data: files.filter((file) => file.endsWith('.ts')),
  };
}

interface Message {
  readonly message: string;
  readonly range: readonly [number, number];
  readonly fix?: { readonly text: string; readonly range: readonly [number, number] };
}

function hitOf(
  message: Message,
  text: string,
  locate: (start: number, end: number) => { file: string } & Position,
): Hit {
  const [start, end] = message.fix?.range ?? message.range;
  const [, ...note] = message.message.split('\n');
  return {
    ...locate(start, end),
    found: text.slice(start, end),
    expected: message.fix?.text ?? message.message,
    note: note.join(' ').trim() || null,
  };
}

/** Lints the segments as one plain-text document, one paragraph each, and maps hits back. */
async function lintSegments(
  linter: ReturnType<typeof createLinter>,
  segments: readonly ProseSegment[],
): Promise<Hit[]> {
  const starts: number[] = [];
  let text = '';
  for (const segment of segments) {
    starts.push(text.length);
    text += `${segment.text}\n\n`;
  }
  const result = await linter.lintText(text, 'prose.txt');
  return result.messages.map((message) => {
    const [start] = message.fix?.range ?? message.range;
    let index = starts.length - 1;
    while (index > 0 && (starts[index] ?? 0) > start) index -= 1;
    const segment = segments[index];
    const offset = starts[index] ?? 0;
    if (segment === undefined) throw new Error('a hit outside every segment');
    return hitOf(message, text, (from, to) => segment.locate(from - offset, to - offset));
  });
}

export interface ProofreadResult {
  /** Sorted by file, line and column. */
  readonly hits: readonly Hit[];
  /** How many texts were read besides the MDX bodies (front matter fields, messages, data). */
  readonly strings: number;
}

/** Runs the check over the targets (paths relative to `root`). */
export async function proofread(
  targets: Targets,
  dataScope: DataScope = DATA_SCOPE,
  root: string = ROOT,
): Promise<ProofreadResult> {
  const descriptor = await loadTextlintrc({ configFilePath: join(root, TEXTLINT_CONFIG) });
  const linter = createLinter({ descriptor, cwd: root });
  const read = (file: string): string => readFileSync(join(root, file), 'utf8');
  const hits: Hit[] = [];
  const pages =
    targets.mdx.length === 0 ? [] : await linter.lintFiles(targets.mdx.map((f) => join(root, f)));
  for (const result of pages) {
    const file = relative(root, result.filePath);
    const source = readFileSync(result.filePath, 'utf8');
    const lines = new LineIndex(source);
    for (const message of result.messages) {
      hits.push(hitOf(message, source, (start) => ({ file, ...lines.position(start) })));
    }
  }
  const segments = [
    ...targets.mdx.flatMap((file) => frontMatterSegments(file, read(file))),
    ...targets.codeJson.flatMap((file) => codeJsonSegments(file, read(file), CODE_JSON_EXEMPT)),
    ...(await dataSegments(root, targets.data, dataScope)),
  ];
  hits.push(...(await lintSegments(linter, segments)));
  const unique = new Map(
    hits.map((hit) => [`${hit.file}:${String(hit.line)}:${String(hit.column)}:${hit.found}`, hit]),
  );
  const sorted = [...unique.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  return { hits: sorted, strings: segments.length };
}

/** `file:line:col  found "X" → use "Y"` */
export function formatHit(hit: Hit): string {
  return `${hit.file}:${String(hit.line)}:${String(hit.column)}  found "${hit.found}" → use "${hit.expected}"`;
}
