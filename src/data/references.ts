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
  {
    id: 'kubernetes-overview',
    title: 'Overview',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/concepts/overview/',
    lang: 'en',
    description: {
      ko: '쿠버네티스 공식 문서의 개요(영어). 세 배포 시대와, 컨테이너가 격리를 완화하는 대신 OS를 공유한다는 설명이 있다.',
      en: 'The overview in the official Kubernetes docs: the three deployment eras, and containers as VMs with relaxed isolation that share the OS.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-what-is-a-container',
    title: 'What is a container?',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
    lang: 'en',
    description: {
      ko: '컨테이너는 실행에 필요한 파일을 갖춘 격리된 프로세스이고 모두 같은 커널을 공유한다는 도커의 설명. VM과 컨테이너를 함께 쓰는 이야기도 있다.',
      en: "Docker's explanation that a container is an isolated process with the files it needs, all containers sharing one kernel, and how VMs and containers are used together.",
    },
    editions: ['revised'],
  },
  {
    id: 'docker-multi-platform-builds',
    title: 'Multi-platform builds',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/build/building/multi-platform/',
    lang: 'en',
    description: {
      ko: '여러 CPU 아키텍처(amd64, arm64 등)용 이미지를 한 이름으로 빌드하고 배포하는 방법.',
      en: 'How to build and publish images for several CPU architectures (amd64, arm64...) under one name.',
    },
    editions: ['revised'],
  },
  {
    id: 'kvm',
    title: 'KVM',
    site: 'linux-kvm.org',
    url: 'https://www.linux-kvm.org/page/Main_Page',
    lang: 'en',
    description: {
      ko: 'CPU의 가상화 확장 기능(Intel VT, AMD-V)을 쓰는 리눅스 커널 기반 가상화 KVM의 공식 위키.',
      en: 'The official wiki of KVM, the Linux kernel-based virtualization that uses the CPU’s virtualization extensions (Intel VT, AMD-V).',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-security',
    title: 'Docker security',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/security/',
    lang: 'en',
    description: {
      ko: '네임스페이스, cgroup, capabilities, AppArmor·SELinux, 사용자 네임스페이스 등 컨테이너 격리와 보안을 이루는 커널 기능의 설명.',
      en: 'The kernel features behind container isolation and security: namespaces, cgroups, capabilities, AppArmor and SELinux, user namespaces.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-storage-drivers',
    title: 'Storage drivers',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/storage/drivers/',
    lang: 'en',
    description: {
      ko: '이미지 레이어와 컨테이너의 쓰기 가능 레이어, copy-on-write, 그리고 컨테이너를 삭제하면 쓰기 가능 레이어가 사라진다는 설명.',
      en: "Image layers, the container's writable layer and copy-on-write, and why that layer is gone once the container is deleted.",
    },
    editions: ['revised'],
  },
  {
    id: 'linux-overlayfs',
    title: 'Overlay Filesystem',
    site: 'The Linux Kernel documentation',
    url: 'https://docs.kernel.org/filesystems/overlayfs.html',
    lang: 'en',
    description: {
      ko: '여러 디렉터리를 겹쳐 하나의 파일시스템처럼 보여 주는 리눅스의 유니언 파일시스템 OverlayFS의 커널 문서.',
      en: 'The kernel documentation of OverlayFS, the Linux union filesystem that overlays several directories into one.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-volumes',
    title: 'Volumes',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/storage/volumes/',
    lang: 'en',
    description: {
      ko: '컨테이너의 수명과 상관없이 데이터를 남기는 도커 볼륨의 사용법.',
      en: 'How Docker volumes keep data independently of any container’s lifetime.',
    },
    editions: ['revised'],
  },
  {
    id: 'oci-image-spec',
    title: 'OCI Image Format Specification',
    site: 'GitHub (opencontainers)',
    url: 'https://github.com/opencontainers/image-spec',
    lang: 'en',
    description: {
      ko: '컨테이너 이미지의 레이어, 설정, 매니페스트 형식을 정한 OCI 이미지 명세.',
      en: 'The OCI image specification: the format of a container image’s layers, configuration and manifest.',
    },
    editions: ['revised'],
  },
  {
    id: 'oci-runtime-spec',
    title: 'Open Container Initiative Runtime Specification',
    site: 'GitHub (opencontainers)',
    url: 'https://github.com/opencontainers/runtime-spec',
    lang: 'en',
    description: {
      ko: '파일시스템 번들과 config.json으로 컨테이너를 만들고 실행하는 방법을 정한 OCI 런타임 명세.',
      en: 'The OCI runtime specification: how a container is created and run from a filesystem bundle and its config.json.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-hub-alpine',
    title: 'alpine - Official Image | Docker Hub',
    site: 'Docker Hub',
    url: 'https://hub.docker.com/_/alpine',
    lang: 'en',
    description: {
      ko: '수 MB 크기의 작은 베이스 이미지인 Alpine Linux 공식 이미지.',
      en: 'The official Alpine Linux image, a base image only a few megabytes in size.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-desktop-vmm',
    title: 'Virtual Machine Manager for Docker Desktop on Mac',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/desktop/features/vmm/',
    lang: 'en',
    description: {
      ko: 'macOS의 Docker Desktop이 컨테이너를 실행하는 리눅스 VM과, 그 VM을 돌리는 가상머신 관리자 선택지.',
      en: 'The Linux VM in which Docker Desktop on macOS runs containers, and the virtual machine managers that can power it.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-desktop-wsl',
    title: 'Docker Desktop WSL 2 backend on Windows',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/desktop/features/wsl/',
    lang: 'en',
    description: {
      ko: 'Windows의 Docker Desktop이 WSL 2 위에서 리눅스 컨테이너를 실행하는 방식.',
      en: 'How Docker Desktop on Windows runs Linux containers on WSL 2.',
    },
    editions: ['revised'],
  },
  {
    id: 'wsl-compare-versions',
    title: 'Comparing WSL Versions',
    site: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/windows/wsl/compare-versions',
    lang: 'en',
    description: {
      ko: 'WSL 2가 가벼운 유틸리티 VM 안에서 진짜 리눅스 커널을 실행한다는 Microsoft의 설명.',
      en: "Microsoft's explanation that WSL 2 runs a real Linux kernel inside a lightweight utility VM.",
    },
    editions: ['revised'],
  },
  {
    id: 'windows-containers',
    title: 'Windows and containers',
    site: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/about/',
    lang: 'en',
    description: {
      ko: 'Windows 커널을 공유하는 Windows 컨테이너, 그리고 VM 위에서 컨테이너를 돌리는 흔한 배치에 대한 Microsoft 문서.',
      en: 'Microsoft’s introduction to Windows containers, which share the Windows kernel, and to the common practice of running containers on VMs.',
    },
    editions: ['revised'],
  },
  {
    id: 'windows-containers-isolation-modes',
    title: 'Isolation Modes',
    site: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container',
    lang: 'en',
    description: {
      ko: 'Windows 컨테이너의 프로세스 격리와, 컨테이너마다 작은 VM을 두는 Hyper-V 격리 모드.',
      en: 'Process isolation of Windows containers, and Hyper-V isolation, which gives each container a small VM.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-sysctls',
    title: 'Using sysctls in a Kubernetes Cluster',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/',
    lang: 'en',
    description: {
      ko: '네임스페이스 단위로 파드마다 줄 수 있는 커널 파라미터와, 노드 전체에 걸리는 커널 파라미터의 구분.',
      en: 'Which kernel parameters are namespaced and can be set per Pod, and which are node-level.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-running-containers',
    title: 'Running containers',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/containers/run/',
    lang: 'en',
    description: {
      ko: 'docker run의 옵션 설명. 기본적으로 컨테이너는 호스트 장치에 접근할 수 없고, --device로 필요한 장치만 넘긴다.',
      en: 'The options of docker run: by default a container cannot access host devices, and --device passes in only those it needs.',
    },
    editions: ['revised'],
  },
  {
    id: 'kata-containers',
    title: 'Kata Containers',
    site: 'Kata Containers',
    url: 'https://katacontainers.io/',
    lang: 'en',
    description: {
      ko: '컨테이너처럼 동작하면서 가벼운 VM으로 격리를 한 겹 더하는 컨테이너 런타임 Kata Containers.',
      en: 'Kata Containers, a container runtime that adds a layer of isolation with lightweight VMs that behave like containers.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-runtime-class',
    title: 'Runtime Class',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/concepts/containers/runtime-class/',
    lang: 'en',
    description: {
      ko: '쿠버네티스에서 파드마다 gVisor나 Kata Containers 같은 다른 컨테이너 런타임을 고르는 RuntimeClass.',
      en: 'RuntimeClass, which lets each Kubernetes Pod pick a different container runtime such as gVisor or Kata Containers.',
    },
    editions: ['revised'],
  },
  {
    id: 'lxc-introduction',
    title: 'Linux Containers - LXC - Introduction',
    site: 'linuxcontainers.org',
    url: 'https://linuxcontainers.org/lxc/introduction/',
    lang: 'en',
    description: {
      ko: '별도의 커널 없이 보통의 리눅스 설치에 가까운 환경을 만드는 LXC의 소개.',
      en: 'An introduction to LXC, which aims for an environment close to a standard Linux installation without a separate kernel.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-container-runtimes',
    title: 'Container Runtimes',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/setup/production-environment/container-runtimes/',
    lang: 'en',
    description: {
      ko: '쿠버네티스가 CRI를 구현한 containerd, CRI-O 같은 런타임으로 컨테이너를 실행하고, dockershim은 v1.24에서 제거되었다는 설명.',
      en: 'Kubernetes runs containers through CRI runtimes such as containerd and CRI-O; dockershim was removed in v1.24.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-get-started',
    title: 'Get started',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/get-started/',
    lang: 'en',
    description: {
      ko: '도커를 설치하고 이미지를 빌드해 컨테이너를 실행해 보는 공식 입문 과정.',
      en: 'The official introduction: install Docker, build an image and run a container.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-basics-tutorial',
    title: 'Learn Kubernetes Basics',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/tutorials/kubernetes-basics/',
    lang: 'en',
    description: {
      ko: '클러스터에 애플리케이션을 배포하고, 늘리고, 새 버전으로 바꾸는 쿠버네티스 공식 기초 튜토리얼.',
      en: 'The official Kubernetes basics tutorial: deploy, scale and update an application on a cluster.',
    },
    editions: ['revised'],
  },
];

/** The references an edition lists, in order. */
export function referencesFor(edition: ReferenceEdition): readonly Reference[] {
  return REFERENCES.filter((reference) => reference.editions.includes(edition));
}
