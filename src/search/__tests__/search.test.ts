import lunr from 'lunr';
import { DocumentType, oneEditApart, search } from '../search';
import { indexesOf } from './testIndexes';

const site = indexesOf([
  {
    url: '/docs/vm-problems',
    title: '가상머신의 문제점',
    sections: [
      {
        hash: '#license',
        title: '라이선스',
        content: '가상머신마다 게스트 OS가 필요하고 OS에 대한 라이선스가 필요하다.',
      },
    ],
    keywords: [
      ['가상머신', 'virtual machine', 'VM'],
      ['게스트 OS', 'guest OS'],
    ],
  },
  {
    url: '/docs/containers',
    title: '컨테이너 개발 시대',
    sections: [
      {
        hash: '#kernel',
        title: '커널 공유',
        content: '컨테이너는 호스트 OS의 커널을 공유하고 빠르게 시작된다.',
      },
      { hash: '#install', title: '설치', content: '도커를 설치하는 방법이다.' },
    ],
    keywords: [
      ['컨테이너', 'container'],
      ['커널', 'kernel'],
    ],
  },
  {
    url: '/docs/deployment-evolution',
    title: '배포의 역사',
    sections: [
      {
        hash: '#virtualized',
        title: '가상화된 배포',
        content: '하이퍼 바이저 위에서 가상 머신을 실행한다.',
      },
    ],
    keywords: [['하이퍼바이저', 'hypervisor', 'VMM']],
  },
]);

const pages = (query: string, limit = 8) => [
  ...new Set(search(site, query, limit, lunr).map((r) => r.document.u)),
];

describe('search', () => {
  it('matches a word whatever particle the query and the text give it', () => {
    expect(pages('가상머신은')[0]).toBe('/docs/vm-problems');
    expect(pages('컨테이너에서')[0]).toBe('/docs/containers');
    expect(pages('라이선스를')).toEqual(['/docs/vm-problems']);
  });

  it('finds a page whose words are spread over its title and a section', () => {
    expect(pages('가상머신의 라이선스')[0]).toBe('/docs/vm-problems');
  });

  it('ranks pages that match more of the query first instead of requiring every word', () => {
    expect(pages('컨테이너 커널 없는단어')[0]).toBe('/docs/containers');
  });

  it('finds a word inside a compound and a compound the text writes with a space', () => {
    expect(pages('머신')).toContain('/docs/vm-problems');
    expect(pages('하이퍼바이저')).toContain('/docs/deployment-evolution');
  });

  it('finds a page by the other language’s name of a glossary term it uses', () => {
    expect(pages('kernel')[0]).toBe('/docs/containers');
    expect(pages('hypervisor')[0]).toBe('/docs/deployment-evolution');
    expect(pages('virtual machine')[0]).toBe('/docs/vm-problems');
  });

  it('does not take 설정 for 설치: a Korean word is never matched one syllable off', () => {
    expect(pages('설정')).toEqual([]);
    expect(pages('설치')).toEqual(['/docs/containers']);
  });

  it('returns nothing for a query with no words', () => {
    expect(search(site, ' ?! ', 8, lunr)).toEqual([]);
  });

  it('puts a page title before its sections, and names each result’s page', () => {
    const results = search(site, '컨테이너', 8, lunr);
    expect(results[0]?.type).toBe(DocumentType.Title);
    expect(results[0]?.page).toBe(false);
    const section = results.find((r) => r.type === DocumentType.Content);
    expect(section?.page).toMatchObject({ t: '컨테이너 개발 시대' });
  });

  it('gives positions to highlight, and the typed word, its stem and synonyms as tokens', () => {
    const [first] = search(site, 'kernel', 8, lunr).filter(
      (r) => r.type === DocumentType.Content || r.type === DocumentType.Heading,
    );
    expect(first?.tokens).toEqual(expect.arrayContaining(['kernel', '커널']));
    expect(search(site, '가상머신', 8, lunr)[0]?.tokens).not.toContain('virtual machine');
    const positions = Object.values(first?.metadata ?? {}).flatMap(
      (fields) => fields.t?.position ?? [],
    );
    const texts = positions.map(([start, length]) =>
      first?.document.t.slice(start, start + length),
    );
    expect(texts.some((text) => text?.startsWith('커널'))).toBe(true);
  });

  it('respects the limit and shows at most two entries per page in a short list', () => {
    expect(search(site, '컨테이너 가상머신 커널', 3, lunr)).toHaveLength(3);
    const perPage = new Map<string, number>();
    for (const r of search(site, '컨테이너 커널 설치 공유', 8, lunr)) {
      perPage.set(r.document.u, (perPage.get(r.document.u) ?? 0) + 1);
    }
    expect(Math.max(...perPage.values())).toBeLessThanOrEqual(2);
  });
});

describe('oneEditApart', () => {
  it.each([
    ['hypervisor', 'hypervisr', true],
    ['kernel', 'kernal', true],
    ['kernel', 'kernels', true],
    ['kernel', 'kernel', false],
    ['kernel', 'colonel', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });
});
