/**
 * Where the focus goes around the search plugin's box: the clear button (✕) and Escape keep it
 * in the box. The site's `SearchBar` wrapper adds these document listeners, in the capture phase,
 * so the plugin's own handlers stay as they are (patches/@easyops-cn+docusaurus-search-local.md,
 * sections 6 and 8; the box's fixes that need the patch are sections 7 and 9).
 */

/** The plugin's clear button (✕): its only button, styled in src/css/search.css. */
export const CLEAR_BUTTON = '.navbar__search > button';

/** The plugin's search box. */
const SEARCH_INPUT = 'input.navbar__search-input';

/**
 * A press on the clear button does not take the focus from the box. On a phone the plugin hides
 * the button as soon as the box loses the focus (its CSS, below 576px), and a tap moves the
 * focus on pointer down, before the click: the button vanished under the finger and the text
 * stayed. With the press's default prevented, the click clears the box and the focus stays in
 * it, ready for the next word, on every screen.
 */
export function keepFocusOnClear(event: MouseEvent): void {
  if (event.target instanceof Element && event.target.closest(CLEAR_BUTTON)) event.preventDefault();
}

/**
 * A click on the clear button (from the keyboard too: Tab to it, Enter) puts the focus back in
 * the box before the plugin clears it: the cleared box has no button, and the focus would fall
 * to the page's body with it.
 */
export function focusBoxOnClear(event: MouseEvent): void {
  const button = event.target instanceof Element ? event.target.closest(CLEAR_BUTTON) : null;
  button?.parentElement?.querySelector<HTMLInputElement>(SEARCH_INPUT)?.focus();
}

let escaping = false;

/** Notes whether the key being pressed in the box is Escape (see `keepFocusOnEscape`). */
export function noteEscape(event: KeyboardEvent): void {
  escaping =
    event.key === 'Escape' && event.target instanceof Element && event.target.matches(SEARCH_INPUT);
}

/**
 * Escape closes the list of suggestions and leaves the focus in the box. The plugin blurs the
 * box whenever autocomplete.js closes its list (right for a chosen result, which goes to another
 * page), so on Escape the focus fell to the page's body: no focus ring, nothing announced, the
 * next Tab from the box's neighbour. autocomplete.js closes the list with a DOM event,
 * `autocomplete:closed`, on the box: stopped on its way down, it does not reach the plugin's
 * handler when Escape closed the list.
 */
export function keepFocusOnEscape(event: Event): void {
  if (escaping) event.stopPropagation();
}
