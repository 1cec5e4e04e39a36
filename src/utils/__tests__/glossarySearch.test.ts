import { glossary } from '../../data/glossary';
import terminologyFixture from '../../search/__tests__/fixtures/terminology.json';
import { glossarySynonyms, isWordEnding } from '../../search/glossarySynonyms';
import { KOREAN_SUFFIXES, MIN_STEM_LENGTH as STEMMER_MIN_STEM } from '../../search/korean';
import { spellingRules, spellingsOf } from '../../search/synonyms';
import type { GlossaryTerm } from '../../data/glossaryTypes';
import {
  MAX_ENDING_LENGTH,
  MIN_STEM_LENGTH,
  MatchTier,
  buildGlossaryIndex,
  compareByName,
  compareByOrder,
  matchText as matchSearchText,
  nameOrder,
  searchText,
  searchGlossary,
  matchWords,
  matchStem,
  stemmedQueries,
  synonymQueries,
  synonymTable,
  type SearchOptions,
} from '../glossarySearch';

function term(id: string, ko: string, en: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return {
    id,
    name: { ko, en },
    aliases: { ko: [], en: [] },
    short: { ko: `${ko}의 정의다.`, en: `Definition of ${en}.` },
    long: { ko: `${ko}의 설명이다.`, en: `Explanation of ${en}.` },
    tags: ['containers'],
    seeAlso: [],
    ...extra,
  };
}

const ko: SearchOptions = { locale: 'ko' };
const en: SearchOptions = { locale: 'en' };

// Plain text, as definitions are searched; `withInitials` as names and aliases are.
const matchText = (text: string, query: string, composing = false) =>
  matchSearchText(searchText(text, false), query, composing);
const withInitials = (text: string) => searchText(text, true);

describe('matchText', () => {
  it('tells exact, prefix and contains apart', () => {
    expect(matchText('가상머신', '가상머신')).toBe('exact');
    expect(matchText('가상머신', '가상')).toBe('prefix');
    expect(matchText('가상머신', '머신')).toBe('contains');
    expect(matchText('가상머신', '컨테')).toBeNull();
    expect(matchText('가상머신', '')).toBeNull();
  });

  it('matches initial consonants only when the text comes with its initials', () => {
    expect(matchSearchText(withInitials('하이퍼바이저'), 'ㅎㅇㅍㅂㅇㅈ')).toBe('exact');
    expect(matchSearchText(withInitials('하이퍼바이저'), 'ㅎㅇㅍ')).toBe('prefix');
    expect(matchSearchText(withInitials('베어메탈하이퍼바이저'), 'ㅎㅇㅍ')).toBe('contains');
    expect(matchText('하이퍼바이저', 'ㅎㅇㅍ')).toBeNull();
  });

  it('matches syllables mixed with initial consonants', () => {
    expect(matchSearchText(withInitials('가상머신'), '가ㅅ')).toBe('prefix');
    expect(matchSearchText(withInitials('가상머신'), '가상ㅁㅅ')).toBe('exact');
    expect(matchSearchText(withInitials('os커널'), 'ㅋㄴ')).toBe('contains');
  });

  it('matches a syllable still being composed whose final may move on', () => {
    // Typing 가상 goes 가 → 갓 → 가사 → 가상: the ㅅ sits under 가 until the vowel comes.
    expect(matchText('가상머신', '갓')).toBeNull();
    expect(matchText('가상머신', '갓', true)).toBe('prefix');
    // 하이퍼바이저: …바 → 바잊 → 바이저.
    expect(matchText('하이퍼바이저', '하이퍼바잊', true)).toBe('exact');
    expect(matchText('하이퍼바이저', '하이퍼바잊')).toBeNull();
  });

  it('matches a vowel still being composed', () => {
    // 과 is typed ㄱ → 고 → 과.
    expect(matchText('과정', '고', true)).toBe('prefix');
    expect(matchText('과정', '고')).toBeNull();
  });

  it('does not relax anything but the last character', () => {
    expect(matchText('가상머신', '갓머', true)).toBeNull();
  });
});

describe('searchGlossary', () => {
  const sample = [
    term('hypervisor', '하이퍼바이저', 'hypervisor'),
    term('type-1-hypervisor', '베어메탈 하이퍼바이저', 'type 1 hypervisor', {
      aliases: { ko: ['1형 하이퍼바이저'], en: ['bare-metal hypervisor'] },
    }),
    term('hardware-virtualization', '하드웨어 수준 가상화', 'hardware-level virtualization', {
      aliases: { ko: ['하이퍼바이저형 가상화'], en: [] },
    }),
    term('virtual-machine', '가상머신', 'virtual machine', { aliases: { ko: [], en: ['VM'] } }),
    term('kubernetes', '쿠버네티스', 'Kubernetes', { aliases: { ko: [], en: ['k8s'] } }),
    term('emulation', '에뮬레이션', 'emulation', {
      long: { ko: '하이퍼바이저가 장치를 흉내 낸다.', en: 'A hypervisor imitates devices.' },
    }),
  ];
  const index = buildGlossaryIndex(sample);
  const ids = (query: string, options: SearchOptions = ko): string[] =>
    searchGlossary(index, query, options).map((hit) => hit.term.id);

  it('ranks exact name, then prefix, then alias, then name inside, then definition', () => {
    const hits = searchGlossary(index, '하이퍼바이저', ko);
    expect(hits.map((hit) => [hit.term.id, hit.tier])).toEqual([
      ['hypervisor', MatchTier.exactName],
      // Both by alias: a prefix (하이퍼바이저형…) before a match inside (1형 하이퍼바이저).
      ['hardware-virtualization', MatchTier.alias],
      ['type-1-hypervisor', MatchTier.alias],
      ['emulation', MatchTier.definition],
    ]);
  });

  it('ranks a name prefix above an alias', () => {
    expect(ids('하이퍼')).toEqual([
      'hypervisor',
      'hardware-virtualization',
      'type-1-hypervisor',
      'emulation',
    ]);
    expect(searchGlossary(index, '하이퍼', ko)[0]?.tier).toBe(MatchTier.namePrefix);
  });

  it('ranks a name containing the query below aliases', () => {
    const hits = searchGlossary(index, 'hypervisor', en);
    expect(hits.map((hit) => [hit.term.id, hit.tier])).toEqual([
      ['hypervisor', MatchTier.exactName],
      ['type-1-hypervisor', MatchTier.alias],
      ['emulation', MatchTier.definition],
    ]);
  });

  it('finds a term by a name inside another when nothing better matches', () => {
    expect(searchGlossary(index, '수준', ko).map((hit) => [hit.term.id, hit.tier])).toEqual([
      ['hardware-virtualization', MatchTier.nameContains],
    ]);
  });

  it('searches both languages whatever the page language', () => {
    expect(ids('virtual machine', ko)).toEqual(['virtual-machine']);
    expect(ids('가상머신', en)).toEqual(['virtual-machine']);
  });

  it('ignores case and spacing', () => {
    expect(ids('가상 머신')).toEqual(['virtual-machine']);
    expect(ids('VIRTUALMACHINE')).toEqual(['virtual-machine']);
    expect(ids('vm')).toEqual(['virtual-machine']);
    expect(ids('K8S')).toEqual(['kubernetes']);
  });

  it('finds terms by initial consonants, in names and aliases but not in definitions', () => {
    expect(ids('ㅎㅇㅍㅂㅇㅈ')).toEqual([
      'hypervisor',
      'hardware-virtualization',
      'type-1-hypervisor',
    ]);
    expect(ids('ㅋㅂㄴㅌㅅ')).toEqual(['kubernetes']);
  });

  it('follows a query while the IME is still composing', () => {
    expect(ids('하이퍼바잊')).toEqual([]);
    expect(ids('하이퍼바잊', { locale: 'ko', composing: true })[0]).toBe('hypervisor');
  });

  it('matches definitions in either language', () => {
    expect(ids('imitates devices')).toEqual(['emulation']);
    expect(ids('장치를 흉내')).toEqual(['emulation']);
  });

  it('returns nothing for an empty query or one made only of spaces and punctuation', () => {
    expect(ids('')).toEqual([]);
    expect(ids(' - ')).toEqual([]);
  });

  it('orders equally good hits by name in the page language', () => {
    const pair = buildGlossaryIndex([
      term('b', '가나', 'zeta box'),
      term('a', '다라', 'alpha box'),
    ]);
    expect(searchGlossary(pair, 'box', ko).map((hit) => hit.term.id)).toEqual(['b', 'a']);
    expect(searchGlossary(pair, 'box', en).map((hit) => hit.term.id)).toEqual(['a', 'b']);
  });

  it('orders them by a given order instead, when there is one', () => {
    const pair = buildGlossaryIndex([
      term('b', '가나', 'zeta box'),
      term('a', '다라', 'alpha box'),
    ]);
    const reversed = { ...ko, compare: compareByOrder(['a', 'b']) };
    expect(searchGlossary(pair, 'box', reversed).map((hit) => hit.term.id)).toEqual(['a', 'b']);
  });
});

describe('searchGlossary with the dictionary’s spellings as synonyms', () => {
  const synonyms = synonymTable(spellingRules(terminologyFixture).map(spellingsOf), isWordEnding);
  const sample = [
    term('resource-allocation', '리소스 할당', 'resource allocation', {
      short: { ko: '컨테이너마다 CPU와 메모리를 나눠 준다.', en: 'Sharing out CPU and memory.' },
    }),
    term('cgroup', 'cgroup', 'cgroup', {
      short: {
        ko: '프로세스의 리소스 사용량을 제한한다.',
        en: 'Limits the resources of processes.',
      },
    }),
    term('virtual-machine', '가상머신', 'virtual machine', { aliases: { ko: [], en: ['VM'] } }),
    term('hypervisor', '하이퍼바이저', 'hypervisor'),
    term('type-1-hypervisor', '타입 1 하이퍼바이저', 'type 1 hypervisor', {
      aliases: { ko: ['베어메탈 하이퍼바이저'], en: ['bare-metal hypervisor'] },
    }),
    term('isolation', '격리', 'isolation'),
    term('firecracker', 'Firecracker', 'Firecracker', {
      short: { ko: '마이크로VM을 띄우는 VMM이다.', en: 'A VMM that runs microVMs.' },
    }),
    term('volunteer', '자원봉사', 'volunteering'),
  ];
  const index = buildGlossaryIndex(sample);
  const ids = (query: string, options: SearchOptions = ko): string[] =>
    searchGlossary(index, query, { synonyms, ...options }).map((hit) => hit.term.id);

  it('finds what the glossary calls 리소스 when the reader types 자원', () => {
    expect(ids('자원')).toEqual(expect.arrayContaining(['resource-allocation', 'cgroup']));
    expect(ids('자원 할당')[0]).toBe('resource-allocation');
  });

  it('ranks what matches as typed before what matches through a synonym', () => {
    // 자원봉사 starts with 자원 as typed; the terms that say 리소스 come after it.
    expect(ids('자원')[0]).toBe('volunteer');
    const hits = searchGlossary(index, '자원', { ...ko, synonyms });
    expect(hits.find((hit) => hit.term.id === 'cgroup')?.viaSynonym).toBe(true);
    expect(hits[0]?.viaSynonym).toBeUndefined();
  });

  it('finds the other spellings of the dictionary', () => {
    expect(ids('가상 머신')[0]).toBe('virtual-machine');
    expect(ids('1형 하이퍼바이저')[0]).toBe('type-1-hypervisor');
    expect(ids('격리성')[0]).toBe('isolation');
    expect(ids('파이어크래커')[0]).toBe('firecracker');
    expect(ids('파이어크래커', en)[0]).toBe('firecracker');
  });

  it('finds a Latin product name on the Korean glossary', () => {
    expect(ids('firecracker')[0]).toBe('firecracker');
    expect(ids('Firecracker')[0]).toBe('firecracker');
  });

  it('rewrites whole words only', () => {
    expect(synonymQueries(synonyms, '자원봉사')).toEqual([]);
    expect(ids('리소스')).not.toContain('volunteer');
    expect(synonymQueries(synonyms, '자원 할당')).toEqual(['리소스할당']);
    expect(synonymQueries(synonyms, '1형 하이퍼바이저')).toEqual(['타입1하이퍼바이저']);
    expect(synonymQueries(synonyms, '리소스 격리성')).toEqual(
      expect.arrayContaining(['자원격리성', '리소스격리', '자원격리']),
    );
  });

  it('matches another spelling as whole words, before a particle but not inside a word', () => {
    const text = (raw: string) => searchText(raw, false);
    expect(matchWords(text('리소스를 나눈다'), '리소스', isWordEnding)).toBe('prefix');
    expect(matchWords(text('CPU 리소스'), '리소스', isWordEnding)).toBe('contains');
    expect(matchWords(text('리소스'), '리소스', isWordEnding)).toBe('exact');
    expect(matchWords(text('리소스풀'), '리소스', isWordEnding)).toBeNull();
    expect(matchWords(text('자원봉사 센터'), '자원', isWordEnding)).toBeNull();
    expect(matchWords(text('타입 1 하이퍼바이저는'), '타입1하이퍼바이저', isWordEnding)).toBe(
      'exact',
    );
    expect(matchWords(text('guest OS licenses'), 'license', isWordEnding)).toBe('contains');
    // Without the particle list (before the synonyms have loaded), only whole written words.
    expect(matchWords(text('리소스를 나눈다'), '리소스')).toBeNull();
    expect(matchWords(text('리소스 할당'), '리소스')).toBe('prefix');
  });

  it('leaves the query as typed alone without synonyms, and drops spacing-only groups', () => {
    const typedOnly = (query: string) => searchGlossary(index, query, ko).map((hit) => hit.term.id);
    expect(typedOnly('격리성')).toEqual([]);
    expect(
      synonymTable([
        ['가상머신', '가상 머신'],
        ['Kata', 'kata'],
      ]).others.size,
    ).toBe(0);
  });

  it('keeps initial consonants and a syllable being composed working', () => {
    expect(ids('ㄱㅅㅁㅅ')).toEqual(['virtual-machine']);
    expect(ids('ㄹㅅㅅ')[0]).toBe('resource-allocation');
    expect(ids('파이어크랰', { locale: 'ko', composing: true })).toEqual([]);
    expect(ids('격리', { locale: 'ko', composing: true })[0]).toBe('isolation');
  });
});

describe('searchGlossary with a particle or a plural after a query word', () => {
  const synonyms = synonymTable(spellingRules(terminologyFixture).map(spellingsOf), isWordEnding);

  it('tries every ending the stemmer knows, keeps its shortest stem, and no more of a long word', () => {
    const longest = Math.max(...[...KOREAN_SUFFIXES, 'es'].map((ending) => ending.length));
    expect(longest).toBeLessThanOrEqual(MAX_ENDING_LENGTH);
    expect(MIN_STEM_LENGTH).toBe(STEMMER_MIN_STEM);
    expect(stemmedQueries('들으로서부터'.padStart(12, '가'), isWordEnding)).toContain(
      '가가가가가가',
    );
    // A pasted word of 5,000 syllables: only its last characters are tried.
    const calls: string[] = [];
    stemmedQueries('가'.repeat(5000), (rest) => {
      calls.push(rest);
      return false;
    });
    expect(calls.length).toBeLessThanOrEqual(MAX_ENDING_LENGTH);
  });

  const sample = [
    term('kernel', '커널', 'kernel'),
    term('kernel-module', '커널 모듈', 'kernel module'),
    term('system-call', '시스템 콜', 'system call', {
      short: { ko: '커널에서 서비스를 받는다.', en: 'Asks the kernel for a service.' },
    }),
    term('virtual-machine', '가상머신', 'virtual machine', { aliases: { ko: [], en: ['VM'] } }),
    term('virtualization', '가상화', 'virtualization'),
    term('docker', '도커', 'Docker'),
    term('resource-allocation', '리소스 할당', 'resource allocation'),
  ];
  const index = buildGlossaryIndex(sample);
  const search = (query: string, options: SearchOptions = ko) =>
    searchGlossary(index, query, { synonyms, ...options });
  const ids = (query: string, options: SearchOptions = ko): string[] =>
    search(query, options).map((hit) => hit.term.id);

  it('drops only whole endings, and keeps two characters of a word', () => {
    expect(stemmedQueries('커널에서', isWordEnding)).toEqual(['커널']);
    expect(stemmedQueries('virtual machines', isWordEnding)).toEqual(
      expect.arrayContaining(['virtual machine']),
    );
    expect(stemmedQueries('가상머신을 만든다', isWordEnding)).toEqual(
      expect.arrayContaining(['가상머신 만든다']),
    );
    expect(stemmedQueries('가상화', isWordEnding)).toEqual([]);
    expect(stemmedQueries('룰을', isWordEnding)).toEqual([]);
    expect(stemmedQueries('os', isWordEnding)).toEqual([]);
    // Without the particle list, nothing is dropped.
    expect(stemmedQueries('커널에서', (rest) => rest === '')).toEqual([]);
  });

  it('finds the word with the tier the bare word gets, in either language', () => {
    for (const query of ['커널에서', '커널을', 'kernels']) {
      expect(search(query).map((hit) => [hit.term.id, hit.tier])).toEqual(
        expect.arrayContaining([
          ['kernel', MatchTier.exactName],
          ['kernel-module', MatchTier.namePrefix],
        ]),
      );
      expect(ids(query)[0]).toBe('kernel');
      expect(ids(query, en)[0]).toBe('kernel');
    }
    expect(search('커널에서')[0]?.viaEnding).toBe(true);
    expect(ids('가상머신을')[0]).toBe('virtual-machine');
    expect(ids('virtual machines')[0]).toBe('virtual-machine');
    expect(ids('가상 머신을')[0]).toBe('virtual-machine');
    expect(ids('VMs')).toEqual(['virtual-machine']);
  });

  it('ranks what matches as typed first in a tier', () => {
    const withTerm = buildGlossaryIndex([
      ...sample,
      term('kernel-side', '커널에서', 'kernel side'),
    ]);
    const hits = searchGlossary(withTerm, '커널에서', { ...ko, synonyms });
    expect(hits.slice(0, 2).map((hit) => [hit.term.id, hit.tier])).toEqual([
      ['kernel-side', MatchTier.exactName],
      ['kernel', MatchTier.exactName],
    ]);
  });

  it('matches the word where the reader ended it, not the start of a longer word', () => {
    const text = (raw: string) => searchText(raw, false);
    expect(matchStem(text('kernel module'), 'kernel', isWordEnding)).toBe('prefix');
    expect(matchStem(text('리눅스 커널이 관리한다'), '커널', isWordEnding)).toBe('contains');
    expect(matchStem(text('커널'), '커널', isWordEnding)).toBe('exact');
    expect(matchStem(text('docker'), 'doc', isWordEnding)).toBeNull();
    expect(ids('docs')).toEqual([]);
    // 가상화 is not 가상 with an ending.
    expect(ids('가상화')).toEqual(['virtualization']);
  });

  it('drops endings only with the particle list (the synonyms chunk)', () => {
    const typedOnly = (query: string) => searchGlossary(index, query, ko).map((hit) => hit.term.id);
    expect(typedOnly('커널에서')).toEqual(['system-call']);
    expect(typedOnly('kernels')).toEqual([]);
  });

  it('keeps synonyms, initial consonants and composing working with an ending', () => {
    expect(ids('자원을')[0]).toBe('resource-allocation');
    expect(ids('ㅋㄴ에서')[0]).toBe('kernel');
    expect(ids('커널에', { locale: 'ko', composing: true })[0]).toBe('kernel');
    // 모듈 is typed 모 → 몯 → 모듀 → 모듈: a last word kept as typed may still be composing.
    expect(ids('커널의 몯', { locale: 'ko', composing: true })[0]).toBe('kernel-module');
    expect(ids('커널의 몯')).toEqual([]);
  });
});

describe('nameOrder and compareByOrder', () => {
  const terms = [
    term('docker', '도커', 'Docker'),
    term('container', '컨테이너', 'container'),
    term('cgroup', 'cgroup', 'cgroup'),
    term('hypervisor', '하이퍼바이저', 'hypervisor'),
  ];

  it('sorts ids as compareByName does, in each language', () => {
    expect(nameOrder(terms, 'ko')).toEqual(['docker', 'container', 'hypervisor', 'cgroup']);
    expect(nameOrder(terms, 'en')).toEqual(['cgroup', 'container', 'docker', 'hypervisor']);
    for (const locale of ['ko', 'en'] as const) {
      expect([...terms].sort(compareByOrder(nameOrder(terms, locale)))).toEqual(
        [...terms].sort(compareByName(locale)),
      );
    }
  });

  it('puts terms the order does not list last, by id', () => {
    const sorted = [...terms].sort(compareByOrder(['hypervisor']));
    expect(sorted.map((t) => t.id)).toEqual(['hypervisor', 'cgroup', 'container', 'docker']);
  });
});

describe('searching the real glossary', () => {
  const index = buildGlossaryIndex(glossary);
  const first = (query: string, options: SearchOptions = ko): string | undefined =>
    searchGlossary(index, query, options)[0]?.term.id;

  it.each([
    ['하이퍼바이저', 'hypervisor'],
    ['ㅎㅇㅍㅂㅇㅈ', 'hypervisor'],
    ['가상 머신', 'virtual-machine'],
    ['가상머신', 'virtual-machine'],
    ['VM', 'virtual-machine'],
    ['IaC', 'infrastructure-as-code'],
    ['k8s', 'kubernetes'],
    ['cgroups', 'cgroup'],
    ['컨트롤 그룹', 'cgroup'],
    ['container', 'container'],
    ['Container Image', 'container-image'],
    ['scale out', 'scale-out'],
    ['ㅋㅌㅇㄴ', 'container'],
    ['라이센스', 'guest-os-license'],
    ['docker', 'docker'],
    ['도커', 'docker'],
  ])('%j finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
    expect(first(query, en)).toBe(id);
  });
});

describe('searching the real glossary with the real dictionary', () => {
  const index = buildGlossaryIndex(glossary);
  const first = (query: string, locale: 'ko' | 'en' = 'ko'): string | undefined =>
    searchGlossary(index, query, { locale, synonyms: glossarySynonyms })[0]?.term.id;

  it.each([
    ['자원', 'resource-allocation'],
    ['자원 할당', 'resource-allocation'],
    ['가상 머신', 'virtual-machine'],
    ['1형 하이퍼바이저', 'type-1-hypervisor'],
    ['격리성', 'isolation'],
    ['파이어크래커', 'firecracker'],
    ['firecracker', 'firecracker'],
    ['Firecracker', 'firecracker'],
    ['지바이저', 'gvisor'],
    ['카타 컨테이너', 'kata-containers'],
    ['도커 데스크톱', 'docker-desktop'],
    ['쿠버네티스', 'kubernetes'],
    ['ㄱㅅㅁㅅ', 'virtual-machine'],
    ['ㅍㅇㅇㅋㄹㅋ', 'firecracker'],
  ])('%j finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
    expect(first(query, 'en')).toBe(id);
  });

  it.each([
    ['커널에서', 'kernel'],
    ['가상머신을', 'virtual-machine'],
    ['가상 머신을', 'virtual-machine'],
    ['네임스페이스로', 'namespace'],
    ['컨테이너를', 'container'],
    ['컨테이너들을', 'container'],
    ['hypervisors', 'hypervisor'],
    ['virtual machines', 'virtual-machine'],
    ['kernels', 'kernel'],
    ['containers', 'container'],
    ['자원을', 'resource-allocation'],
  ])('%j finds %s first, as without its particle or plural', (query, id) => {
    expect(first(query)).toBe(id);
    expect(first(query, 'en')).toBe(id);
  });

  it('leaves queries without an ending as they were', () => {
    for (const query of ['process', '가상화', '커널', 'docs', '컨테이너']) {
      expect(synonymQueries(glossarySynonyms, query)).toEqual([]);
      const hits = searchGlossary(index, query, { locale: 'ko', synonyms: glossarySynonyms });
      expect(hits).toEqual(searchGlossary(index, query, { locale: 'ko' }));
    }
  });

  it('ships a small table', () => {
    expect(JSON.stringify([...glossarySynonyms.others]).length).toBeLessThan(4000);
  });
});
