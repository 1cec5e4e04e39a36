import lunr from 'lunr';
import { glossary } from '../../data/glossary';
import { createSearchExtension, readTerminology, termNames } from '../build';
import { parseKeywordGroups } from '../keywords';
import { search } from '../search';
import { respellings, spellingRules, synonymGroups, type PrhDictionary } from '../synonyms';
import fixture from './fixtures/terminology.json';
import { indexesOf, withKeywords } from './testIndexes';

const dictionary: PrhDictionary = fixture;
const rules = spellingRules(dictionary);

// Glossary names as src/search/build.ts reads them (Korean, English, aliases).
const glossaryNames = [
  { id: 'virtual-machine', names: ['가상머신', 'virtual machine', 'VM'] },
  { id: 'hypervisor', names: ['하이퍼바이저', 'hypervisor', '가상 머신 모니터', 'VMM'] },
  {
    id: 'type-1-hypervisor',
    names: ['베어메탈 하이퍼바이저', 'type 1 hypervisor', '타입 1 하이퍼바이저'],
  },
  { id: 'resource-allocation', names: ['리소스 할당', 'resource allocation', '자원 할당'] },
  { id: 'isolation', names: ['격리', 'isolation', '격리성'] },
  { id: 'firecracker', names: ['Firecracker', '파이어크래커'] },
  { id: 'kata-containers', names: ['Kata Containers', '카타 컨테이너'] },
  { id: 'docker-desktop', names: ['Docker Desktop', '도커 데스크톱'] },
  { id: 'kubernetes', names: ['쿠버네티스', 'Kubernetes', 'k8s'] },
  { id: 'container', names: ['컨테이너', 'container'] },
  { id: 'guest-os-license', names: ['게스트 OS 라이선스', 'guest OS license', '라이센스'] },
];
const groups = synonymGroups(glossaryNames, rules);

describe('spellingRules', () => {
  it('reads plain-string patterns as variants of the expected spelling', () => {
    expect(rules).toEqual([
      { expected: '리소스', variants: ['자원'] },
      { expected: '가상머신', variants: ['가상 머신'] },
      { expected: '파일시스템', variants: ['파일 시스템'] },
      { expected: '타입 1 하이퍼바이저', variants: ['1형 하이퍼바이저'] },
      { expected: '격리', variants: ['격리성'] },
      { expected: 'Firecracker', variants: ['파이어크래커'] },
      { expected: '유저랜드', variants: ['사용자 영역'] },
      { expected: 'license', variants: ['licence'] },
      { expected: '라이선스', variants: ['라이센스'] },
    ]);
  });

  it('leaves out regular expressions, capture groups, bare strings and case-only variants', () => {
    const expected = rules.map((rule) => rule.expected);
    expect(expected).not.toContain('$1형');
    expect(expected).not.toContain('qcow2');
    expect(rules.flatMap((rule) => rule.variants).join()).not.toMatch(/[/\\]|License/);
  });

  it('merges rules with the same expected spelling and tolerates an empty dictionary', () => {
    expect(
      spellingRules({
        rules: [
          { expected: '리소스', patterns: ['자원'] },
          { expected: '리소스', patterns: '자원 ' },
          { expected: '리소스', patterns: ['리소스 '] },
        ],
      }),
    ).toEqual([{ expected: '리소스', variants: ['자원'] }]);
    expect(spellingRules({})).toEqual([]);
  });
});

describe('synonymGroups', () => {
  const namesOf = (id: string) => groups.find((group) => group.id === id)?.names ?? [];

  it('puts the variants into the glossary names that use a spelling as whole words', () => {
    expect(namesOf('resource-allocation')).toEqual([
      '리소스 할당',
      '자원 할당',
      'resource allocation',
    ]);
    expect(namesOf('virtual-machine')).toContain('가상 머신');
    expect(namesOf('hypervisor')).toContain('가상머신 모니터');
    expect(namesOf('type-1-hypervisor')).toContain('1형 하이퍼바이저');
  });

  it('adds a group for each rule that is no whole name of a term', () => {
    const own = groups.filter((group) => group.id.startsWith('spelling:'));
    expect(own.map((group) => group.names)).toEqual([
      ['리소스', '자원'],
      ['파일시스템', '파일 시스템'],
      ['유저랜드', '사용자 영역'],
      ['license', 'licence'],
      ['라이선스', '라이센스'],
    ]);
  });

  it('does not give a term the expected spelling of an alias that is only a variant', () => {
    // 라이센스 is an alias of the term, but 라이선스 is any license, not the guest OS's.
    expect(namesOf('guest-os-license')).not.toContain('라이선스');
    expect(namesOf('guest-os-license')).toContain('게스트 OS 라이센스');
  });

  it('never rewrites part of a word', () => {
    expect(respellings('자원봉사 센터', rules)).toEqual(['자원봉사 센터']);
    expect(respellings('가상머신들', rules)).toEqual(['가상머신들']);
  });
});

// A small site: one page per spelling the tests look for, and pages that must not be found.
const site = indexesOf(
  withKeywords(
    [
      {
        url: '/docs/resources',
        title: '리소스 나누기',
        sections: [
          {
            hash: '#allocation',
            title: '리소스 할당',
            content: '컨테이너는 호스트의 리소스를 나눠 쓴다. 리소스 할당은 cgroup이 맡는다.',
          },
        ],
      },
      {
        url: '/docs/note',
        title: '노트 원문',
        sections: [{ hash: '#a', title: '효율', content: '서버 자원을 효율적으로 쓴다.' }],
      },
      {
        url: '/docs/volunteer',
        title: '자원봉사',
        sections: [{ hash: '#a', title: '봉사', content: '자원봉사 센터에서 일한다.' }],
      },
      {
        url: '/docs/vm',
        title: '가상머신',
        sections: [
          {
            hash: '#types',
            title: '하이퍼바이저의 종류',
            content: '타입 1 하이퍼바이저는 하드웨어 위에서 바로 돈다. 가상머신은 그 위에서 돈다.',
          },
        ],
      },
      {
        url: '/docs/images',
        title: '이미지',
        sections: [
          { hash: '#layers', title: '레이어', content: '이미지는 레이어로 된 파일시스템이다.' },
        ],
      },
      {
        url: '/docs/files',
        title: '파일 복사',
        sections: [
          {
            hash: '#a',
            title: '복사',
            content: '파일을 여러 시스템에 복사한다. 시스템 설정 파일.',
          },
        ],
      },
      {
        url: '/docs/isolation',
        title: '보안',
        sections: [{ hash: '#a', title: '격리', content: '컨테이너의 격리 수준은 VM보다 낮다.' }],
      },
      {
        url: '/docs/sandboxes',
        title: '샌드박스',
        sections: [
          {
            hash: '#microvm',
            title: 'Firecracker',
            content:
              'Firecracker는 마이크로VM을 띄운다. Kata Containers는 가벼운 VM으로 격리를 더한다.',
          },
          {
            hash: '#desktop',
            title: '개발자 PC',
            content: 'macOS에서 Docker Desktop은 리눅스 VM을 띄우고 Kubernetes도 켤 수 있다.',
          },
        ],
      },
      {
        url: '/docs/forms',
        title: '형식 1',
        sections: [
          {
            hash: '#a',
            title: '형태',
            content: '형태와 형식 1. 하이퍼바이저를 1개 둔다. 1형 엔진.',
          },
        ],
      },
      {
        url: '/docs/containers',
        title: '컨테이너',
        sections: [{ hash: '#a', title: '시작', content: '컨테이너는 데스크톱에서도 돈다.' }],
      },
    ],
    groups,
  ),
);

const pages = (query: string) => [
  ...new Set(search(site, query, 8, lunr).map((result) => result.document.u)),
];

describe('search with synonyms', () => {
  it('finds the spelling the page uses from a variant the dictionary rejects', () => {
    expect(pages('자원')).toContain('/docs/resources');
    expect(pages('자원을')).toContain('/docs/resources');
    expect(pages('가상 머신')[0]).toBe('/docs/vm');
    expect(pages('1형 하이퍼바이저')[0]).toBe('/docs/vm');
    expect(pages('격리성')[0]).toBe('/docs/isolation');
    expect(pages('파일 시스템')[0]).toBe('/docs/images');
  });

  it('finds the variant from the expected spelling, for the edition that keeps the note’s words', () => {
    expect(pages('리소스')).toContain('/docs/note');
  });

  it('finds a product by its Hangul name, with or without particles and spaces', () => {
    expect(pages('파이어크래커')[0]).toBe('/docs/sandboxes');
    expect(pages('파이어크래커를')[0]).toBe('/docs/sandboxes');
    expect(pages('쿠버네티스에서')[0]).toBe('/docs/sandboxes');
    expect(pages('카타 컨테이너')[0]).toBe('/docs/sandboxes');
    expect(pages('카타컨테이너')[0]).toBe('/docs/sandboxes');
    expect(pages('도커 데스크톱')[0]).toBe('/docs/sandboxes');
    expect(pages('firecracker')[0]).toBe('/docs/sandboxes');
  });

  it('ranks a page that uses the query’s own spelling before one found through a synonym', () => {
    const found = pages('자원');
    expect(found.indexOf('/docs/note')).toBeLessThan(found.indexOf('/docs/resources'));
  });

  it('replaces whole words only, and a name of several words only where they stand together', () => {
    // 자원 as typed still starts 자원봉사, as any word does; its synonym 리소스 does not.
    expect(pages('리소스')).not.toContain('/docs/volunteer');
    expect(pages('리소스 할당')).not.toContain('/docs/volunteer');
    expect(pages('파일시스템')).not.toContain('/docs/files');
    expect(pages('격리')).not.toContain('/docs/resources');
  });

  it('counts a lone word of a name of several words as typed only inside that name', () => {
    // /docs/forms has 1, 형… and 하이퍼바이저 apart, in its title too; /docs/vm has the name
    // (spelled 타입 1 하이퍼바이저) and comes first.
    const found = pages('1형 하이퍼바이저');
    expect(found.slice(0, 2)).toEqual(['/docs/vm', '/docs/forms']);
  });

  it('highlights no single letter or syllable of a longer query', () => {
    const [first] = search(site, '1형 하이퍼바이저', 8, lunr);
    expect(first?.tokens).toContain('하이퍼바이저');
    expect(first?.tokens).not.toContain('형');
    expect(first?.tokens).not.toContain('1');
  });

  it('highlights the spelling the page uses', () => {
    const [first] = search(site, '자원', 8, lunr).filter((r) => r.document.u === '/docs/resources');
    expect(first?.tokens).toEqual(expect.arrayContaining(['자원', '리소스']));
  });
});

describe('the site’s dictionary and glossary', () => {
  const extension = createSearchExtension(process.cwd());
  const realGroups = synonymGroups(
    termNames(glossary),
    spellingRules(readTerminology(process.cwd())),
  );
  const keywordsOf = (content: string) =>
    parseKeywordGroups(
      extension.extraKeywords(
        { url: '/docs/x', html: '', page: { pageTitle: 'x', sections: [{ title: '', content }] } },
        lunr,
      ),
    );

  it('reads plain variants from src/data/terminology.json', () => {
    const rules = spellingRules(readTerminology(process.cwd()));
    const variantsOf = (expected: string) =>
      rules.find((rule) => rule.expected === expected)?.variants ?? [];
    expect(variantsOf('리소스')).toContain('자원');
    expect(variantsOf('가상머신')).toContain('가상 머신');
    expect(variantsOf('파일시스템')).toContain('파일 시스템');
    expect(variantsOf('타입 1 하이퍼바이저')).toContain('1형 하이퍼바이저');
    expect(variantsOf('격리')).toContain('격리성');
  });

  it.each([
    ['Firecracker는 마이크로VM을 띄운다.', '파이어크래커'],
    ['gVisor는 시스템 콜을 가로챈다.', '지바이저'],
    ['Kata Containers는 가벼운 VM을 쓴다.', '카타 컨테이너'],
    ['Docker Desktop은 리눅스 VM을 띄운다.', '도커 데스크톱'],
    ['Kubernetes에서 파드를 돌린다.', '쿠버네티스'],
    ['컨테이너는 호스트의 리소스를 나눠 쓴다.', '자원'],
    ['이미지는 레이어로 된 파일시스템이다.', '파일 시스템'],
    ['타입 1 하이퍼바이저는 하드웨어 위에서 돈다.', '1형 하이퍼바이저'],
    ['파이어크래커를 쓴다.', 'Firecracker'],
    ['카타 컨테이너를 쓴다.', 'Kata Containers'],
  ])('gives a page that says %j the keyword %j', (content, keyword) => {
    expect(keywordsOf(content).flat()).toContain(keyword);
  });

  const realSite = indexesOf(
    withKeywords(
      [
        {
          url: '/docs/sandboxes',
          title: '샌드박스',
          sections: [
            {
              hash: '#a',
              title: '마이크로VM',
              content:
                'Firecracker는 마이크로VM을 띄우는 VMM이다. gVisor는 시스템 콜을 가로챈다. Kata Containers는 가벼운 VM을 쓴다.',
            },
          ],
        },
        {
          url: '/docs/desktop',
          title: '개발자 PC',
          sections: [
            {
              hash: '#a',
              title: 'macOS',
              content: 'Docker Desktop은 리눅스 VM을 띄우고, Kubernetes도 켤 수 있다.',
            },
          ],
        },
        {
          url: '/docs/hypervisors',
          title: '하이퍼바이저',
          sections: [
            {
              hash: '#a',
              title: '종류',
              content: '타입 1 하이퍼바이저는 하드웨어 위에서 돌고, 리소스를 가상머신에 나눠 준다.',
            },
          ],
        },
        {
          url: '/docs/images',
          title: '이미지',
          sections: [
            { hash: '#a', title: '레이어', content: '이미지는 레이어로 된 파일시스템이다.' },
          ],
        },
      ],
      realGroups,
    ),
  );
  const first = (query: string) => search(realSite, query, 8, lunr)[0]?.document.u;

  it.each([
    ['파이어크래커', '/docs/sandboxes'],
    ['파이어크래커를', '/docs/sandboxes'],
    ['지바이저', '/docs/sandboxes'],
    ['카타 컨테이너', '/docs/sandboxes'],
    ['도커 데스크톱', '/docs/desktop'],
    ['쿠버네티스에서', '/docs/desktop'],
    ['자원', '/docs/hypervisors'],
    ['1형 하이퍼바이저', '/docs/hypervisors'],
    ['가상 머신', '/docs/hypervisors'],
    ['파일 시스템', '/docs/images'],
  ])('%j finds %s first', (query, url) => {
    expect(first(query)).toBe(url);
  });
});
