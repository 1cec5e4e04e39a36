/**
 * Every external page the revised edition links to is on its references page (decisions.md §4):
 * a reader who wants the sources finds them all in one place, with a description.
 */
import { createProcessor } from '@mdx-js/mdx';
import { readDoc, type Locale } from '../../../scripts/lib/docs';
import { LOCALES, revisedPages as revisedSitePages } from '../../../scripts/lib/sitePages';
import { referencesFor } from '../references';

interface MdxNode {
  readonly type: string;
  readonly url?: string;
  readonly attributes?: readonly { readonly name?: string; readonly value?: unknown }[];
  readonly children?: readonly MdxNode[];
}

const EXTERNAL = /^https?:\/\//i;
const LINK_ATTRIBUTES = new Set(['href', 'src']);

/**
 * The external URLs an MDX source links to: Markdown links and link definitions, and `href`/`src`
 * attributes of JSX elements (MDX has no `<https://…>` autolinks). Code is not a link.
 */
export function externalUrls(source: string): string[] {
  const tree = createProcessor().parse(source) as MdxNode;
  const urls: string[] = [];
  const visit = (node: MdxNode): void => {
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      urls.push(node.url);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes ?? []) {
        if (LINK_ATTRIBUTES.has(attribute.name ?? '') && typeof attribute.value === 'string') {
          urls.push(attribute.value);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return urls.filter((url) => EXTERNAL.test(url));
}

/** The page a URL points to: the same address without its `#fragment`. */
function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The MDX files of the revised edition in a locale (from the sidebars), relative to the repository root. */
function revisedPages(locale: Locale): string[] {
  return revisedSitePages()
    .filter((page) => page.locale === locale)
    .map((page) => page.file)
    .sort();
}

describe('externalUrls', () => {
  it('finds Markdown, definition and JSX links, and nothing in code', () => {
    const source = [
      '# Title {/* #title */}',
      '',
      'See [the docs](https://docs.docker.com/engine/security/#linux-kernel-capabilities "Docker")',
      'and [OCI](https://opencontainers.org/) and [a note][ref] and [a page](./containers.mdx#oci).',
      '',
      '[ref]: http://www.opennaru.com/cloud/virtualization-vs-container/',
      '',
      '<a href="https://gvisor.dev/docs/">gVisor</a>',
      '',
      '`https://example.org/inline` and:',
      '',
      '```sh',
      'curl https://example.org/in-code',
      '```',
    ].join('\n');
    expect(externalUrls(source)).toEqual([
      'https://docs.docker.com/engine/security/#linux-kernel-capabilities',
      'https://opencontainers.org/',
      'http://www.opennaru.com/cloud/virtualization-vs-container/',
      'https://gvisor.dev/docs/',
    ]);
  });
});

describe('the revised edition’s external links', () => {
  const listed = new Set(referencesFor('revised').map((reference) => reference.url));

  it.each(LOCALES)(
    'of the %s pages are all on the references page (src/data/references.ts)',
    (locale) => {
      const missing = revisedPages(locale).flatMap((file) =>
        externalUrls(readDoc(file))
          .filter((url) => !listed.has(pageOf(url)))
          .map((url) => `${file}: ${url}`),
      );
      expect([...new Set(missing)]).toEqual([]);
    },
  );
});
