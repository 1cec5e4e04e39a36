/**
 * The sections of the same page in the other language, cut out of that page's built HTML by the
 * heading ids both languages share. The HTML comes from this site (same origin, see
 * `loadOtherPage`); it is parsed with DOMParser, which runs no script and loads nothing.
 */

/** Key of the part of a page before its first h2/h3 (as in src/plugins/bilingual/freshness). */
export const INTRO = '_intro';

export interface OtherSection {
  readonly id: string;
  /** The section's heading text (the page title for the intro). */
  readonly heading: string;
  /** The section's content as HTML, safe to insert next to this page's own (see `adopt`). */
  readonly html: string;
}

/** Controls and slots of the site's own UI, which mean nothing in a copy. */
const UI_SELECTORS = [
  'script',
  'noscript',
  '.hash-link',
  '[data-copy-link]',
  '[data-bilingual-slot]',
  '[data-bilingual-ignore]',
].join(',');

const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

/**
 * Makes a copied fragment fit to live in this page: ids get a prefix (the copy must not repeat
 * this page's ids, and its references follow), disclosures whose button only works with the
 * other page's script become native <details>, and the site's own controls go.
 */
export function adopt(container: HTMLElement, prefix: string): void {
  for (const element of Array.from(container.querySelectorAll(UI_SELECTORS))) element.remove();

  const doc = container.ownerDocument;
  for (const button of Array.from(container.querySelectorAll('button[aria-controls]'))) {
    const panelId = button.getAttribute('aria-controls') ?? '';
    const panel = Array.from(container.querySelectorAll('[id]')).find((el) => el.id === panelId);
    if (panel === undefined) continue;
    const details = doc.createElement('details');
    const summary = doc.createElement('summary');
    summary.textContent = button.textContent.trim();
    details.append(summary);
    panel.removeAttribute('hidden');
    panel.removeAttribute('id');
    details.append(panel);
    button.replaceWith(details);
  }
  // Any other button belonged to a script that does not run here.
  for (const button of Array.from(container.querySelectorAll('button'))) button.remove();

  const renamed = new Set<string>();
  for (const element of Array.from(container.querySelectorAll('[id]'))) {
    renamed.add(element.id);
    element.id = `${prefix}${element.id}`;
  }
  for (const element of Array.from(container.querySelectorAll('*'))) {
    for (const name of ID_REFERENCES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const ids = value.split(/\s+/).map((id) => (renamed.has(id) ? `${prefix}${id}` : id));
      element.setAttribute(name, ids.join(' '));
    }
    // SVG references (<use href="#x">, fill="url(#x)") point inside the copy; links between
    // sections (<a href="#x">) keep pointing at this page's own, aligned, section.
    if (element.namespaceURI === 'http://www.w3.org/2000/svg') {
      for (const attribute of Array.from(element.attributes)) {
        const rewritten = attribute.value
          .replace(/^#(.+)$/, (match: string, id: string) =>
            renamed.has(id) ? `#${prefix}${id}` : match,
          )
          .replace(/url\(#([^)]+)\)/g, (match: string, id: string) =>
            renamed.has(id) ? `url(#${prefix}${id})` : match,
          );
        if (rewritten !== attribute.value) element.setAttribute(attribute.name, rewritten);
      }
    }
  }
}

function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  for (const element of Array.from(copy.querySelectorAll(UI_SELECTORS))) element.remove();
  return copy.textContent.replace(/\u200b/g, '').trim();
}

/**
 * The sections of a built doc page, by heading id, plus INTRO (the text before the first h2/h3,
 * without the title, whose text is the intro's heading). `prefix` starts every id in the copy.
 */
export function sliceSections(doc: Document, prefix: string): Map<string, OtherSection> {
  const root = doc.querySelector('.theme-doc-markdown');
  if (root === null) throw new Error('the page has no doc content (.theme-doc-markdown)');
  const result = new Map<string, OtherSection>();
  let current = { id: INTRO, heading: '', parts: [] as Element[] };
  const flush = (): void => {
    const container = doc.createElement('div');
    for (const part of current.parts) container.append(part.cloneNode(true));
    adopt(container, prefix);
    result.set(current.id, {
      id: current.id,
      heading: current.heading,
      html: container.innerHTML.trim(),
    });
  };
  for (const child of Array.from(root.children)) {
    const isSection = /^H[23]$/.test(child.tagName) && child.id !== '';
    if (isSection) {
      flush();
      current = { id: child.id, heading: headingText(child), parts: [] };
      continue;
    }
    const title = child.matches('h1')
      ? child
      : child.matches('header')
        ? child.querySelector('h1')
        : null;
    if (current.id === INTRO && title !== null && current.heading === '') {
      current.heading = headingText(title);
      continue;
    }
    current.parts.push(child);
  }
  flush();
  return result;
}

const cache = new Map<string, Promise<Map<string, OtherSection>>>();

/**
 * Fetches the page at `path` (this origin only) and slices it; one request per page and visit.
 * A failed load is forgotten, so the reader can try again.
 */
export function loadOtherSections(
  path: string,
  prefix: string,
): Promise<Map<string, OtherSection>> {
  if (!path.startsWith('/') || path.startsWith('//')) {
    return Promise.reject(new Error(`not a path on this site: ${path}`));
  }
  const key = `${prefix}|${path}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const loading = fetch(path, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
      const html = await response.text();
      return sliceSections(new DOMParser().parseFromString(html, 'text/html'), prefix);
    })
    .catch((error: unknown) => {
      cache.delete(key);
      throw error;
    });
  cache.set(key, loading);
  return loading;
}
