import { canonicalUrl } from '../canonicalUrl';

describe('canonicalUrl', () => {
  const site = 'https://vm-vs-container.github.io';

  it('joins the public site URL, the page path and the anchor', () => {
    expect(canonicalUrl(site, '/docs/comparison', 'startup-time')).toBe(
      'https://vm-vs-container.github.io/docs/comparison#startup-time',
    );
    expect(canonicalUrl(site, '/en/glossary', '#hypervisor')).toBe(
      'https://vm-vs-container.github.io/en/glossary#hypervisor',
    );
  });

  it('leaves the page address bare without an anchor', () => {
    expect(canonicalUrl(site, '/en/docs/')).toBe('https://vm-vs-container.github.io/en/docs/');
    expect(canonicalUrl(site, '/docs/vm-problems', '')).toBe(
      'https://vm-vs-container.github.io/docs/vm-problems',
    );
  });

  it('drops a query string and hash the reader’s own visit put on the path', () => {
    expect(canonicalUrl(site, '/docs/containers?view=parallel#x', 'namespaces')).toBe(
      'https://vm-vs-container.github.io/docs/containers#namespaces',
    );
  });

  it('keeps a path the site is served under and never doubles slashes', () => {
    expect(canonicalUrl('https://example.org/learn/', '/docs/', 'a')).toBe(
      'https://example.org/learn/docs/#a',
    );
  });

  it('percent-encodes what a URL cannot carry raw', () => {
    expect(canonicalUrl(site, '/docs/a b', 'c d')).toBe(
      'https://vm-vs-container.github.io/docs/a%20b#c%20d',
    );
  });

  it('rejects a site URL that is not absolute and a path that is not rooted', () => {
    expect(() => canonicalUrl('localhost:3000', '/docs/')).toThrow(/siteUrl must be an absolute/);
    expect(() => canonicalUrl(site, 'docs/')).toThrow(/pathname must start with "\/"/);
  });
});
