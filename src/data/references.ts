/**
 * The pages this study note cites, for `<ReferenceLinks edition="..." />`.
 *
 * The first four are the note's own "(참고)" list: their titles and URLs are quoted word for word
 * from the note (three of the four — msaschool and both Opennaru pages — are plain `http`, kept as
 * the note wrote them and shown as not secure), and `src/data/__tests__/references.test.ts`
 * compares them with the note. Do not edit their titles or URLs; their descriptions may say what
 * became of a page (the Kubernetes one now redirects).
 *
 * To add a reference (revised edition only):
 * 1. Append a record at the end of `REFERENCES` (the note's four stay first, in place).
 * 2. `id`: lower-case ASCII words joined by "-", unique.
 * 3. `title`: the page's own title, in the page's own language; `lang` is that language.
 * 4. `site`: the name of the site as readers know it (e.g. "Kubernetes", "man7.org").
 * 5. `url`: the canonical, absolute `https://` address of the page (no tracking parameters).
 * 6. `description`: one line saying what the reader gets there, in Korean and in English.
 * 7. `editions: ['revised']`.
 * `npm run test:unit` checks every field and that no id or URL is listed twice, and
 * `src/data/__tests__/citedUrls.test.ts` that every external URL a revised page links to is here.
 * A figure in `facts.ts` names its sources by `id` (the type `ReferenceId` keeps them honest).
 */
import type { LocalizedText } from './localized';

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

const REFERENCE_LIST = [
  {
    id: 'kubernetes-what-is-kubernetes',
    title: '쿠버네티스란 무엇인가? | Kubernetes',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/concepts/overview/what-is-kubernetes/',
    lang: 'ko',
    description: {
      ko: '쿠버네티스 공식 문서의 개요. 전통적인 배포, 가상화된 배포, 컨테이너 배포를 비교한 그림이 있다. 노트에 적힌 이 주소는 지금 /ko/docs/concepts/overview/로 넘어간다.',
      en: 'The overview in the official Kubernetes docs, with the picture comparing traditional, virtualized and container deployment. The address the note gives now redirects to /ko/docs/concepts/overview/.',
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
      ko: '컨테이너가 쓰는 CPU, 메모리 같은 리소스를 제한하는 리눅스 cgroup의 매뉴얼.',
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
      ko: '컨테이너와 호스트 커널 사이에 일반 프로세스로 도는 애플리케이션 커널을 두어 격리를 강화하는 gVisor의 문서. OCI 런타임 runsc로 쓴다.',
      en: 'The docs of gVisor, which strengthens isolation by putting an application kernel, running as an ordinary process, between containers and the host kernel; it is used as the OCI runtime runsc.',
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
      ko: 'KVM으로 마이크로VM을 만들고 실행하는 가상머신 모니터(VMM) Firecracker. 장치를 최소한으로 줄여 빨리 부팅하고, VM 수준으로 격리한다. AWS가 Lambda와 Fargate 같은 서비스를 위해 개발했다.',
      en: 'Firecracker, a virtual machine monitor (VMM) that creates and runs microVMs with KVM; a minimal device model makes them boot fast, with VM-grade isolation. AWS developed it for services such as Lambda and Fargate.',
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
    id: 'docker-desktop-linux',
    title: 'Install Docker Desktop on Linux',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/desktop/setup/install/linux/',
    lang: 'en',
    description: {
      ko: '리눅스용 Docker Desktop도 VM을 하나 띄워 그 안에서 컨테이너를 돌린다는 것과, 도커 엔진과의 차이.',
      en: 'That Docker Desktop for Linux, too, runs a VM in which the containers run, and how it differs from Docker Engine.',
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
    id: 'windows-container-version-compatibility',
    title: 'Windows container version compatibility',
    site: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/version-compatibility',
    lang: 'en',
    description: {
      ko: '어떤 Windows 버전의 컨테이너 이미지를 어떤 호스트에서 돌릴 수 있는지 정리한 Microsoft 문서. 호스트의 커널을 쓰는 프로세스 격리 모드에서는 이미지의 Windows 버전이 호스트와 맞아야 하고, 호스트가 더 새 버전이면 Hyper-V 격리 모드로 돌릴 수 있다.',
      en: 'Microsoft’s table of which Windows versions of container images run on which hosts: in process isolation mode, where the container uses the host’s kernel, the image’s Windows version must match the host’s; on a newer host the container can run in Hyper-V isolation mode instead.',
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
      ko: 'docker run의 옵션 설명. --privileged가 무엇을 허용하는지, --device로 호스트의 장치를 컨테이너에 넘기는 방법이 나온다.',
      en: 'The options of docker run, including what --privileged allows and how --device passes a host device into a container.',
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
      ko: '컨테이너처럼 동작하면서 가벼운 VM으로 격리를 한 겹 더하는 OCI 호환 컨테이너 런타임 Kata Containers.',
      en: 'Kata Containers, an OCI-compatible container runtime that adds a layer of isolation with lightweight VMs that behave like containers.',
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
      ko: '쿠버네티스가 CRI를 구현한 containerd, CRI-O 같은 런타임으로 컨테이너를 실행하고, dockershim은 v1.24에서 제거되어 도커 엔진은 cri-dockerd 어댑터로 쓴다는 설명.',
      en: 'Kubernetes runs containers through CRI runtimes such as containerd and CRI-O; dockershim was removed in v1.24, so Docker Engine is used through the cri-dockerd adapter.',
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
  {
    id: 'kubernetes-overview-ko',
    title: '쿠버네티스란 무엇인가?',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/concepts/overview/',
    lang: 'ko',
    description: {
      ko: '쿠버네티스 공식 문서 개요의 한국어판. 세 배포 시대와, 컨테이너가 격리 속성을 완화해 OS를 공유한다는 설명이 있다.',
      en: 'The Korean translation of the Kubernetes overview: the three deployment eras, and containers as sharing the OS with relaxed isolation.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-container-runtimes-ko',
    title: '컨테이너 런타임',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/setup/production-environment/container-runtimes/',
    lang: 'ko',
    description: {
      ko: '쿠버네티스가 파드의 컨테이너를 실행할 때 쓰는 컨테이너 런타임(containerd, CRI-O 등)을 설명하는 한국어 문서.',
      en: 'The Korean page on the container runtimes (containerd, CRI-O...) Kubernetes uses to run the containers of a Pod.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-runtime-class-ko',
    title: '런타임클래스(RuntimeClass)',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/concepts/containers/runtime-class/',
    lang: 'ko',
    description: {
      ko: '파드마다 다른 컨테이너 런타임 구성을 고르는 런타임클래스의 한국어 문서. 하드웨어 가상화를 쓰는 런타임으로 격리를 높이는 예가 있다.',
      en: 'The Korean page on RuntimeClass, which picks a container runtime configuration per Pod, for example one that uses hardware virtualization for stronger isolation.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-volumes',
    title: 'Volumes',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/concepts/storage/volumes/',
    lang: 'en',
    description: {
      ko: '컨테이너의 파일은 임시적이어서, 컨테이너가 죽으면 kubelet이 깨끗한 상태로 다시 시작한다는 설명과 쿠버네티스 볼륨의 종류.',
      en: 'Why files in a container are ephemeral (after a crash the kubelet restarts the container with a clean state) and the kinds of Kubernetes volumes.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-volumes-ko',
    title: '볼륨',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/concepts/storage/volumes/',
    lang: 'ko',
    description: {
      ko: '쿠버네티스 볼륨 문서의 한국어판. 컨테이너가 크래시되면 kubelet이 컨테이너를 초기화된 상태로 다시 시작한다는 설명이 있다.',
      en: 'The Korean translation of the Kubernetes Volumes page: after a crash the kubelet restarts the container in its initial state.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-userns-remap',
    title: 'Isolate containers with a user namespace',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/security/userns-remap/',
    lang: 'en',
    description: {
      ko: '컨테이너 안의 root를 호스트의 권한 없는 사용자로 대응시키는 도커의 userns-remap 설정. 따로 켜야 하는 기능이다.',
      en: "Docker's userns-remap setting, which maps root in a container to an unprivileged user on the host; it has to be turned on.",
    },
    editions: ['revised'],
  },
  {
    id: 'vm-startup-times-study',
    title: 'An Empirical Analysis of VM Startup Times in Public IaaS Clouds: An Extended Report',
    site: 'arXiv',
    url: 'https://arxiv.org/abs/2107.03467',
    lang: 'en',
    description: {
      ko: 'AWS와 GCP에서 VM을 요청한 때부터 쓸 수 있게 되기까지의 시간(VM 시작 시간)을 석 달 동안 클라우드마다 30만 번 넘게 잰 연구(2021). 인스턴스 배치와 디스크 이미지 준비, 게스트 OS 부팅이 모두 들어간 시간이어서, VM 종류, 데이터센터 위치, 이미지 크기, OS(리눅스, Windows)에 따라 크게 달랐고 대체로 수십 초에서 몇 분이었다.',
      en: 'Three months and more than 300,000 measurements per cloud of VM startup time on AWS and GCP, from the request to a usable VM (2021). That span includes placing the instance and preparing its disk image as well as the guest OS boot, so it varied widely with VM type, data center location, image size and OS (Linux, Windows), mostly from tens of seconds to a few minutes.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-startup-study',
    title:
      'Decomposing Docker Container Startup Performance: A Three-Tier Measurement Study on Heterogeneous Infrastructure',
    site: 'arXiv',
    url: 'https://arxiv.org/abs/2602.15214',
    lang: 'en',
    description: {
      ko: '도커 컨테이너 시작 시간을 단계별로 나눠 잰 연구(2026년, 동료 심사 전인 한 저자의 프리프린트). SSD 클라우드 VM에서 docker run은 평균 약 0.6초, HDD에서는 약 1.2초였고, 그 시간은 대부분 런타임 오버헤드였다. 네임스페이스를 만드는 데는 10ms 안팎이 들었고, 이미지 크기(5MB~155MB)에 따른 차이는 작았다.',
      en: 'A study that breaks Docker container startup into its steps (2026; a single-author preprint, not peer reviewed). docker run took about 0.6 s on average on an SSD-backed cloud VM and about 1.2 s on HDD, mostly runtime overhead: creating the namespaces took 8–10 ms, and image size (5 MB to 155 MB) made little difference.',
    },
    editions: ['revised'],
  },
  {
    id: 'windows-server-hardware-requirements',
    title: 'Hardware requirements for Windows Server',
    site: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/windows-server/get-started/hardware-requirements',
    lang: 'en',
    description: {
      ko: 'Windows Server를 설치하는 데 필요한 최소 사양. 시스템 파티션만 32GB가 최소다.',
      en: 'The minimum hardware for Windows Server; the system partition alone needs at least 32 GB.',
    },
    editions: ['revised'],
  },
  {
    id: 'oracle-linux-system-requirements',
    title: 'System Requirements',
    site: 'Oracle Linux documentation',
    url: 'https://docs.oracle.com/en/operating-systems/oracle-linux/8/install/install-SystemRequirements.html',
    lang: 'en',
    description: {
      ko: 'Oracle Linux 8 설치에 필요한 최소 사양. 디스크는 최소 10GB, 권장 20GB다.',
      en: 'The minimum requirements for installing Oracle Linux 8: at least 10 GB of disk, 20 GB recommended.',
    },
    editions: ['revised'],
  },
  {
    id: 'eks-aiml-performance',
    title: 'Application Scaling and Performance',
    site: 'Amazon EKS Best Practices Guide',
    url: 'https://docs.aws.amazon.com/eks/latest/best-practices/aiml-performance.html',
    lang: 'en',
    description: {
      ko: '머신러닝 컨테이너 이미지를 줄이는 방법을 다룬 AWS 문서. CUDA를 담은 PyTorch 이미지는 런타임용도 3GB, 개발용은 6GB를 넘는다.',
      en: 'AWS guidance on shrinking machine-learning container images; a PyTorch image with CUDA is about 3 GB in its runtime variant and over 6 GB in its development variant.',
    },
    editions: ['revised'],
  },
  {
    id: 'felter-vm-container-performance',
    title: 'An updated performance comparison of virtual machines and Linux containers',
    site: 'IBM Research',
    url: 'https://research.ibm.com/publications/an-updated-performance-comparison-of-virtual-machines-and-linux-containers',
    lang: 'en',
    description: {
      ko: 'KVM 가상머신과 도커 컨테이너의 성능을 비교한 IBM 연구(ISPASS 2015). CPU와 메모리 오버헤드는 극단적인 경우를 빼면 둘 다 거의 없었지만 KVM은 대용량 페이지, vCPU 고정 같은 튜닝을 해야 그렇게 되었고, 큰 차이는 I/O에서 났다. 도커도 NAT 네트워크와 유니언 파일시스템(AUFS)에서는 오버헤드가 있었다.',
      en: 'IBM Research’s comparison of KVM virtual machines and Docker containers (ISPASS 2015): apart from extreme cases both add negligible CPU and memory overhead, though KVM needed tuning (huge pages, vCPU pinning) to get there; the big differences are in I/O, and Docker’s NAT networking and union filesystem (AUFS) add overhead too.',
    },
    editions: ['revised'],
  },
  {
    id: 'lxc-6-lts',
    title: 'LXC 6.0 LTS has been released',
    site: 'Linux Containers forum',
    url: 'https://discuss.linuxcontainers.org/t/lxc-6-0-lts-has-been-released/19567',
    lang: 'en',
    description: {
      ko: 'LXC 6.0 LTS 출시 공지. 2029년 6월까지 지원되는, LXC의 여섯 번째 장기 지원 릴리스다.',
      en: 'The announcement of LXC 6.0 LTS, the sixth long-term support release of LXC, supported until June 2029.',
    },
    editions: ['revised'],
  },
  {
    id: 'firecracker-containerd',
    title: 'firecracker-microvm/firecracker-containerd',
    site: 'GitHub',
    url: 'https://github.com/firecracker-microvm/firecracker-containerd',
    lang: 'en',
    description: {
      ko: 'containerd가 컨테이너를 Firecracker 마이크로VM 안에서 실행하게 해 주는 프로젝트. OCI 이미지를 마이크로VM으로 돌리는 방법 가운데 하나다.',
      en: 'The project that lets containerd run containers inside Firecracker microVMs, one of the ways to run OCI images as microVMs.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-rootless',
    title: 'Rootless mode',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/security/rootless/',
    lang: 'en',
    description: {
      ko: '도커 데몬과 컨테이너를 root가 아닌 사용자로, 사용자 네임스페이스 안에서 실행하는 rootless 모드.',
      en: 'Rootless mode, which runs the Docker daemon and containers as a non-root user inside a user namespace.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-seccomp',
    title: 'Seccomp security profiles for Docker',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/security/seccomp/',
    lang: 'en',
    description: {
      ko: '도커의 기본 seccomp 프로필은 300개가 넘는 시스템 콜 가운데 40여 개를 막는다는 설명.',
      en: "Docker's default seccomp profile, which blocks about 44 of the more than 300 system calls.",
    },
    editions: ['revised'],
  },
  {
    id: 'docker-build-best-practices',
    title: 'Building best practices',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/build/building/best-practices/',
    lang: 'en',
    description: {
      ko: '이미지를 빌드할 때의 권장 사항: 멀티 스테이지 빌드, 베이스 이미지 고르기, 다이제스트로 고정하기, 다시 빌드하기.',
      en: 'Recommendations for building images: multi-stage builds, choosing and pinning base images by digest, rebuilding often.',
    },
    editions: ['revised'],
  },
  {
    id: 'podman-machine',
    title: 'podman-machine',
    site: 'Podman documentation',
    url: 'https://docs.podman.io/en/stable/markdown/podman-machine.1.html',
    lang: 'en',
    description: {
      ko: 'macOS와 Windows에서 리눅스 VM을 띄워 컨테이너를 실행하는 podman machine 명령의 매뉴얼.',
      en: 'The manual of podman machine, which manages the Linux VM that Podman needs on macOS and Windows.',
    },
    editions: ['revised'],
  },
  {
    id: 'colima',
    title: 'abiosoft/colima',
    site: 'GitHub',
    url: 'https://github.com/abiosoft/colima',
    lang: 'en',
    description: {
      ko: 'macOS와 리눅스에서 리눅스 VM을 띄워 도커나 containerd를 실행해 주는 도구 Colima.',
      en: 'Colima, which runs Docker or containerd in a Linux VM on macOS and Linux with minimal setup.',
    },
    editions: ['revised'],
  },
  {
    id: 'apple-container',
    title: 'apple/container',
    site: 'GitHub',
    url: 'https://github.com/apple/container',
    lang: 'en',
    description: {
      ko: 'Mac에서 컨테이너마다 가벼운 리눅스 VM을 띄워 OCI 이미지를 실행하는 Apple의 container 도구.',
      en: "Apple's container tool, which runs OCI images as Linux containers in lightweight VMs on a Mac.",
    },
    editions: ['revised'],
  },
  {
    id: 'windows-containers-vs-vm',
    title: 'Containers vs. virtual machines',
    site: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/about/containers-vs-vm',
    lang: 'en',
    description: {
      ko: '컨테이너와 가상머신의 공통점과 차이, 각각이 맞는 경우를 정리하고, 클라우드에서는 흔히 VM 위에서 컨테이너를 돌린다고 설명하는 Microsoft 문서.',
      en: "Microsoft's comparison of containers and virtual machines and when to use each, noting that containers in the cloud usually run on VMs.",
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-cgroups',
    title: 'About cgroup v2',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/concepts/architecture/cgroups/',
    lang: 'en',
    description: {
      ko: 'cgroup v2가 무엇이고 어떤 배포판이 기본으로 쓰는지, 쿠버네티스가 이를 어떻게 쓰는지에 대한 설명.',
      en: 'What cgroup v2 is, which distributions use it by default, and how Kubernetes uses it.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-cgroups-ko',
    title: 'cgroup v2에 대하여',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/concepts/architecture/cgroups/',
    lang: 'ko',
    description: {
      ko: '쿠버네티스의 cgroup v2 문서 한국어판. cgroup v2를 기본으로 쓰는 배포판과 요구 사항이 있다.',
      en: 'The Korean translation of the Kubernetes page on cgroup v2: which distributions use it by default and what it requires.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-sysctls-ko',
    title: '쿠버네티스 클러스터에서 sysctl 사용하기',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/tasks/administer-cluster/sysctl-cluster/',
    lang: 'ko',
    description: {
      ko: '파드마다 줄 수 있는 네임스페이스 단위 커널 파라미터와 노드 전체에 걸리는 커널 파라미터를 구분하는 한국어 문서.',
      en: 'The Korean page on which kernel parameters are namespaced and can be set per Pod, and which are node-level.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-basics-tutorial-ko',
    title: '쿠버네티스 기초 학습',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/tutorials/kubernetes-basics/',
    lang: 'ko',
    description: {
      ko: '클러스터에 애플리케이션을 배포하고, 늘리고, 새 버전으로 바꾸는 쿠버네티스 공식 기초 튜토리얼의 한국어판.',
      en: 'The Korean translation of the official Kubernetes basics tutorial: deploy, scale and update an application on a cluster.',
    },
    editions: ['revised'],
  },
  {
    id: 'oci-distribution-spec',
    title: 'OCI Distribution Specification',
    site: 'GitHub (opencontainers)',
    url: 'https://github.com/opencontainers/distribution-spec',
    lang: 'en',
    description: {
      ko: '레지스트리가 이미지를 주고받는 API를 정한 OCI 배포 명세.',
      en: 'The OCI distribution specification: the API through which registries push and pull images.',
    },
    editions: ['revised'],
  },
  {
    id: 'linux-syscalls',
    title: 'syscalls(2) — Linux manual page',
    site: 'man7.org',
    url: 'https://man7.org/linux/man-pages/man2/syscalls.2.html',
    lang: 'en',
    description: {
      ko: '리눅스 시스템 콜의 목록과 각 시스템 콜이 들어간 커널 버전을 정리한 매뉴얼.',
      en: 'The manual listing Linux system calls and the kernel versions that introduced them.',
    },
    editions: ['revised'],
  },
  {
    id: 'linux-getrlimit',
    title: 'getrlimit(2) — Linux manual page',
    site: 'man7.org',
    url: 'https://man7.org/linux/man-pages/man2/getrlimit.2.html',
    lang: 'en',
    description: {
      ko: '프로세스 하나가 쓸 수 있는 리소스의 한도(rlimit)를 읽고 정하는 시스템 콜의 매뉴얼.',
      en: "The manual of the system calls that get and set a process's resource limits (rlimits).",
    },
    editions: ['revised'],
  },
  {
    id: 'linux-nice',
    title: 'nice(2) — Linux manual page',
    site: 'man7.org',
    url: 'https://man7.org/linux/man-pages/man2/nice.2.html',
    lang: 'en',
    description: {
      ko: '프로세스의 CPU 스케줄링 우선순위를 바꾸는 nice 시스템 콜의 매뉴얼.',
      en: "The manual of the nice system call, which changes a process's CPU scheduling priority.",
    },
    editions: ['revised'],
  },
  {
    id: 'linux-bootup',
    title: 'bootup(7) — Linux manual page',
    site: 'man7.org',
    url: 'https://man7.org/linux/man-pages/man7/bootup.7.html',
    lang: 'en',
    description: {
      ko: '펌웨어, 부트로더, 커널, initrd, systemd로 이어지는 리눅스 부팅 과정을 설명하는 매뉴얼.',
      en: 'The manual describing the Linux boot process from firmware and boot loader through the kernel and initrd to systemd.',
    },
    editions: ['revised'],
  },
  {
    id: 'kernelnewbies-linux-2-6-24',
    title: 'Linux_2_6_24 - Linux Kernel Newbies',
    site: 'Linux Kernel Newbies',
    url: 'https://kernelnewbies.org/Linux_2_6_24',
    lang: 'en',
    description: {
      ko: '2008년 1월에 나온 리눅스 2.6.24의 변경 사항. 컨트롤 그룹(cgroup)이 이 버전에 들어갔다.',
      en: 'The changes in Linux 2.6.24, released in January 2008, the version that introduced control groups (cgroups).',
    },
    editions: ['revised'],
  },
  {
    id: 'linux-ksm',
    title: 'Kernel Samepage Merging',
    site: 'The Linux Kernel documentation',
    url: 'https://docs.kernel.org/admin-guide/mm/ksm.html',
    lang: 'en',
    description: {
      ko: '내용이 같은 메모리 페이지를 합쳐 한 벌만 두는 리눅스 KSM의 커널 문서. 원래 KVM 가상머신을 더 많이 올리려고 만들었다.',
      en: 'The kernel documentation of KSM, which merges identical memory pages; it was first built to fit more KVM virtual machines into memory.',
    },
    editions: ['revised'],
  },
  {
    id: 'nvidia-container-toolkit',
    title: 'NVIDIA/nvidia-container-toolkit',
    site: 'GitHub',
    url: 'https://github.com/NVIDIA/nvidia-container-toolkit',
    lang: 'en',
    description: {
      ko: '컨테이너가 호스트의 NVIDIA GPU와 드라이버를 쓸 수 있게 해 주는 NVIDIA Container Toolkit. 호스트에 드라이버가 있어야 한다.',
      en: "The NVIDIA Container Toolkit, which lets containers use the host's NVIDIA GPUs; the driver must be installed on the host.",
    },
    editions: ['revised'],
  },
  {
    id: 'ibm-vm-timeline',
    title: 'VM History Timeline',
    site: 'IBM z/VM',
    url: 'https://www.vm.ibm.com/history/timeline.html',
    lang: 'en',
    description: {
      ko: '1960년대 CP-40과 CP-67에서 1972년 VM/370을 거쳐 z/VM까지 이어지는 IBM 가상머신의 연표.',
      en: "The timeline of IBM's virtual machines, from CP-40 and CP-67 in the 1960s through VM/370 (1972) to z/VM.",
    },
    editions: ['revised'],
  },
  {
    id: 'aqua-container-history',
    title: 'A Brief History of Containers: From the 1970s Till Now',
    site: 'Aqua Security blog',
    url: 'https://www.aquasec.com/blog/a-brief-history-of-containers-from-1970s-chroot-to-docker-2016/',
    lang: 'en',
    description: {
      ko: 'chroot(1979), FreeBSD jail(2000), Solaris Containers(2004), LXC(2008)에서 도커까지 컨테이너 기술의 역사를 정리한 글.',
      en: 'A history of container technology from chroot (1979), FreeBSD jails (2000), Solaris Containers (2004) and LXC (2008) to Docker.',
    },
    editions: ['revised'],
  },
  {
    id: 'intel-sdm',
    title: 'Intel® 64 and IA-32 Architectures Software Developer Manuals',
    site: 'Intel',
    url: 'https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html',
    lang: 'en',
    description: {
      ko: '인텔 CPU의 아키텍처 매뉴얼. 하드웨어 가상화 지원(VT-x, VMX)을 다룬 장이 있다.',
      en: "Intel's architecture manuals for its CPUs, including the chapters on hardware virtualization support (VT-x, VMX).",
    },
    editions: ['revised'],
  },
  {
    id: 'redhat-what-is-a-hypervisor',
    title: 'What is a hypervisor?',
    site: 'Red Hat',
    url: 'https://www.redhat.com/en/topics/virtualization/what-is-a-hypervisor',
    lang: 'en',
    description: {
      ko: '하이퍼바이저가 무엇이고 타입 1과 타입 2가 어떻게 다른지 설명하는 Red Hat의 글.',
      en: "Red Hat's explanation of what a hypervisor is and how type 1 and type 2 hypervisors differ.",
    },
    editions: ['revised'],
  },
  {
    id: 'redhat-what-is-a-hypervisor-ko',
    title: '하이퍼바이저란?',
    site: 'Red Hat',
    url: 'https://www.redhat.com/ko/topics/virtualization/what-is-a-hypervisor',
    lang: 'ko',
    description: {
      ko: '하이퍼바이저가 무엇이고 타입 1과 타입 2가 어떻게 다른지 설명하는 Red Hat의 한국어 글.',
      en: "Red Hat's Korean explanation of what a hypervisor is and how type 1 and type 2 hypervisors differ.",
    },
    editions: ['revised'],
  },
  {
    id: 'qemu-img',
    title: 'QEMU disk image utility',
    site: 'QEMU documentation',
    url: 'https://www.qemu.org/docs/master/tools/qemu-img.html',
    lang: 'en',
    description: {
      ko: 'qcow2, VMDK, VHDX 같은 가상 디스크 이미지를 만들고 서로 다른 형식으로 변환하는 qemu-img의 문서.',
      en: 'The documentation of qemu-img, which creates virtual disk images and converts them between formats such as qcow2, VMDK and VHDX.',
    },
    editions: ['revised'],
  },
  {
    id: 'kvm-migration',
    title: 'Migration',
    site: 'linux-kvm.org',
    url: 'https://www.linux-kvm.org/page/Migration',
    lang: 'en',
    description: {
      ko: '실행 중인 KVM 가상머신을 다른 호스트로 옮기는 라이브 마이그레이션과 그 제약을 설명하는 KVM 위키 문서.',
      en: 'The KVM wiki page on migrating a running KVM virtual machine to another host (live migration) and its limitations.',
    },
    editions: ['revised'],
  },
  {
    id: 'ibm-immutable-infrastructure',
    title: 'What is immutable infrastructure?',
    site: 'IBM',
    url: 'https://www.ibm.com/think/topics/immutable-infrastructure',
    lang: 'en',
    description: {
      ko: '서버를 고치지 않고 새로 만들어 교체하는 불변 인프라와, 그것이 구성 드리프트를 줄이는 이유를 설명하는 IBM의 글.',
      en: "IBM's explanation of immutable infrastructure, which replaces servers instead of changing them, and why it reduces configuration drift.",
    },
    editions: ['revised'],
  },
  {
    id: 'ibm-immutable-infrastructure-ko',
    title: '불변 인프라란 무엇인가요?',
    site: 'IBM',
    url: 'https://www.ibm.com/kr-ko/think/topics/immutable-infrastructure',
    lang: 'ko',
    description: {
      ko: '서버를 고치지 않고 새로 만들어 교체하는 불변 인프라와, 그것이 구성 드리프트를 줄이는 이유를 설명하는 IBM의 한국어 글.',
      en: "IBM's Korean explanation of immutable infrastructure, which replaces servers instead of changing them, and why it reduces configuration drift.",
    },
    editions: ['revised'],
  },
  {
    id: 'docker-alternative-runtimes',
    title: 'Alternative container runtimes',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/daemon/alternative-runtimes/',
    lang: 'en',
    description: {
      ko: '도커 엔진에서 runc 대신 다른 런타임을 쓰는 방법. gVisor와 Kata Containers는 containerd 심(shim)으로 붙고(docker run --runtime io.containerd.kata.v2), youki 같은 runc 대체 런타임은 데몬 설정에 따로 등록한다.',
      en: 'How Docker Engine uses runtimes other than runc: gVisor and Kata Containers plug in as containerd shims (docker run --runtime io.containerd.kata.v2), while drop-in replacements for runc such as youki are registered in the daemon configuration.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-containerd-image-store',
    title: 'containerd image store with Docker Engine',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/storage/containerd/',
    lang: 'en',
    description: {
      ko: '도커 엔진 29.0부터 새로 설치하면 기본이 되는 containerd 이미지 스토어와 스냅샷터의 설명. 그 전 버전에서 올린 호스트는 overlay2 같은 기존 스토리지 드라이버를 계속 쓰고, userns-remap과는 함께 쓸 수 없다.',
      en: 'The containerd image store and its snapshotters, the default for fresh installs of Docker Engine 29.0 and later; hosts upgraded from earlier versions keep legacy storage drivers such as overlay2, and it does not work with userns-remap.',
    },
    editions: ['revised'],
  },
  {
    id: 'windows-server-2019-editions',
    title: 'Comparison of Standard and Datacenter editions of Windows Server 2019',
    site: 'Microsoft Learn',
    url: 'https://learn.microsoft.com/en-us/windows-server/get-started/editions-comparison-windows-server-2019',
    lang: 'en',
    description: {
      ko: 'Windows Server 2019의 에디션 비교. Standard 에디션은 Windows 컨테이너는 제한 없이, Hyper-V 컨테이너는 두 개까지 허용하고, Datacenter 에디션은 둘 다 제한이 없다.',
      en: 'The comparison of Windows Server 2019 editions: Standard allows unlimited Windows containers but only up to two Hyper-V containers; Datacenter allows any number of both.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-seccomp-tutorial',
    title: "Restrict a Container's Syscalls with seccomp",
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/tutorials/security/seccomp/',
    lang: 'en',
    description: {
      ko: '쿠버네티스에서 파드에 seccomp 프로필을 거는 방법. 따로 설정하지 않으면 파드는 seccomp 없이(Unconfined) 돌고, RuntimeDefault나 kubelet의 --seccomp-default로 런타임의 기본 프로필을 쓴다.',
      en: 'How to apply seccomp profiles to Pods in Kubernetes: unless configured otherwise, Pods run Unconfined, and RuntimeDefault or the kubelet’s --seccomp-default applies the runtime’s default profile.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-seccomp-tutorial-ko',
    title: 'seccomp를 사용하여 컨테이너의 시스템 콜(syscall) 제한',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/tutorials/security/seccomp/',
    lang: 'ko',
    description: {
      ko: '쿠버네티스에서 파드에 seccomp 프로필을 거는 방법을 다룬 튜토리얼의 한국어판. 따로 설정하지 않으면 파드는 seccomp 없이(Unconfined) 돈다는 설명이 있다.',
      en: 'The Korean translation of the Kubernetes seccomp tutorial, which explains that Pods run Unconfined unless a seccomp profile is set.',
    },
    editions: ['revised'],
  },
  {
    id: 'kvm-ols-2007',
    title: 'kvm: the Linux Virtual Machine Monitor',
    site: 'Proceedings of the Linux Symposium (kernel.org)',
    url: 'https://www.kernel.org/doc/ols/2007/ols2007v1-pages-225-230.pdf',
    lang: 'en',
    description: {
      ko: 'KVM을 처음 소개한 논문(Kivity 외, 2007년 Ottawa Linux Symposium). CPU의 가상화 확장 기능으로 게스트 코드를 직접 실행하고, 특권 명령 같은 일부만 하이퍼바이저로 넘어오는 구조를 설명한다.',
      en: 'The paper that introduced KVM (Kivity et al., Ottawa Linux Symposium 2007): guest code runs directly through the CPU’s virtualization extensions, and only some operations, such as privileged instructions, exit to the hypervisor.',
    },
    editions: ['revised'],
  },
  {
    id: 'docker-resource-constraints',
    title: 'Resource constraints',
    site: 'Docker Docs',
    url: 'https://docs.docker.com/engine/containers/resource_constraints/',
    lang: 'en',
    description: {
      ko: '컨테이너의 메모리와 CPU 사용량을 제한하는 docker run 옵션. 기본적으로 컨테이너에는 리소스 제한이 없어서, 호스트 커널의 스케줄러가 허락하는 만큼 쓸 수 있다.',
      en: 'The docker run options that limit a container’s memory and CPU. By default a container has no resource constraints and can use as much as the host kernel’s scheduler allows.',
    },
    editions: ['revised'],
  },
  {
    id: 'debian-cloud-images',
    title: 'Index of /images/cloud/trixie/latest',
    site: 'Debian Official Cloud Images',
    url: 'https://cloud.debian.org/images/cloud/trixie/latest/',
    lang: 'en',
    description: {
      ko: 'Debian 13의 공식 클라우드 이미지 목록. generic·genericcloud 이미지의 가상 디스크(.raw)는 수 GB이고, 이 이미지들의 .qcow2 파일은 쓴 만큼만 담아 수백 MB다.',
      en: 'The list of Debian 13’s official cloud images: the generic and genericcloud images are a virtual disk (.raw) of a few GB, and their .qcow2 files, which hold only the space in use, a few hundred MB.',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-assign-memory',
    title: 'Assign Memory Resources to Containers and Pods',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/',
    lang: 'en',
    description: {
      ko: '쿠버네티스에서 컨테이너에 메모리 요청량과 상한을 주는 방법. 상한을 주지 않으면 컨테이너는 노드의 남은 메모리를 다 쓸 수 있고, 네임스페이스에 기본 상한(LimitRange)이 있으면 그 상한이 걸린다.',
      en: 'How to give a container a memory request and limit in Kubernetes; with no limit a container can use all the memory available on its node, unless its namespace has a default limit (LimitRange).',
    },
    editions: ['revised'],
  },
  {
    id: 'kubernetes-assign-memory-ko',
    title: '컨테이너 및 파드 메모리 리소스 할당',
    site: 'Kubernetes',
    url: 'https://kubernetes.io/ko/docs/tasks/configure-pod-container/assign-memory-resource/',
    lang: 'ko',
    description: {
      ko: '컨테이너에 메모리 요청량과 상한을 주는 방법을 다룬 쿠버네티스 문서의 한국어판. 상한을 주지 않았을 때와 네임스페이스의 기본 상한이 걸릴 때를 설명한다.',
      en: 'The Korean translation of the Kubernetes page on memory requests and limits for containers, including what happens with no limit and with a namespace default limit.',
    },
    editions: ['revised'],
  },
  {
    id: 'oci-runtime-spec-linux-config',
    title: 'Linux Container Configuration',
    site: 'GitHub (opencontainers)',
    url: 'https://github.com/opencontainers/runtime-spec/blob/main/config-linux.md',
    lang: 'en',
    description: {
      ko: 'OCI 런타임 명세의 리눅스 설정 문서. "Default Devices" 절에 런타임이 모든 컨테이너에 기본으로 주는 장치(/dev/null, /dev/zero, /dev/urandom, /dev/tty 등)가 나온다.',
      en: 'The Linux configuration document of the OCI runtime specification; its "Default Devices" section lists the devices a runtime gives every container (/dev/null, /dev/zero, /dev/urandom, /dev/tty and others).',
    },
    editions: ['revised'],
  },
  {
    id: 'oracle-solaris-resource-controls',
    title: 'Resource Control Constraint Mechanisms',
    site: 'Oracle Solaris documentation',
    url: 'https://docs.oracle.com/cd/E19044-01/sol.containers/817-1592/rmctrls-17/index.html',
    lang: 'en',
    description: {
      ko: 'Solaris 10 리소스 관리 안내서의 한 절. 리소스 제어로 프로세스뿐 아니라 태스크, 프로젝트, 존 단위로 시스템 리소스 사용을 제한한다.',
      en: 'A section of the Solaris 10 resource management guide: resource controls limit the system resources used by processes, and also by tasks, projects and zones.',
    },
    editions: ['revised'],
  },
  {
    id: 'ibm-aix-workload-manager',
    title: 'Workload management concepts',
    site: 'IBM Documentation (AIX)',
    url: 'https://www.ibm.com/docs/en/aix/7.3.0?topic=manager-workload-management-concepts',
    lang: 'en',
    description: {
      ko: 'AIX Workload Manager(WLM)의 개념. 작업을 클래스로 묶고, 클래스마다 CPU, 물리 메모리, 디스크 I/O의 최소·최대량을 정한다.',
      en: 'The concepts of AIX Workload Manager (WLM): jobs are grouped into classes, and each class gets minimum and maximum amounts of CPU, physical memory and disk I/O.',
    },
    editions: ['revised'],
  },
] as const satisfies readonly Reference[];

/** The id of a listed reference, e.g. `'firecracker'`. */
export type ReferenceId = (typeof REFERENCE_LIST)[number]['id'];

export const REFERENCES: readonly Reference[] = REFERENCE_LIST;

/** The references an edition lists, in order. */
export function referencesFor(edition: ReferenceEdition): readonly Reference[] {
  return REFERENCES.filter((reference) => reference.editions.includes(edition));
}
