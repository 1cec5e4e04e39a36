/**
 * Client module (`clientModules` in docusaurus.config.ts): a link to a section whose content is
 * collapsed, such as `#changes-from-original`, or to anything inside a closed `<details>`,
 * opens the disclosure so the reader sees what the link points at (src/utils/linkedDisclosures.ts).
 *
 * It acts on every way a fragment is reached: a fresh load or a link from another page
 * (`onRouteDidUpdate`, which Docusaurus also calls on the first render), a link on the same page
 * and back/forward (`hashchange`, and the router's update), and a click on a link to the
 * fragment already in the address bar, which fires neither. It waits for hydration, since the
 * theme's `Details` can only be opened through its own click handler.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type { ClientModule } from '@docusaurus/types';
import { revealFragment } from '../utils/linkedDisclosures';

let scheduled: number | null = null;

/** Runs `callback` once React has hydrated the page (Docusaurus marks `<html>` then). */
function whenHydrated(callback: () => void): void {
  const root = document.documentElement;
  const hydrated = (): boolean => root.getAttribute('data-has-hydrated') === 'true';
  if (hydrated()) {
    callback();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!hydrated()) return;
    observer.disconnect();
    callback();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-has-hydrated'] });
}

/** Reveals the target of `hash` in the next frame; several triggers of one navigation run once. */
function schedule(hash: string): void {
  if (hash === '' || hash === '#') return;
  whenHydrated(() => {
    if (scheduled !== null) cancelAnimationFrame(scheduled);
    scheduled = requestAnimationFrame(() => {
      scheduled = null;
      revealFragment(document, hash);
    });
  });
}

function samePage(url: URL): boolean {
  const path = (pathname: string): string => pathname.replace(/\/+$/, '');
  return (
    url.origin === window.location.origin && path(url.pathname) === path(window.location.pathname)
  );
}

/** A plain left click on a link to a fragment of this page (captured before any handler). */
function onClick(event: MouseEvent): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target !== '' && link.target !== '_self')) {
    return;
  }
  const url = new URL(link.href, window.location.href);
  if (url.hash !== '' && samePage(url)) schedule(url.hash);
}

if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener('hashchange', () => {
    schedule(window.location.hash);
  });
  document.addEventListener('click', onClick, true);
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location }) {
    schedule(location.hash);
  },
};

export default clientModule;
