/**
 * Arriving on a page from a search result (src/theme/SearchBar): the patched search bar keeps the
 * words to highlight in the history state under `_highlight` (not in the address, which stays
 * clean to copy), and the focus moves to the matched section.
 */

/** The history state key the patched search bar keeps the highlighted words under. */
export const HIGHLIGHT_STATE_KEY = '_highlight';

/** The words a page was opened with from a search result; none for any other navigation. */
export function highlightedWords(state: unknown): string[] {
  if (typeof state !== 'object' || state === null) return [];
  const words: unknown = (state as Record<string, unknown>)[HIGHLIGHT_STATE_KEY];
  return Array.isArray(words)
    ? words.filter((word): word is string => typeof word === 'string')
    : [];
}

/**
 * The element a result points to: the section heading (or glossary entry) its anchor names, else
 * the page's title. Returns the element focused, or null when there is none.
 */
export function focusSearchTarget(doc: Document, hash: string): HTMLElement | null {
  let id = '';
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    id = hash.replace(/^#/, '');
  }
  const target =
    (id ? doc.getElementById(id) : null) ?? doc.querySelector<HTMLElement>('article h1, main h1');
  if (!target) return null;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  // Docusaurus has scrolled to the anchor (below the sticky navbar); focusing must not move it.
  target.focus({ preventScroll: true });
  return target;
}
