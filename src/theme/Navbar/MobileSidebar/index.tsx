import { startTransition, useEffect, useState, type ReactNode } from 'react';
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
 */
export default function NavbarMobileSidebarWrapper(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [drawn, setDrawn] = useState(false);
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
