/**
 * The pages this study note cites, for `<ReferenceLinks edition="..." />`.
 *
 * The first four are the note's own "(참고)" list: their titles and URLs are quoted word for word
 * from the note (two are plain `http`, kept as the note wrote them and shown as not secure), and
 * `src/data/__tests__/references.test.ts` compares them with the note. Do not edit them.
 *
 * To add a reference (revised edition only):
 * 1. Append a record at the end of `REFERENCES` (the note's four stay first, in place).
 * 2. `id`: lower-case ASCII words joined by "-", unique.
 * 3. `title`: the page's own title, in the page's own language; `lang` is that language.
 * 4. `site`: the name of the site as readers know it (e.g. "Kubernetes", "man7.org").
 * 5. `url`: the canonical, absolute `https://` address of the page (no tracking parameters).
 * 6. `description`: one line saying what the reader gets there, in Korean and in English.
 * 7. `editions: ['revised']`.
 * `npm run test:unit` checks every field and that no id or URL is listed twice.
 */
import type { LocalizedText } from './comparison';

export type ReferenceEdition = 'original' | 'revised';
export type ReferenceLanguage = 'ko' | 'en';

export interface Reference {
  readonly id: string;
  /** Title of the page, in the page's own language (`lang`). */
  readonly title: string;
  /** Name of the site the page is on. */
  readonly site: string;
  /** Absolute URL of the page. */
  readonly url: string;
  /** Language the page is written in. */
  readonly lang: ReferenceLanguage;
  /** What the page offers, in one line, in both languages of this site. */
  readonly description: LocalizedText;
  /** The editions whose reference list shows this page. */
  readonly editions: readonly ReferenceEdition[];
}

export const REFERENCES: readonly Reference[] = [
  {
    id: 'kubernetes-what-is-kubernetes',
    title: '쿠버네티스란 무엇인가? | Kubernetes',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/concepts/overview/what-is-kubernetes/',
    lang: 'ko',
    description: {
      ko: '쿠버네티스 공식 문서의 개요. 전통적인 배포, 가상화된 배포, 컨테이너 배포를 비교한 그림이 있다.',
      en: 'The overview in the official Kubernetes docs, with the picture comparing traditional, virtualized and container deployment.',
    },
    editions: ['original', 'revised'],
  },
  {
    id: 'msaschool-architecture',
    title: 'msaschool - msaschool',
    site: 'msaschool',
    url: 'http://msaschool.io/operation/architecture/architecture-three/',
    lang: 'ko',
    description: {
      ko: '마이크로서비스 아키텍처(MSA)를 공부하는 한국어 사이트 msaschool의 운영·아키텍처 글.',
      en: 'A page from the operations and architecture section of msaschool, a Korean site for learning microservice architecture (MSA).',
    },
    editions: ['original', 'revised'],
  },
  {
    id: 'opennaru-virtualization-vs-container',
    title: '컨테이너 기술과 가상화 기술 비교 - Opennaru, Inc.',
    site: 'Opennaru',
    url: 'http://www.opennaru.com/cloud/virtualization-vs-container/',
    lang: 'ko',
    description: {
      ko: '하이퍼바이저형 가상화와 컨테이너형 가상화를 비교하고 리눅스 컨테이너(LXC)의 장단점을 설명하는 글.',
      en: 'An article comparing hypervisor-based and container-based virtualization, with the pros and cons of Linux containers (LXC).',
    },
    editions: ['original', 'revised'],
  },
  {
    id: 'opennaru-immutable-infrastructure',
    title:
      'Immutable infrastructure (변경 불가능한 인프라) with Container( 컨테이너 ) (opennaru.com)',
    site: 'Opennaru',
    url: 'http://www.opennaru.com/openshift/immutable-infrastructure-with-docker-and-containers/',
    lang: 'ko',
    description: {
      ko: '컨테이너로 불변 인프라(immutable infrastructure)를 실현하는 방법을 설명하는 글.',
      en: 'An article on how containers make immutable infrastructure possible.',
    },
    editions: ['original', 'revised'],
  },
  {
    id: 'docker-overview',
    title: 'What is Docker?',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/get-started/docker-overview/',
    lang: 'en',
    description: {
      ko: '도커 공식 문서의 개요: 도커 아키텍처와 이미지, 컨테이너, 레지스트리의 관계.',
      en: "The official Docker overview: Docker's architecture and how images, containers and registries fit together.",
    },
    editions: ['revised'],
  },
  {
    id: 'open-container-initiative',
    title: 'Open Container Initiative',
    site: 'Open Container Initiative',
    url: 'https://opencontainers.org/',
    lang: 'en',
    description: {
      ko: '컨테이너 이미지, 런타임, 배포 형식의 개방형 표준(OCI)을 만드는 단체.',
      en: 'The body behind the open standards (OCI) for container images, runtimes and distribution.',
    },
    editions: ['revised'],
  },
  {
    id: 'linux-namespaces',
    title: 'namespaces(7) — Linux manual page',
    site: 'man7.org',
    url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html',
    lang: 'en',
    description: {
      ko: '컨테이너가 보는 범위(프로세스, 네트워크, 마운트 등)를 나누는 리눅스 네임스페이스의 매뉴얼.',
      en: 'The manual of Linux namespaces, which give containers their own view of processes, networks, mounts and more.',
    },
    editions: ['revised'],
  },
  {
    id: 'linux-cgroups',
    title: 'cgroups(7) — Linux manual page',
    site: 'man7.org',
    url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html',
    lang: 'en',
    description: {
      ko: '컨테이너가 쓰는 CPU, 메모리 같은 자원을 제한하는 리눅스 cgroup의 매뉴얼.',
      en: 'The manual of Linux control groups (cgroups), which limit the CPU, memory and other resources containers use.',
    },
    editions: ['revised'],
  },
  {
    id: 'gvisor',
    title: 'What is gVisor?',
    site: 'gVisor',
    url: 'https://gvisor.dev/docs/',
    lang: 'en',
    description: {
      ko: '컨테이너와 호스트 커널 사이에 사용자 공간 애플리케이션 커널을 두어 격리를 강화하는 gVisor의 문서.',
      en: 'The docs of gVisor, which strengthens isolation by putting a user-space application kernel between containers and the host kernel.',
    },
    editions: ['revised'],
  },
  {
    id: 'firecracker',
    title: 'Firecracker',
    site: 'Firecracker',
    url: 'https://firecracker-microvm.github.io/',
    lang: 'en',
    description: {
      ko: '컨테이너처럼 빨리 뜨면서 VM 수준으로 격리하는 경량 가상머신(microVM) Firecracker.',
      en: 'Firecracker, a lightweight virtual machine monitor whose microVMs start nearly as fast as containers with VM-grade isolation.',
    },
    editions: ['revised'],
  },
];

/** The references an edition lists, in order. */
export function referencesFor(edition: ReferenceEdition): readonly Reference[] {
  return REFERENCES.filter((reference) => reference.editions.includes(edition));
}
