import { glossary, getGlossaryTerm } from '../glossary';
import { CONTRACT_GLOSSARY_IDS } from '../contract';
import { validateGlossary } from '../validateGlossary';

// Renderings fixed by TERMINOLOGY.md. Variant spellings in names and definitions are caught by
// the proofreading check (npm run lint:prose), which reads the glossary too.
const TERMINOLOGY: readonly [string, string, string][] = [
  ['virtual-machine', '가상머신', 'virtual machine'],
  ['virtualization', '가상화', 'virtualization'],
  ['hypervisor', '하이퍼바이저', 'hypervisor'],
  ['hardware-virtualization', '하드웨어 수준 가상화', 'hardware-level virtualization'],
  ['os-level-virtualization', '운영체제 수준 가상화', 'OS-level virtualization'],
  ['containerization', '컨테이너화', 'containerization'],
  ['guest-os', '게스트 OS', 'guest OS'],
  ['host-os', '호스트 OS', 'host OS'],
  ['kernel', '커널', 'kernel'],
  ['traditional-deployment', '전통적인 배포', 'traditional deployment'],
  ['virtualized-deployment', '가상화된 배포', 'virtualized deployment'],
  ['container-deployment', '컨테이너 배포', 'container deployment'],
  ['physical-server', '물리 서버', 'physical server'],
  ['resource-allocation', '리소스 할당', 'resource allocation'],
  ['scale-out', '스케일 아웃', 'scale-out'],
  ['portability', '이식성', 'portability'],
  ['isolation', '격리', 'isolation'],
  ['infrastructure-as-code', '코드로 관리하는 인프라', 'infrastructure as code'],
  ['immutable-infrastructure', '불변 인프라', 'immutable infrastructure'],
  ['devops', '데브옵스', 'DevOps'],
  ['docker', '도커', 'Docker'],
  ['kubernetes', '쿠버네티스', 'Kubernetes'],
  ['migration', '마이그레이션', 'migration'],
  ['startup-time', '시작 시간', 'startup time'],
  ['type-1-hypervisor', '타입 1 하이퍼바이저', 'type 1 hypervisor'],
  ['type-2-hypervisor', '타입 2 하이퍼바이저', 'type 2 hypervisor'],
  ['userland', '유저랜드', 'userland'],
  ['system-call', '시스템 콜', 'system call'],
  ['union-filesystem', '유니언 파일시스템', 'union filesystem'],
  ['microvm', '마이크로VM', 'microVM'],
];

/** The glossary's own names and aliases, as the search and the filter see them. */
const allNames = (term: (typeof glossary)[number]): string[] => [
  term.name.ko,
  term.name.en,
  ...term.aliases.ko,
  ...term.aliases.en,
];

// What Korean and English readers type, and the term it must find (issue 12: Hangul product
// names, Latin names on the Korean site, and the variants the terminology rejects).
const TYPED: readonly [string, string][] = [
  ['파이어크래커', 'firecracker'],
  ['지바이저', 'gvisor'],
  ['카타 컨테이너', 'kata-containers'],
  ['쿠버네티스', 'kubernetes'],
  ['도커', 'docker'],
  ['도커 데스크톱', 'docker-desktop'],
  ['도커 데스크탑', 'docker-desktop'],
  ['포드맨', 'podman'],
  ['컨테이너디', 'containerd'],
  ['런씨', 'runc'],
  ['크라이오', 'cri-o'],
  ['Firecracker', 'firecracker'],
  ['gVisor', 'gvisor'],
  ['runsc', 'gvisor'],
  ['Kata Containers', 'kata-containers'],
  ['Docker Desktop', 'docker-desktop'],
  ['k8s', 'kubernetes'],
  ['가상 머신', 'virtual-machine'],
  ['가상 머신 모니터', 'hypervisor'],
  ['가상머신 모니터', 'hypervisor'],
  ['VMM', 'hypervisor'],
  ['1형 하이퍼바이저', 'type-1-hypervisor'],
  ['베어메탈 하이퍼바이저', 'type-1-hypervisor'],
  ['2형 하이퍼바이저', 'type-2-hypervisor'],
  ['사용자 공간', 'userland'],
  ['user space', 'userland'],
  ['격리성', 'isolation'],
  ['자원 할당', 'resource-allocation'],
  ['유니언 파일 시스템', 'union-filesystem'],
  ['OverlayFS', 'union-filesystem'],
  ['마이크로VM', 'microvm'],
  ['시스템 호출', 'system-call'],
  ['syscall', 'system-call'],
];

describe('the glossary data', () => {
  const errors = validateGlossary(glossary);

  it.each(glossary.map((term, index) => [term.id, index] as const))(
    '%s passes validation',
    (id, index) => {
      expect(
        errors.filter((error) => error.startsWith(`glossary[${String(index)}] "${id}"`)),
      ).toEqual([]);
    },
  );

  it('is valid as a whole', () => {
    expect(errors).toEqual([]);
  });

  it('has at least 40 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
  });

  // The site contract (src/data/contract.ts): the docs and other sites link to these terms.
  it.each(CONTRACT_GLOSSARY_IDS)('has the site-contract term %s', (id) => {
    expect(getGlossaryTerm(id)?.id).toBe(id);
  });

  it.each(TERMINOLOGY)('names %s as terminology.md does', (id, ko, en) => {
    expect(getGlossaryTerm(id)?.name).toEqual({ ko, en });
  });

  it('uses US spelling ("license") in English text, keeping "licence" only as an alias', () => {
    const offenders = glossary.filter((term) =>
      [term.name.en, term.short.en, term.long.en].some((text) => /licence/i.test(text)),
    );
    expect(offenders.map((term) => term.id)).toEqual([]);
  });

  it.each(TYPED)('is found by %j, as a name or an alias of %s', (typed, id) => {
    const term = getGlossaryTerm(id);
    expect(term && allNames(term)).toContain(typed);
  });

  it('returns undefined for an unknown id', () => {
    expect(getGlossaryTerm('no-such-term')).toBeUndefined();
  });
});
