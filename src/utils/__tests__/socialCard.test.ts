import { socialCardPath } from '../socialCard';

describe('socialCardPath', () => {
  it.each([
    ['/', '/', '/img/cards/index.png'],
    ['/docs/', '/', '/img/cards/docs/index.png'],
    ['/docs/vm-problems', '/', '/img/cards/docs/vm-problems.png'],
    ['/docs/2021.02/', '/', '/img/cards/docs/2021.02/index.png'],
    ['/docs/2021.02/comparison', '/', '/img/cards/docs/2021.02/comparison.png'],
    ['/glossary', '/', '/img/cards/glossary.png'],
    ['/404.html', '/', '/img/cards/404.png'],
    ['/en/', '/en/', '/en/img/cards/index.png'],
    ['/en/docs/vm-problems', '/en/', '/en/img/cards/docs/vm-problems.png'],
    ['/en/docs/2021.02/', '/en/', '/en/img/cards/docs/2021.02/index.png'],
  ])('%s (base %s) → %s', (pathname, baseUrl, card) => {
    expect(socialCardPath(pathname, baseUrl)).toBe(card);
  });

  it('ignores a query string and an anchor', () => {
    expect(socialCardPath('/docs/containers?view=parallel#namespaces', '/')).toBe(
      '/img/cards/docs/containers.png',
    );
  });
});
