/**
 * The prose the proofreading check reads outside MDX bodies, cut into segments that remember
 * where they come from: the front matter of a page (title, sidebar label, description), the
 * `message` of each entry of `i18n/<locale>/code.json`, and the localized text of the typed data
 * in `src/data/*.ts`. A segment maps an offset in its text back to a line and column of its file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { LineIndex, readLiteral, type LiteralText } from './sourceText';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface ProseSegment {
  /** The file the text comes from, relative to the repository root. */
  readonly file: string;
  readonly text: string;
  /** What the text is within its file, when that is not its position: a `code.json` id. */
  readonly label?: string;
  /** Where the characters `start`..`end` of `text` are written in `file`. */
  locate(start: number, end: number): { file: string } & Position;
}

function literalSegment(
  file: string,
  literal: LiteralText,
  bodyStart: number,
  lines: LineIndex,
  label?: string,
): ProseSegment {
  return {
    file,
    text: literal.value,
    ...(label === undefined ? {} : { label }),
    locate: (start) => ({
      file,
      ...lines.position(bodyStart + (literal.offsets[start] ?? 0)),
    }),
  };
}

/** The prose fields of a page's front matter; other fields are data (ids, hashes, slugs). */
const FRONT_MATTER_PROSE = /^(title|sidebar_label|description|pagination_label):[ \t]*(.*?)[ \t]*$/;

/** Segments for those fields (one-line YAML values, as the docs write them). */
export function frontMatterSegments(file: string, source: string): ProseSegment[] {
  const [first = '', ...lines] = source.split('\n');
  if (first.trim() !== '---') return [];
  const index = new LineIndex(source);
  const segments: ProseSegment[] = [];
  let offset = first.length + 1;
  for (const line of lines) {
    if (line.trim() === '---') break;
    const match = FRONT_MATTER_PROSE.exec(line);
    const raw = match?.[2] ?? '';
    if (match && raw !== '') {
      const valueStart = offset + line.indexOf(raw, (match[1]?.length ?? 0) + 1);
      segments.push(yamlScalarSegment(file, raw, valueStart, index));
    }
    offset += line.length + 1;
  }
  return segments;
}

function yamlScalarSegment(
  file: string,
  raw: string,
  start: number,
  index: LineIndex,
): ProseSegment {
  const quote = raw.charAt(0);
  if (quote === '"' && raw.endsWith('"') && raw.length >= 2) {
    return literalSegment(file, readLiteral(raw.slice(1, -1)), start + 1, index);
  }
  if (quote === "'" && raw.endsWith("'") && raw.length >= 2) {
    // A single-quoted YAML scalar escapes only the quote itself, by doubling it.
    const body = raw.slice(1, -1);
    let value = '';
    const offsets: number[] = [];
    for (let i = 0; i < body.length; i += 1) {
      value += body.charAt(i);
      offsets.push(i);
      if (body.startsWith("''", i)) i += 1;
    }
    offsets.push(body.length);
    return literalSegment(file, { value, offsets }, start + 1, index);
  }
  const offsets = Array.from({ length: raw.length + 1 }, (_unused, i) => i);
  return literalSegment(file, { value: raw, offsets }, start, index);
}

/**
 * The `message` of every entry of a Docusaurus `code.json`, except the ids in `skip`.
 * (`description` is a note to translators, not text readers see.)
 */
export function codeJsonSegments(
  file: string,
  source: string,
  skip: ReadonlySet<string> = new Set(),
): ProseSegment[] {
  const entries = JSON.parse(source) as Record<string, { message?: unknown }>;
  const index = new LineIndex(source);
  const segments: ProseSegment[] = [];
  let cursor = 0;
  for (const [id, entry] of Object.entries(entries)) {
    const keyAt = source.indexOf(`${JSON.stringify(id)}:`, cursor);
    if (keyAt < 0 || typeof entry.message !== 'string') continue;
    const messageKey = /"message"\s*:\s*"/g;
    messageKey.lastIndex = keyAt;
    const found = messageKey.exec(source);
    if (!found) continue;
    const bodyStart = found.index + found[0].length;
    const bodyEnd = closingQuote(source, bodyStart);
    cursor = bodyEnd;
    if (skip.has(id)) continue;
    const literal = readLiteral(source.slice(bodyStart, bodyEnd));
    if (literal.value !== entry.message) {
      throw new Error(`${file}: could not locate the message of "${id}"`);
    }
    segments.push(literalSegment(file, literal, bodyStart, index, id));
  }
  return segments;
}

function closingQuote(source: string, from: number): number {
  for (let i = from; i < source.length; i += 1) {
    if (source.charAt(i) === '\\') i += 1;
    else if (source.charAt(i) === '"') return i;
  }
  return source.length;
}

// ---------------------------------------------------------------------------------------------
// src/data

/** Where a value sits in a module: export name, then property names; array items are `[]`. */
type KeyPath = readonly string[];

/** What the check reads in the data modules, and what it leaves alone. */
export interface DataScope {
  /** Keys whose values are prose: the two languages of a `LocalizedText`/`Bilingual` record. */
  readonly proseKeys: ReadonlySet<string>;
  /** Keys whose values are never checked, wherever they are (e.g. `aliases`: variants on purpose). */
  readonly skipKeys: ReadonlySet<string>;
  /** Exported values left alone, as `file name` → paths from an export (the original edition). */
  readonly exempt: Readonly<Record<string, readonly KeyPath[]>>;
}

/** A string literal, or a literal part of a template, in a data module. */
interface Fragment {
  readonly file: string;
  readonly literal: LiteralText;
  readonly bodyStart: number;
  readonly lines: LineIndex;
  /** Property names from the literal outwards (innermost first), `[]` for array items. */
  readonly keys: readonly string[];
}

function bodyRange(node: ts.Node, sourceFile: ts.SourceFile): [number, number] | null {
  const start = node.getStart(sourceFile);
  const end = node.getEnd();
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return [start + 1, end - 1];
  }
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) return [start + 1, end - 2];
  if (ts.isTemplateTail(node)) return [start + 1, end - 1];
  return null;
}

function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

function keysOutward(node: ts.Node): string[] {
  const keys: string[] = [];
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isPropertyAssignment(current)) keys.push(propertyName(current.name));
    else if (ts.isArrayLiteralExpression(current)) keys.push('[]');
    else if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) {
      keys.push(current.name.text);
    }
  }
  return keys;
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isParenthesizedExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/**
 * The parts of a module that an exempt path covers: the expression at that path and, through
 * the identifiers used there, the module-level constants it is built from (`rows: ORIGINAL_ROWS`).
 */
function exemptRanges(sourceFile: ts.SourceFile, paths: readonly KeyPath[]): [number, number][] {
  const constants = new Map<string, ts.Expression>();
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) {
        constants.set(declaration.name.text, declaration.initializer);
      }
    }
  }
  const ranges: [number, number][] = [];
  const seen = new Set<ts.Node>();
  const cover = (node: ts.Node): void => {
    if (seen.has(node)) return;
    seen.add(node);
    ranges.push([node.getStart(sourceFile), node.getEnd()]);
    const visit = (child: ts.Node): void => {
      if (ts.isIdentifier(child)) {
        const target = constants.get(child.text);
        if (target) cover(target);
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
  };
  for (const [root, ...rest] of paths) {
    let node: ts.Expression | undefined = root === undefined ? undefined : constants.get(root);
    for (const key of rest) {
      const object: ts.Expression | undefined = node === undefined ? undefined : unwrap(node);
      const property: ts.ObjectLiteralElementLike | undefined =
        object !== undefined && ts.isObjectLiteralExpression(object)
          ? object.properties.find(
              (p) => ts.isPropertyAssignment(p) && propertyName(p.name) === key,
            )
          : undefined;
      node =
        property !== undefined && ts.isPropertyAssignment(property)
          ? property.initializer
          : undefined;
    }
    if (node === undefined) {
      throw new Error(`${sourceFile.fileName}: exempt path ${[root, ...rest].join('.')} not found`);
    }
    cover(node);
  }
  return ranges;
}

function fragmentsOf(file: string, source: string, exempt: readonly KeyPath[]): Fragment[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const lines = new LineIndex(source);
  const skipped = exemptRanges(sourceFile, exempt);
  const fragments: Fragment[] = [];
  const visit = (node: ts.Node): void => {
    const range = bodyRange(node, sourceFile);
    if (range && !skipped.some(([from, to]) => from <= range[0] && range[1] <= to)) {
      fragments.push({
        file,
        literal: readLiteral(source.slice(range[0], range[1])),
        bodyStart: range[0],
        lines,
        keys: keysOutward(node),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return fragments;
}

/** How many keys, from the innermost, a value's path and a literal's keys share. */
function sharedKeys(path: KeyPath, keys: readonly string[]): number {
  let shared = 0;
  while (shared < path.length && shared < keys.length) {
    if (path[path.length - 1 - shared] !== keys[shared]) break;
    shared += 1;
  }
  return shared;
}

/**
 * Finds where the characters `start`..`end` of a data value are written: in the literal that
 * holds them (a value may be composed of several literals and other modules' text, as the
 * comparison rows are built from `facts.ts`). Prefers a literal that is the whole value, in the
 * module's own file, at the same keys, not given out already for the same characters.
 */
function locateInFragments(
  value: string,
  path: KeyPath,
  file: string,
  fragments: readonly Fragment[],
  start: number,
  end: number,
  used: Set<string>,
): ({ file: string } & Position) | null {
  let best: { fragment: Fragment; inner: number; key: string } | null = null;
  let bestScore = -1;
  for (const fragment of fragments) {
    const text = fragment.literal.value;
    if (text === '') continue;
    for (let at = value.indexOf(text); at >= 0; at = value.indexOf(text, at + 1)) {
      if (at > start || end > at + text.length) continue;
      const key = `${fragment.file}:${String(fragment.bodyStart)}:${String(start - at)}`;
      const score =
        (text === value ? 1000 : 0) +
        (fragment.file === file ? 100 : 0) +
        sharedKeys(path, fragment.keys) * 10 +
        (used.has(key) ? 0 : 5);
      if (score > bestScore) {
        bestScore = score;
        best = { fragment, inner: start - at, key };
      }
    }
  }
  if (best === null) return null;
  used.add(best.key);
  const { fragment, inner } = best;
  return {
    file: fragment.file,
    ...fragment.lines.position(fragment.bodyStart + (fragment.literal.offsets[inner] ?? 0)),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function valueAt(root: Record<string, unknown>, path: KeyPath): unknown {
  let current: unknown = root;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
}

/**
 * The localized text of the given data modules (paths relative to `root`): every string under a
 * prose key (`ko`, `en`) of every exported value, as the site gets it, except under a skipped
 * key or an exempt path. Each hit is traced back to the literal it is written in.
 */
export async function dataSegments(
  root: string,
  files: readonly string[],
  scope: DataScope,
): Promise<ProseSegment[]> {
  const fragments: Fragment[] = [];
  for (const file of files) {
    const name = file.split('/').pop() ?? file;
    fragments.push(
      ...fragmentsOf(file, readFileSync(join(root, file), 'utf8'), scope.exempt[name] ?? []),
    );
  }
  const modules = new Map<string, Record<string, unknown>>();
  const visited = new Set<unknown>();
  for (const file of files) {
    const name = file.split('/').pop() ?? file;
    const exports = (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;
    modules.set(file, exports);
    for (const path of scope.exempt[name] ?? []) visited.add(valueAt(exports, path));
  }
  const segments: ProseSegment[] = [];
  const used = new Set<string>();
  for (const [file, exports] of modules) {
    const ownFirst = [
      ...fragments.filter((f) => f.file === file),
      ...fragments.filter((f) => f.file !== file),
    ];
    const walk = (value: unknown, path: KeyPath, prose: boolean): void => {
      if (typeof value === 'string') {
        if (!prose || value === '') return;
        segments.push({
          file,
          text: value,
          locate: (start, end) =>
            locateInFragments(value, path, file, ownFirst, start, end, used) ?? {
              file,
              line: 1,
              column: 1,
            },
        });
        return;
      }
      if (!isRecord(value) || visited.has(value)) return;
      visited.add(value);
      if (Array.isArray(value)) {
        value.forEach((item: unknown) => {
          walk(item, [...path, '[]'], prose);
        });
        return;
      }
      for (const [key, item] of Object.entries(value)) {
        if (!scope.skipKeys.has(key)) walk(item, [...path, key], scope.proseKeys.has(key));
      }
    };
    for (const [exported, value] of Object.entries(exports)) walk(value, [exported], false);
  }
  return segments;
}
