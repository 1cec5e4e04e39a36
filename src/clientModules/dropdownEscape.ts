/**
 * Client module (`clientModules` in docusaurus.config.ts): Escape closes an open navbar dropdown
 * (edition, language) and puts keyboard focus back on its toggle, as a menu button does (WAI-ARIA
 * APG). The theme's dropdown keeps its open state in React and closes itself when focus moves
 * outside it (a `focusin` listener on the document), so this module tells it exactly that, with
 * no swizzle. A menu shown because the pointer rests on it (Infima's hover rule) is hidden too,
 * until the pointer leaves it or the dropdown is opened again (WCAG 1.4.13, dismissible).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** Marks a dropdown whose hover-opened menu Escape dismissed (src/css/custom.css hides it). */
export const DISMISSED = 'data-escape-dismissed';

const DROPDOWN = '.navbar .dropdown';
const TOGGLE = ':scope > [aria-haspopup]';

function isOpen(dropdown: Element): boolean {
  return (
    dropdown.classList.contains('dropdown--show') ||
    (dropdown.matches(':hover') && !dropdown.hasAttribute(DISMISSED))
  );
}

/** The dropdown Escape acts on: the one holding focus, else an open one. */
function targetDropdown(doc: Document): Element | null {
  const focused = doc.activeElement?.closest(DROPDOWN);
  if (focused && isOpen(focused)) return focused;
  return Array.from(doc.querySelectorAll(DROPDOWN)).find(isOpen) ?? null;
}

/**
 * Handles one keydown: on Escape with a navbar dropdown open, closes it, focuses its toggle and
 * returns true (the event is then consumed); otherwise returns false and leaves the event alone.
 */
export function closeDropdownOnEscape(event: KeyboardEvent, doc: Document = document): boolean {
  if (event.key !== 'Escape' || event.defaultPrevented) return false;
  const dropdown = targetDropdown(doc);
  if (!dropdown) return false;
  // The theme's own "focus went elsewhere" path closes it (setShowDropdown(false)).
  doc.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  if (dropdown.matches(':hover')) {
    dropdown.setAttribute(DISMISSED, '');
    dropdown.addEventListener(
      'mouseleave',
      () => {
        dropdown.removeAttribute(DISMISSED);
      },
      { once: true },
    );
  }
  const toggle = dropdown.querySelector<HTMLElement>(TOGGLE);
  toggle?.focus();
  event.preventDefault();
  return true;
}

/** Opening the dropdown again (Enter, Space or a click on its toggle) shows its menu again. */
function onReopen(event: Event): void {
  if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
  const toggle = event.target instanceof Element ? event.target.closest('[aria-haspopup]') : null;
  toggle?.closest(DROPDOWN)?.removeAttribute(DISMISSED);
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('keydown', (event) => {
    closeDropdownOnEscape(event);
  });
  document.addEventListener('keydown', onReopen, true);
  document.addEventListener('click', onReopen, true);
}
