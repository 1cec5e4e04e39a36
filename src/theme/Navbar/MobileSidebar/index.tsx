import { useState, type ReactNode } from 'react';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';

/**
 * The phone menu, drawn the first time it is opened instead of as soon as the page has hydrated.
 *
 * The theme mounts the (hidden) phone menu in the render that follows hydration on every page
 * read on a phone: the navbar's items and, on doc pages, the whole docs sidebar, created and
 * committed in one synchronous task. Measured with Lighthouse on `/docs/containers` (see
 * README, "Performance"), that task was the longest of the page load after the scripts' own
 * evaluation. A reader who never opens the menu never needs it; one who does gets it drawn in
 * the tap that opens it. Once drawn it stays, so closing and reopening it animate as before; the
 * first opening slides in too (`@starting-style` in src/css/custom.css).
 */
export default function NavbarMobileSidebarWrapper(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  // State derived from props during render (React's documented pattern): the menu is drawn in
  // the same render that first shows it.
  if (shown && !opened) setOpened(true);
  return opened || shown ? <MobileSidebar /> : null;
}
