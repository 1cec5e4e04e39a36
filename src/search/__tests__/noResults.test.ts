import { describe, expect, it } from 'vitest';
import { glossaryFilterHref, isChoseongQuery, noResultsLinks } from '../noResults';

describe('isChoseongQuery', () => {
  it('accepts initial consonants, with spaces', () => {
    expect(isChoseongQuery('ㅋㅌㅇㄴ')).toBe(true);
    expect(isChoseongQuery(' ㅎㅇㅍ ㅂㅇㅈ ')).toBe(true);
  });

  it('rejects syllables, vowels, Latin letters and blank queries', () => {
    expect(isChoseongQuery('컨테이너')).toBe(false);
    expect(isChoseongQuery('ㅋㅌ이너')).toBe(false);
    expect(isChoseongQuery('ㅏㅓ')).toBe(false);
    expect(isChoseongQuery('ㅋㅌ docker')).toBe(false);
    expect(isChoseongQuery('   ')).toBe(false);
    expect(isChoseongQuery('')).toBe(false);
  });
});

describe('glossaryFilterHref', () => {
  it('puts the query into the glossary filter’s ?q=, under the locale’s base URL', () => {
    expect(glossaryFilterHref('ㅋㅌㅇㄴ', '/')).toBe(
      '/glossary?q=%E3%85%8B%E3%85%8C%E3%85%87%E3%84%B4',
    );
    expect(new URL(glossaryFilterHref(' ㅋㅌ ', '/en/'), 'https://x').searchParams.get('q')).toBe(
      'ㅋㅌ',
    );
    expect(glossaryFilterHref('ㄱ', '/en')).toMatch(/^\/en\/glossary\?q=/);
  });
});

describe('noResultsLinks', () => {
  it('offers the glossary filter for a 초성 query', () => {
    expect(noResultsLinks('ㅋㅌㅇㄴ', '/')).toEqual([
      {
        text: "용어집에서 'ㅋㅌㅇㄴ' 찾기",
        href: '/glossary?q=%E3%85%8B%E3%85%8C%E3%85%87%E3%84%B4',
      },
    ]);
  });

  it('offers nothing for other queries', () => {
    expect(noResultsLinks('qwertyuiop', '/')).toEqual([]);
    expect(noResultsLinks('없는말', '/')).toEqual([]);
  });
});
