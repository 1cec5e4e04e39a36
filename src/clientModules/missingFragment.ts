/**
 * Client module (`clientModules` in docusaurus.config.ts): a link to another page whose
 * `#fragment` that page does not have starts the page at its top.
 *
 * Docusaurus scrolls to the element a fragment names after a navigation, and does nothing when
 * there is none, so the new page kept the old page's scroll position: switching the edition of
 * `/docs/containers#namespaces` (a section the original edition does not have) showed the
 * original edition's footer. A fresh load of such an address already starts at the top.
 */
import type { ClientModule } from '@docusaurus/types';

interface Place {
  readonly pathname: string;
  readonly hash: string;
}

/** Whether a navigation from `previous` to `location` needs the page moved to its top. */
export function landsOnMissingFragment(
  doc: Document,
  location: Place,
  previous: Place | null,
): boolean {
  if (previous === null || previous.pathname === location.pathname) return false;
  if (location.hash === '' || location.hash === '#') return false;
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    id = location.hash.slice(1);
  }
  return doc.getElementById(id) === null;
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location, previousLocation }) {
    if (landsOnMissingFragment(document, location, previousLocation)) window.scrollTo(0, 0);
  },
};

export default clientModule;
