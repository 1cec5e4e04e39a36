import { offersOtherLanguage, pageKey } from './context';

describe('pageKey', () => {
  it('is the same for a page in both locales', () => {
    expect(pageKey('/docs/vm-problems', '/')).toBe('docs/vm-problems');
    expect(pageKey('/en/docs/vm-problems', '/en/')).toBe('docs/vm-problems');
    expect(pageKey('/en/docs/2021.02/', '/en/')).toBe('docs/2021.02/');
  });
});

describe('offersOtherLanguage', () => {
  const translated = { translated: true, stale: [] };
  const untranslated = { translated: false, stale: [] };

  it('offers English only where the page has an English file', () => {
    expect(offersOtherLanguage(translated, 'ko', 'ko')).toBe(true);
    expect(offersOtherLanguage(untranslated, 'ko', 'ko')).toBe(false);
  });

  it('always offers Korean, the source, and anything on pages outside the docs', () => {
    expect(offersOtherLanguage(untranslated, 'en', 'ko')).toBe(true);
    expect(offersOtherLanguage(undefined, 'ko', 'ko')).toBe(true);
  });
});
