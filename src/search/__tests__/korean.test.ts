import { KOREAN_SUFFIXES, isBareSuffix, stemKorean } from '../korean';

describe('stemKorean', () => {
  it.each([
    ['컨테이너는', '컨테이너'],
    ['컨테이너를', '컨테이너'],
    ['컨테이너에서', '컨테이너'],
    ['컨테이너에서는', '컨테이너'],
    ['컨테이너들을', '컨테이너'],
    ['컨테이너들에서', '컨테이너'],
    ['가상머신의', '가상머신'],
    ['가상머신으로', '가상머신'],
    ['하이퍼바이저가', '하이퍼바이저'],
    ['라이선스가', '라이선스'],
    ['이미지를', '이미지'],
    ['가상화된', '가상화'],
    ['가상화하여', '가상화'],
    ['가상화한다', '가상화'],
    ['가상화했다', '가상화'],
    ['가상화합니다', '가상화'],
    ['공유하는', '공유'],
    ['공유하므로', '공유'],
    ['격리되어', '격리'],
    ['격리됩니다', '격리'],
    ['종속적이다', '종속적'],
    ['컨테이너입니다', '컨테이너'],
    ['컨테이너라는', '컨테이너'],
    ['가볍다', '가볍'],
    ['가볍고', '가볍'],
  ])('%s → %s', (word, stem) => {
    expect(stemKorean(word)).toBe(stem);
  });

  it.each([
    '컨테이너',
    '가상머신',
    '하이퍼바이저',
    '이미지',
    '스토리지',
    '커널',
    '설정',
    '설치',
    '도메인',
  ])('leaves the bare noun %s as it is', (word) => {
    expect(stemKorean(word)).toBe(word);
  });

  it.each(['차이', '속도', '역할', '포함', '정의', '결과', '부하'])(
    'keeps two syllables: %s is not a stem plus a particle',
    (word) => {
      expect(stemKorean(word)).toBe(word);
    },
  );

  it('never reduces 설정 and 설치, or their inflected forms, to the same stem', () => {
    const forms = (noun: string) =>
      ['', '을', '하는', '하여', '된', '에서'].map((ending) => stemKorean(noun + ending));
    for (const stem of forms('설정')) expect(forms('설치')).not.toContain(stem);
  });

  it('reduces every inflected form of one word to one stem', () => {
    const stems = new Set(
      ['는', '를', '의', '에', '에서', '으로', '와', '도', '만', '까지', '부터', '들은'].map(
        (ending) => stemKorean(`가상머신${ending}`),
      ),
    );
    expect([...stems]).toEqual(['가상머신']);
  });

  it('leaves words that are not all Hangul alone', () => {
    expect(stemKorean('OS를')).toBe('OS를');
    expect(stemKorean('k8s')).toBe('k8s');
  });
});

describe('isBareSuffix', () => {
  it('recognises a particle or ending on its own', () => {
    expect(isBareSuffix('를')).toBe(true);
    expect(isBareSuffix('에서는')).toBe(true);
    expect(isBareSuffix('하는')).toBe(true);
    expect(isBareSuffix('컨테이너')).toBe(false);
  });

  it('lists only Hangul suffixes, none of them empty', () => {
    for (const suffix of KOREAN_SUFFIXES) expect(suffix).toMatch(/^[가-힣]+$/);
  });
});
