import { editionBase, findsAll, pageSlug, percentile, rankedPages } from '../metrics';
import { QUERIES } from '../queries';

describe('search bench metrics', () => {
  it('reads the page of a result URL in every locale and edition', () => {
    expect(pageSlug('/docs/vm-problems#license')).toBe('vm-problems');
    expect(pageSlug('/en/docs/2021.02/containers')).toBe('containers');
    expect(pageSlug('/docs/')).toBe('');
    expect(pageSlug('/en/docs/2021.02/')).toBe('');
    expect(() => pageSlug('/glossary')).toThrow(/not a docs URL/);
  });

  it('ranks distinct pages in the order they are shown', () => {
    expect(rankedPages(['/docs/a', '/docs/a#x', '/docs/b', '/docs/a#y'])).toEqual(['a', 'b']);
  });

  it('requires every expected page among the first five pages', () => {
    const urls = ['/docs/a', '/docs/b', '/docs/c', '/docs/d', '/docs/e', '/docs/f'];
    expect(findsAll(urls, ['a', 'e'])).toBe(true);
    expect(findsAll(urls, ['f'])).toBe(false);
    expect(findsAll([], ['a'])).toBe(false);
  });

  it('loads the index an edition’s pages use', () => {
    expect(editionBase('ko', 'revised')).toBe('/');
    expect(editionBase('en', 'original')).toBe('/en/docs/2021.02/');
  });

  it('computes nearest-rank percentiles', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(percentile(samples, 0.5)).toBe(3);
    expect(percentile(samples, 0.95)).toBe(5);
    expect(() => percentile([], 0.5)).toThrow();
  });

  it('has at least 40 queries covering every kind, both locales and both editions', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(QUERIES.map((query) => query.kind));
    expect(kinds.size).toBe(6);
    for (const locale of ['ko', 'en'])
      for (const edition of ['revised', 'original'])
        expect(QUERIES.some((q) => q.locale === locale && q.edition === edition)).toBe(true);
  });
});
