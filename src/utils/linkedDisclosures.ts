/**
 * Disclosures (`<details>`) that hide the target of a link, and how to open them.
 *
 * A link to `#changes-from-original` must show the change list, which each revised page keeps
 * collapsed in a `<details>` right under that heading; a link to anything inside a closed
 * `<details>` must show it too. Docusaurus renders MDX `<details>` with its theme `Details`
 * component, which keeps its open state in React (`data-collapsed` on the element mirrors it)
 * and animates the content's height: setting the element's `open` property from outside would
 * leave the content at `display: none` and React's state out of step. So a theme `Details` is
 * opened the way a reader opens it, by a click on its `<summary>`, which runs the component's
 * own handler; a plain `<details>` (no `data-collapsed`) gets `open = true`.
 */

const HEADING = /^H[1-6]$/;

function isDetails(element: Element): element is HTMLDetailsElement {
  return element.tagName === 'DETAILS';
}

/** Whether a disclosure shows its content (for a theme `Details`, its React state). */
export function isDisclosureOpen(details: HTMLDetailsElement): boolean {
  const collapsed = details.getAttribute('data-collapsed');
  return collapsed === null ? details.open : collapsed === 'false';
}

/**
 * The disclosure a heading's section begins with: the first `<details>` among the heading's
 * following siblings before the next heading, skipping what the site puts under headings (the
 * bilingual strip). `null` when the section has none.
 */
export function sectionDisclosure(heading: Element): HTMLDetailsElement | null {
  if (!HEADING.test(heading.tagName)) return null;
  for (let next = heading.nextElementSibling; next !== null; next = next.nextElementSibling) {
    if (HEADING.test(next.tagName)) return null;
    if (isDetails(next)) return next;
  }
  return null;
}

/**
 * The closed disclosures to open, outermost first, so that `target` shows: every closed
 * `<details>` around it (unless it is in that disclosure's own `<summary>`, which shows
 * anyway) and, for a heading, the closed disclosure its section begins with.
 */
export function disclosuresHiding(target: Element): HTMLDetailsElement[] {
  const closed: HTMLDetailsElement[] = [];
  let inside: Element = target;
  for (let parent = target.parentElement; parent !== null; parent = parent.parentElement) {
    const inSummary = inside.tagName === 'SUMMARY' && inside.parentElement === parent;
    if (isDetails(parent) && !inSummary && !isDisclosureOpen(parent)) closed.unshift(parent);
    inside = parent;
  }
  const section = sectionDisclosure(target);
  if (section !== null && !isDisclosureOpen(section)) closed.push(section);
  return closed;
}

/** Opens one disclosure: through its summary for a theme `Details`, directly otherwise. */
export function openDisclosure(details: HTMLDetailsElement): void {
  if (isDisclosureOpen(details)) return;
  const summary = Array.from(details.children).find((child) => child.tagName === 'SUMMARY');
  if (details.hasAttribute('data-collapsed') && summary instanceof HTMLElement) summary.click();
  else details.open = true;
}

/** The element a URL fragment (`#id`, percent-encoded or not) names, or null. */
export function fragmentTarget(doc: Document, hash: string): Element | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A malformed escape: the browser looks the raw fragment up too.
  }
  return doc.getElementById(id) ?? doc.getElementById(raw);
}

/** How long a disclosure may take to finish opening before the target is left where it is. */
const SETTLE_LIMIT_MS = 1500;

/**
 * Keeps `target` where a fragment navigation puts it (its top at the top of the viewport,
 * less its scroll margin) while the disclosures above and around it open, then lets go. The
 * browser scrolled to the heading before the list under it existed, and the page may have
 * been too short to bring it up; as the list unfolds, the heading rises with it. Any scrolling
 * of the reader's own (wheel, touch, keys, pointer) ends it at once.
 */
export function keepInView(target: Element, opening: readonly HTMLDetailsElement[]): void {
  const win = target.ownerDocument.defaultView;
  if (win === null) return;
  const started = win.performance.now();
  const pending = new Set(opening.filter((details) => details.hasAttribute('data-collapsed')));
  let stopped = false;
  const interrupts = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = (): void => {
    stopped = true;
    for (const type of interrupts) win.removeEventListener(type, stop, true);
    for (const details of opening) details.removeEventListener('transitionend', onEnd);
  };
  function onEnd(this: HTMLDetailsElement, event: TransitionEvent): void {
    if (event.propertyName === 'height') pending.delete(this);
  }
  for (const type of interrupts) win.addEventListener(type, stop, { capture: true, passive: true });
  for (const details of opening) details.addEventListener('transitionend', onEnd);

  const step = (now: number): void => {
    if (stopped) return;
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    if (pending.size > 0 && now - started < SETTLE_LIMIT_MS) win.requestAnimationFrame(step);
    else stop();
  };
  win.requestAnimationFrame(step);
}

/**
 * Shows the target of `hash`: opens the closed disclosures that hide it and keeps it in view
 * while they unfold. Returns the disclosures it opened (none when nothing was hidden, and then
 * it neither scrolls nor moves anything).
 */
export function revealFragment(doc: Document, hash: string): HTMLDetailsElement[] {
  const target = fragmentTarget(doc, hash);
  if (target === null) return [];
  const hiding = disclosuresHiding(target);
  if (hiding.length === 0) return [];
  for (const details of hiding) openDisclosure(details);
  keepInView(target, hiding);
  return hiding;
}
