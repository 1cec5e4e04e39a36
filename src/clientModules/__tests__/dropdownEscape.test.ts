// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDropdownOnEscape } from '../dropdownEscape';

/**
 * The theme's desktop dropdown as it behaves (DropdownNavbarItem/Desktop): open state in a class,
 * closed by a `focusin` (or mousedown) outside it.
 */
function themeDropdown(): { dropdown: HTMLElement; toggle: HTMLElement; item: HTMLElement } {
  document.body.innerHTML = `
    <nav class="navbar">
      <div class="navbar__item dropdown dropdown--hoverable dropdown--right">
        <a href="#" class="navbar__link" aria-haspopup="true" aria-expanded="false" role="button">판</a>
        <ul class="dropdown__menu"><li><a class="dropdown__link" href="/docs/2021.02/">초판</a></li></ul>
      </div>
    </nav>
    <main><a id="elsewhere" href="/x">x</a></main>`;
  const dropdown = document.querySelector<HTMLElement>('.dropdown');
  const toggle = document.querySelector<HTMLElement>('[aria-haspopup]');
  const item = document.querySelector<HTMLElement>('.dropdown__link');
  if (!dropdown || !toggle || !item) throw new Error('fixture incomplete');
  return { dropdown, toggle, item };
}

function onOutsideFocus(event: Event): void {
  const dropdown = document.querySelector('.dropdown');
  if (dropdown && event.target instanceof Node && !dropdown.contains(event.target)) {
    dropdown.classList.remove('dropdown--show');
  }
}

function escape(): KeyboardEvent {
  return new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
}

describe('Escape on a navbar dropdown', () => {
  beforeEach(() => {
    document.addEventListener('focusin', onOutsideFocus);
  });
  afterEach(() => {
    document.removeEventListener('focusin', onOutsideFocus);
    document.body.innerHTML = '';
  });

  it('closes the open dropdown and moves focus back to its toggle', () => {
    const { dropdown, toggle, item } = themeDropdown();
    dropdown.classList.add('dropdown--show');
    item.focus();
    const event = escape();
    expect(closeDropdownOnEscape(event)).toBe(true);
    expect(dropdown.classList.contains('dropdown--show')).toBe(false);
    expect(document.activeElement).toBe(toggle);
    expect(event.defaultPrevented).toBe(true);
  });

  it('closes an open dropdown even when focus is elsewhere', () => {
    const { dropdown, toggle } = themeDropdown();
    dropdown.classList.add('dropdown--show');
    expect(closeDropdownOnEscape(escape())).toBe(true);
    expect(dropdown.classList.contains('dropdown--show')).toBe(false);
    expect(document.activeElement).toBe(toggle);
  });

  it('leaves Escape alone when no dropdown is open', () => {
    const { toggle } = themeDropdown();
    toggle.focus();
    const event = escape();
    expect(closeDropdownOnEscape(event)).toBe(false);
    expect(event.defaultPrevented).toBe(false);
  });

  it('ignores other keys and an Escape already handled', () => {
    const { dropdown } = themeDropdown();
    dropdown.classList.add('dropdown--show');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    expect(closeDropdownOnEscape(enter)).toBe(false);
    const handled = escape();
    handled.preventDefault();
    expect(closeDropdownOnEscape(handled)).toBe(false);
    expect(dropdown.classList.contains('dropdown--show')).toBe(true);
  });
});
