/**
 * Where the focus goes around the search plugin's box, corrected by the site's `SearchBar`
 * wrapper through a document listener (no patch: the plugin's handlers stay as they are).
 */

/** The plugin's clear button (✕): its only button, styled in src/css/search.css. */
export const CLEAR_BUTTON = '.navbar__search > button';

/**
 * Pressing the clear button must not take the focus from the box. On a phone the plugin hides
 * the button as soon as the box loses the focus (its CSS, below 576px), and a tap moves the
 * focus on pointer down, before the click: the button vanished under the finger and the text
 * stayed. With the press's default prevented, the click clears the box and the focus stays in
 * it, ready for the next word, on every screen.
 */
export function keepFocusOnClear(event: MouseEvent): void {
  if (event.target instanceof Element && event.target.closest(CLEAR_BUTTON)) event.preventDefault();
}
