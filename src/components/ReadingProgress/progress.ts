/**
 * The reading progress of this browser: localStorage (./store.ts) behind a small external store
 * for `useSyncExternalStore`. Every component that shows marks reads it through
 * `useReadingProgress()`, which gives the server's snapshot (no progress) while hydrating, so
 * the server HTML and the first client render agree, and the stored marks appear right after.
 * Other tabs' changes arrive through the `storage` event.
 */
import { useSyncExternalStore } from 'react';
import {
  EMPTY_PROGRESS,
  STORAGE_KEY,
  parseProgress,
  serializeProgress,
  withFinished,
  type Progress,
} from './store';

const listeners = new Set<() => void>();
/** What was read last, so that an unchanged value gives the same snapshot object. */
let lastRaw: string | null = null;
let lastProgress: Progress = EMPTY_PROGRESS;
/** Where progress lives when the browser refuses storage (private modes, quotas): this tab. */
let memory: string | null | undefined;

function readRaw(): string | null {
  if (memory !== undefined) return memory;
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeRaw(raw: string | null): void {
  try {
    if (raw === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, raw);
    memory = undefined;
  } catch {
    memory = raw;
  }
  for (const listener of listeners) listener();
}

/** The current progress; the same object as long as the stored value has not changed. */
export function getProgress(): Progress {
  const raw = readRaw();
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastProgress = parseProgress(raw);
  }
  return lastProgress;
}

function onStorage(event: StorageEvent): void {
  // `key` is null when another tab cleared the whole storage.
  if (event.key !== null && event.key !== STORAGE_KEY) return;
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Marks `docId` of `edition` (a docs version name) as finished. */
export function markFinished(edition: string, docId: string): void {
  const progress = getProgress();
  const next = withFinished(progress, edition, docId);
  if (next !== progress) writeRaw(serializeProgress(next));
}

/** Forgets every page finished, in every edition. */
export function resetProgress(): void {
  writeRaw(null);
}

const serverSnapshot = (): Progress => EMPTY_PROGRESS;

/** The reader's progress: none on the server and while hydrating, then what is stored. */
export function useReadingProgress(): Progress {
  return useSyncExternalStore(subscribe, getProgress, serverSnapshot);
}
