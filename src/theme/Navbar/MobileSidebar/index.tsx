import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from '@docusaurus/router';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';

/**
 * The phone menu, drawn when the reader reaches for it instead of as soon as the page has
 * hydrated.
 *
 * The theme mounts the (hidden) phone menu in the render that follows hydration on every page
 * read on a phone: the navbar's items and, on doc pages, the whole docs sidebar, created and
 * committed in one synchronous task. Measured with Lighthouse on `/docs/containers` (see
 * src/theme/README.md), that task was the longest of the page load after the scripts' own
 * evaluation. A reader who never opens the menu never needs it. One who does starts drawing it
 * by touching or focusing the menu button (`pointerdown`, `focusin`: time-sliced work, before
 * the click that opens it), and at the latest it is drawn in the render that shows it. Once
 * drawn it stays, so closing and reopening animate as before; the first opening slides in too
 * (`@starting-style` in src/css/custom.css).
 *
 * It also closes the menu when the page changes under it. The theme closes it from each link's
 * click, but the edition menu's entries have a click handler of their own that replaces that
 * one (theme-classic's `DropdownNavbarItem/Mobile` spreads each item's props over the menu's
 * `onClick`), so choosing an edition left the menu open over the new page, which could not scroll.
 */
export default function NavbarMobileSidebarWrapper(): ReactNode {
  const { shown, toggle } = useNavbarMobileSidebar();
  const [drawn, setDrawn] = useState(false);
  const { pathname } = useLocation();
  const lastPath = useRef(pathname);
  useEffect(() => {
    if (lastPath.current === pathname) return;
    lastPath.current = pathname;
    if (shown) toggle();
  }, [pathname, shown, toggle]);
  // State derived from props during render (React's documented pattern): the menu is drawn in
  // the same render that first shows it, if the reader's intent has not drawn it already.
  if (shown && !drawn) setDrawn(true);

  useEffect(() => {
    if (drawn) return undefined;
    const onIntent = (event: Event): void => {
      if (event.target instanceof Element && event.target.closest('.navbar__toggle') !== null) {
        startTransition(() => {
          setDrawn(true);
        });
      }
    };
    document.addEventListener('pointerdown', onIntent, true);
    document.addEventListener('focusin', onIntent, true);
    return () => {
      document.removeEventListener('pointerdown', onIntent, true);
      document.removeEventListener('focusin', onIntent, true);
    };
  }, [drawn]);

  return drawn || shown ? <MobileSidebar /> : null;
}
