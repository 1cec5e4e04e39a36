/**
 * Reading progress: which doc pages a reader has finished, per edition, kept only in this
 * browser (localStorage). Nothing leaves the browser and nothing is in the server HTML.
 *
 * A page is identified by its doc id and its edition (the docs version name: `current` is the
 * revised edition, `2021.02` the original), not by its URL: a page finished in Korean counts as
 * finished in English too, and the same page of the other edition does not.
 *
 * Stored under a versioned key, as `{"version":1,"editions":{"current":["vm-problems",...]}}`.
 * Anything else under the key (corrupt JSON, another version, a field of the wrong type, a
 * foreign value) reads as no progress, silently, and is overwritten by the next write.
 */

export const STORAGE_KEY = 'vmc.reading-progress.v1';
export const SCHEMA_VERSION = 1;

/** Edition (docs version name) → the finished doc ids, in the order they were finished. */
export type Progress = ReadonlyMap<string, readonly string[]>;

export const EMPTY_PROGRESS: Progress = new Map();

/** Doc ids and version names as Docusaurus writes them; anything else is not ours. */
const NAME = /^[\w.\-/]{1,200}$/;
/** Far more than the site has: a bound on what a foreign value can make us keep. */
const MAX_EDITIONS = 50;
const MAX_DOCS = 1000;

/** Names that mean something to every JavaScript object; no doc or version is called so. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

const isName = (value: unknown): value is string =>
  typeof value === 'string' && NAME.test(value) && !RESERVED.has(value);

/** The progress stored as `raw` (localStorage's value), or no progress if it is not ours. */
export function parseProgress(raw: string | null): Progress {
  if (raw === null) return EMPTY_PROGRESS;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return EMPTY_PROGRESS;
  const { version, editions } = data as { version?: unknown; editions?: unknown };
  if (version !== SCHEMA_VERSION) return EMPTY_PROGRESS;
  if (typeof editions !== 'object' || editions === null || Array.isArray(editions)) {
    return EMPTY_PROGRESS;
  }
  const entries = Object.entries(editions as Record<string, unknown>);
  if (entries.length > MAX_EDITIONS) return EMPTY_PROGRESS;
  const progress = new Map<string, readonly string[]>();
  for (const [edition, docIds] of entries) {
    if (!isName(edition) || !Array.isArray(docIds) || docIds.length > MAX_DOCS) {
      return EMPTY_PROGRESS;
    }
    if (!docIds.every(isName)) return EMPTY_PROGRESS;
    if (docIds.length > 0) progress.set(edition, [...new Set(docIds)]);
  }
  return progress;
}

/** The value to store for `progress`. */
export function serializeProgress(progress: Progress): string {
  const editions: Record<string, readonly string[]> = {};
  for (const [edition, docIds] of progress) {
    if (docIds.length > 0)
      Object.defineProperty(editions, edition, { value: docIds, enumerable: true });
  }
  return JSON.stringify({ version: SCHEMA_VERSION, editions });
}

export function isFinished(progress: Progress, edition: string, docId: string): boolean {
  return progress.get(edition)?.includes(docId) ?? false;
}

/** How many of `docIds` are finished in `edition`. */
export function countFinished(
  progress: Progress,
  edition: string,
  docIds: readonly string[],
): number {
  return docIds.filter((docId) => isFinished(progress, edition, docId)).length;
}

/** `progress` with `docId` of `edition` finished (the same object if it already was). */
export function withFinished(progress: Progress, edition: string, docId: string): Progress {
  if (!isName(edition) || !isName(docId)) {
    throw new Error(
      `reading progress: edition ${JSON.stringify(edition)} and doc id ${JSON.stringify(docId)} ` +
        'must be 1 to 200 letters, digits, "_", "-", "." or "/"',
    );
  }
  if (isFinished(progress, edition, docId)) return progress;
  const next = new Map(progress);
  next.set(edition, [...(progress.get(edition) ?? []), docId]);
  return next;
}
