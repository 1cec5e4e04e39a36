/**
 * The reader's choice of view on doc pages: one language, or both side by side. A `?view=` in
 * the address wins (so a link can carry the parallel view); otherwise the last choice, kept in
 * localStorage. The head script `src/plugins/bilingual/prepaint.js` reads the same two places
 * before the first paint; keep them in step.
 */
export type View = 'single' | 'parallel';

export const VIEW_PARAM = 'view';
export const VIEW_STORAGE_KEY = 'bilingual.view';
/** Attribute on <html>: "pending" (parallel asked for, not drawn yet) or "parallel". */
export const VIEW_ATTRIBUTE = 'data-bilingual-view';

function isView(value: string | null): value is View {
  return value === 'single' || value === 'parallel';
}

export function viewFromSearch(search: string): View | null {
  const value = new URLSearchParams(search).get(VIEW_PARAM);
  return isView(value) ? value : null;
}

/** `search` with the view set; the single view is the default and leaves no parameter. */
export function searchWithView(search: string, view: View): string {
  const params = new URLSearchParams(search);
  if (view === 'parallel') params.set(VIEW_PARAM, 'parallel');
  else params.delete(VIEW_PARAM);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export function storedView(): View {
  try {
    const value = window.localStorage.getItem(VIEW_STORAGE_KEY);
    return isView(value) ? value : 'single';
  } catch {
    // Storage can be blocked (privacy settings): the choice then lasts for the page only.
    return 'single';
  }
}

const CHANGE_EVENT = 'bilingual-view-change';

export function storeView(view: View): void {
  try {
    window.localStorage.setItem(VIEW_STORAGE_KEY, view);
  } catch {
    // See storedView.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Calls `onChange` when the stored choice changes, in this tab or another. */
export function subscribeToStoredView(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}
