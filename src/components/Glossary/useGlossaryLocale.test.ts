// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import i18n from '@generated/i18n';
import { setTestLocale } from '@site/src/test/locale';
import { otherLocale, useGlossaryLocale } from './useGlossaryLocale';

describe('useGlossaryLocale', () => {
  afterEach(() => {
    setTestLocale('ko');
  });

  it.each(['ko', 'en'] as const)('is the page locale, %s', (locale) => {
    setTestLocale(locale);
    expect(renderHook(() => useGlossaryLocale()).result.current).toBe(locale);
    expect(otherLocale(locale)).not.toBe(locale);
  });

  it('fails on a locale the glossary has no text for, instead of showing Korean', () => {
    (i18n as { currentLocale: string }).currentLocale = 'ja';
    expect(() => renderHook(() => useGlossaryLocale())).toThrow(
      /glossary has no text in locale "ja".*GLOSSARY_LOCALES/,
    );
  });
});
