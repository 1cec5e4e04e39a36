import {
  hangulIndexLetter,
  initialOf,
  isChoseongQuery,
  normalizeForSearch,
  toJamo,
} from '../hangul';

describe('normalizeForSearch', () => {
  it.each([
    ['가상 머신', '가상머신'],
    ['  Virtual   Machine ', 'virtualmachine'],
    ['scale-out', 'scaleout'],
    ['Infrastructure as Code (IaC)', 'infrastructureascodeiac'],
    ['ＶＭ', 'vm'],
    ['k8s', 'k8s'],
    ['ㅎㅇ ㅍㅂ', 'ㅎㅇㅍㅂ'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('composes decomposed Hangul (as pasted from macOS)', () => {
    const decomposed = '가상머신'.normalize('NFD');
    expect(decomposed).not.toBe('가상머신');
    expect(normalizeForSearch(decomposed)).toBe('가상머신');
  });
});

describe('initial consonants', () => {
  it('recognises a query written only in initial consonants', () => {
    expect(isChoseongQuery('ㅎㅇㅍㅂㅇㅈ')).toBe(true);
    expect(isChoseongQuery('ㄲㅅ')).toBe(true);
    expect(isChoseongQuery('하ㅇ')).toBe(false);
    expect(isChoseongQuery('vm')).toBe(false);
    expect(isChoseongQuery('')).toBe(false);
  });

  it('gives the initial of a syllable and nothing for other characters', () => {
    expect(initialOf('하')).toBe('ㅎ');
    expect(initialOf('까')).toBe('ㄲ');
    expect(initialOf('a')).toBe('');
    expect(initialOf('ㅎ')).toBe('');
  });

  it('splits syllables into the jamo they are typed with', () => {
    expect(toJamo('과')).toBe('ㄱㅗㅏ');
    expect(toJamo('닭')).toBe('ㄷㅏㄹㄱ');
  });
});

describe('hangulIndexLetter', () => {
  it.each([
    ['가상머신', 'ㄱ'],
    ['까치', 'ㄱ'],
    ['떡', 'ㄷ'],
    ['쌀', 'ㅅ'],
    ['하이퍼바이저', 'ㅎ'],
    ['이식성', 'ㅇ'],
  ])('files %s under %s', (word, letter) => {
    expect(hangulIndexLetter(word)).toBe(letter);
  });

  it('returns null for a word that does not start with a syllable', () => {
    expect(hangulIndexLetter('LXC')).toBeNull();
    expect(hangulIndexLetter('1형')).toBeNull();
  });
});
