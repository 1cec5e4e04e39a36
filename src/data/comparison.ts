/**
 * Rows of the comparison table (hypervisor-based vs container-based virtualization), one record
 * per row, for each edition. `<ComparisonTable edition="..." />` renders them.
 *
 * The original edition (`original`) is the note's "(정리 표)" word for word: do not correct it,
 * not even its spacing or its missing line breaks (e.g. "수백 GBOS를"); `src/data/__tests__`
 * compares it with the note cell by cell. Corrections belong in the revised edition (`revised`).
 *
 * To add a row to the revised edition:
 * 1. Add a record to `REVISED_ROWS` below, at the place it should appear in the table.
 * 2. `id` is the row's public anchor (`/docs/comparison#<id>`): lower-case ASCII words joined by
 *    "-", unique, and never renamed once published (people link to it).
 * 3. Fill in both `ko` and `en` for `aspect`, `hypervisor` and `container`; a missing
 *    translation fails `npm run test:unit`.
 * 4. Write a startup time, an image size or an overhead only through `facts.ts` (a template
 *    string such as `${vmStartup.ko}: ...`), never as a number of your own: the test fails.
 */

import { capitalized, fact } from './facts';
import type { LocalizedText } from './localized';

export { inLocale, type LocalizedText } from './localized';

export type ComparisonEdition = 'original' | 'revised';

export interface ComparisonRow {
  /** Anchor id of the row, e.g. `startup-time`. */
  readonly id: string;
  /** What is compared (the row header). */
  readonly aspect: LocalizedText;
  /** The cell of the hypervisor-based virtualization column. */
  readonly hypervisor: LocalizedText;
  /** The cell of the container-based virtualization column. */
  readonly container: LocalizedText;
}

export interface ComparisonColumns {
  readonly hypervisor: LocalizedText;
  readonly container: LocalizedText;
}

export interface ComparisonTableData {
  readonly columns: ComparisonColumns;
  readonly rows: readonly ComparisonRow[];
}

/** Ids of the six rows of the note, in the note's order; both editions have them. */
export const NOTE_ROW_IDS = [
  'startup-time',
  'image-size',
  'guest-os',
  'portability',
  'data-management',
  'guest-os-relationship',
] as const;

const ORIGINAL_ROWS: readonly ComparisonRow[] = [
  {
    id: 'startup-time',
    aspect: { ko: '시작 시간', en: 'Startup time' },
    hypervisor: { ko: '몇 분', en: 'Minutes' },
    container: { ko: '몇 초', en: 'Seconds' },
  },
  {
    id: 'image-size',
    aspect: { ko: '이미지 크기', en: 'Image size' },
    hypervisor: {
      ko: '수 GB ~ 수백 GBOS를 포함하여 애플리케이션과 필요한 런타임 소프트웨어',
      en: 'Several GB to several hundred GB; the application and the runtime software it needs, including the OS',
    },
    container: {
      ko: '~ 수백 MB애플리케이션과 런타임 소프트웨어만',
      en: 'Up to several hundred MB; only the application and its runtime software',
    },
  },
  {
    id: 'guest-os',
    aspect: { ko: 'Guest OS', en: 'Guest OS' },
    hypervisor: {
      ko: 'Windows/Linux 등 다양한 선택 가능',
      en: 'A wide choice, such as Windows or Linux',
    },
    container: { ko: '호스트 OS 와 동일한 OS', en: 'The same OS as the host OS' },
  },
  {
    id: 'portability',
    aspect: { ko: '이식성', en: 'Portability' },
    hypervisor: {
      ko: '대부분 가상 이미지에 대한 변환이 필요함',
      en: 'Most virtual images need to be converted',
    },
    container: {
      ko: '컨테이너 이미지 그대로 사용 가능',
      en: 'Container images can be used as they are',
    },
  },
  {
    id: 'data-management',
    aspect: { ko: '데이터 관리', en: 'Data management' },
    hypervisor: {
      ko: 'VM 내부또는 연결된 스토리지에 저장',
      en: 'Stored inside the VM or on attached storage',
    },
    container: {
      ko: '컨테이너 내부에 있는 데이터는 종료시 소멸되며, 필요에 따라 스토리지를 이용하여 저장',
      en: 'Data inside a container is lost when it stops; store it on storage as needed',
    },
  },
  {
    id: 'guest-os-relationship',
    aspect: { ko: 'Guest OS 와의 관계', en: 'Relationship with the guest OS' },
    hypervisor: {
      ko: 'Guest OS는 하드웨어(가상)로 인식',
      en: 'The guest OS recognizes it as hardware (virtual)',
    },
    container: {
      ko: 'Host OS를 커널 수준으로 분리하여 OS를 가상화 형태로 사용하여 필요에 따라 호스트와 리소스 공유 가능',
      en: 'The host OS is partitioned at the kernel level and the OS is used in virtualized form, so resources can be shared with the host as needed',
    },
  },
];

const vmStartup = fact('vm-startup').text;
const containerStartup = fact('container-startup').text;
const vmImageSize = fact('vm-image-size').text;
const containerImageSize = fact('container-image-size').text;
const cpuOverhead = fact('cpu-overhead').text;

// Figures come from facts.ts (template strings), so the table says what the pages and the
// glossary say; a fact is followed by a colon or a parenthesis, never by a Korean particle.
const REVISED_ROWS: readonly ComparisonRow[] = [
  {
    id: 'startup-time',
    aspect: { ko: '시작 시간', en: 'Startup time' },
    hypervisor: {
      ko: `${vmStartup.ko}: 인스턴스를 배치하고 디스크를 붙인 뒤 게스트 OS 전체가 부팅한다`,
      en: `${capitalized(vmStartup.en)}: the instance is placed, its disk attached, then a whole guest OS boots`,
    },
    container: {
      ko: `${containerStartup.ko}: 커널을 부팅하지 않고, 이미 돌고 있는 호스트 커널 위에서 프로세스를 시작한다`,
      en: `${capitalized(containerStartup.en)}: no kernel boots; a process starts on the host kernel that is already running`,
    },
  },
  {
    id: 'image-size',
    aspect: { ko: '이미지 크기', en: 'Image size' },
    hypervisor: {
      ko: `${vmImageSize.ko}: 게스트 OS 전체에 애플리케이션과 런타임이 더해진다. 가상 디스크 파일은 보통 실제로 쓴 만큼만 커진다(qcow2, 동적 VHDX)`,
      en: `${capitalized(vmImageSize.en)}: a whole guest OS plus the application and its runtime. The disk file usually grows only as space is used (qcow2, dynamic VHDX)`,
    },
    container: {
      ko: `${containerImageSize.ko}: 커널 없이 애플리케이션과 라이브러리를 담고, 흔히 배포판의 유저랜드를 바탕에 둔다`,
      en: `${capitalized(containerImageSize.en)}: no kernel, just the application and its libraries, often on top of a distribution's userland`,
    },
  },
  {
    id: 'guest-os',
    aspect: { ko: '게스트 OS', en: 'Guest OS' },
    hypervisor: {
      ko: 'VM마다 Windows, Linux, BSD 등 하드웨어 아키텍처에 맞는 대부분의 OS를 설치할 수 있다. 다만 가상 장치를 다룰 드라이버가 있어야 하고, macOS처럼 라이선스가 특정 하드웨어에 묶인 OS도 있다',
      en: 'Each VM can run almost any OS built for the hardware architecture (Windows, Linux, BSD and more), given drivers for its virtual devices; some, such as macOS, are licensed for specific hardware only',
    },
    container: {
      ko: '게스트 OS가 없다. 호스트 커널을 공유하고, 리눅스 호스트라면 배포판이 다른 유저랜드(Ubuntu, Alpine 등)를 쓸 수 있다',
      en: 'There is no guest OS. Containers share the host kernel; on a Linux host they can use the userland of a different distribution (Ubuntu, Alpine...)',
    },
  },
  {
    id: 'portability',
    aspect: { ko: '이식성', en: 'Portability' },
    hypervisor: {
      ko: '하이퍼바이저마다 디스크 이미지 형식(VMDK, VHDX, qcow2 등)과 가상 장치가 달라, 옮기려면 이미지를 변환하고 게스트의 장치 드라이버와 설정까지 바꿔야 할 때가 많다',
      en: "Disk image formats (VMDK, VHDX, qcow2...) and virtual devices differ between hypervisors, so moving a VM often means converting its image and changing the guest's device drivers and configuration",
    },
    container: {
      ko: 'OCI 표준 이미지는 어느 런타임에서든 그대로 실행된다. 다만 호스트 커널의 종류, 버전, 기능(시스템 콜, cgroup v2 등)과 CPU 아키텍처가 맞아야 하고, GPU를 쓰면 호스트의 GPU 드라이버도 맞아야 한다',
      en: "An OCI image runs unchanged on any runtime, provided the host kernel's type, version and features (system calls, cgroup v2...) and the CPU architecture match, and, for GPU work, the host's GPU drivers",
    },
  },
  {
    id: 'data-management',
    aspect: { ko: '데이터 관리', en: 'Data management' },
    hypervisor: {
      ko: '가상 디스크에 저장되어 VM을 다시 시작해도 남는다. 연결된 스토리지도 쓸 수 있다',
      en: 'Stored on the virtual disk, which survives reboots of the VM; attached storage can be used too',
    },
    container: {
      ko: '도커는 멈춘 컨테이너의 쓰기 가능 레이어를 컨테이너를 삭제할 때까지 남기지만, 쿠버네티스는 죽은 컨테이너를 깨끗한 상태로 다시 시작한다. 어느 쪽이든 컨테이너 안의 데이터는 임시로 여기고, 남길 데이터는 볼륨이나 외부 스토리지에 둔다',
      en: "Docker keeps a stopped container's writable layer until the container is removed, but Kubernetes restarts a failed container with a clean state. Treat data inside a container as ephemeral either way, and keep what must last in volumes or external storage",
    },
  },
  {
    id: 'guest-os-relationship',
    aspect: { ko: '게스트 OS·커널과의 관계', en: 'Relationship with the guest OS and kernel' },
    hypervisor: {
      ko: '게스트 OS는 자기 커널을 가지고, 하이퍼바이저가 제공하는 가상 하드웨어를 실제 하드웨어처럼 다룬다',
      en: 'The guest OS has its own kernel and drives the virtual hardware the hypervisor provides as if it were real',
    },
    container: {
      ko: '컨테이너는 호스트 커널 위의 격리된 프로세스다. 네임스페이스(namespace)가 보이는 범위를, cgroup이 쓸 수 있는 리소스를 나눈다',
      en: 'Containers are isolated processes on the host kernel: namespaces limit what they can see, cgroups what resources they can use',
    },
  },
  {
    id: 'isolation',
    aspect: { ko: '격리 수준', en: 'Isolation' },
    hypervisor: {
      ko: '하드웨어 수준 격리: VM마다 커널과 가상 하드웨어가 따로 있다',
      en: 'Hardware-level isolation: each VM has its own kernel and virtual hardware',
    },
    container: {
      ko: '프로세스 수준 격리: 네임스페이스, cgroup, seccomp, capabilities 같은 커널 기능으로 나누고 커널은 공유한다',
      en: 'Process-level isolation: kernel features (namespaces, cgroups, seccomp, capabilities) separate containers that share one kernel',
    },
  },
  {
    id: 'security-boundary',
    aspect: { ko: '보안 경계', en: 'Security boundary' },
    hypervisor: {
      ko: '하이퍼바이저가 경계다. 공격 표면이 커널의 시스템 콜 인터페이스보다 훨씬 작아 서로 믿을 수 없는 워크로드를 나눌 때 쓴다. 하이퍼바이저가 흉내 내는 가상 장치도 공격 표면에 들어간다',
      en: "The hypervisor is the boundary; its attack surface, much smaller than a kernel's system call interface, makes it fit for separating untrusted workloads. The virtual devices it emulates are part of that surface",
    },
    container: {
      ko: '공유 커널이 경계다. 커널 취약점 하나가 모든 컨테이너에 영향을 줄 수 있어, 믿을 수 없는 코드는 gVisor 같은 샌드박스 런타임이나, 파드(쿠버네티스 밖에서는 컨테이너)마다 마이크로VM을 두는 Kata Containers 같은 런타임으로 실행한다',
      en: 'The shared kernel is the boundary: one kernel flaw can affect every container, so untrusted code runs under a sandboxing runtime such as gVisor or a runtime such as Kata Containers that gives each Pod (outside Kubernetes, each container) its own microVM',
    },
  },
  {
    id: 'kernel-choice',
    aspect: { ko: '커널 선택', en: 'Kernel choice' },
    hypervisor: {
      ko: 'VM마다 다른 커널, 커널 버전, OS 계열을 고를 수 있다',
      en: 'Each VM can pick its own kernel, kernel version and OS family',
    },
    container: {
      ko: 'runc 같은 보통의 런타임에서는 모든 컨테이너가 호스트 커널 하나를 쓰므로, 커널 버전이나 커널 모듈을 컨테이너별로 고를 수 없다. Kata Containers 같은 VM 기반 런타임에서는 파드마다(쿠버네티스 밖에서는 컨테이너마다) 자기 커널을 쓴다',
      en: 'With ordinary runtimes such as runc, every container uses the one host kernel, so kernel version and kernel modules cannot differ per container; with VM-based runtimes such as Kata Containers, each Pod (or, outside Kubernetes, each container) gets its own kernel',
    },
  },
  {
    id: 'density',
    aspect: { ko: '집적도', en: 'Density' },
    hypervisor: {
      ko: 'VM마다 게스트 OS가 메모리와 디스크를 차지해, 한 호스트에 올릴 수 있는 수가 적다',
      en: 'Every guest OS takes its own memory and disk, so fewer VMs fit on one host',
    },
    container: {
      ko: 'OS를 중복해 싣지 않아 같은 호스트에 훨씬 많은 컨테이너를 올릴 수 있다',
      en: 'No OS is duplicated, so many more containers fit on the same host',
    },
  },
  {
    id: 'performance',
    aspect: { ko: '실행 성능', en: 'Performance' },
    hypervisor: {
      ko: `CPU 위주 작업: ${cpuOverhead.ko}. 디스크와 네트워크 I/O는 가상 장치를 거치므로 튜닝하지 않으면 느려질 수 있다`,
      en: `CPU-bound work: ${cpuOverhead.en}. Disk and network I/O pass through virtual devices and can be slower without tuning`,
    },
    container: {
      ko: '프로세스가 호스트 커널에서 바로 돌아 CPU와 메모리 성능은 네이티브와 같다. 다만 쓰기가 많은 파일은 쓰기 가능 레이어보다 볼륨에 두어야 훨씬 빠르고, 기본 브리지 네트워크의 포트 매핑(NAT)에는 약간의 네트워크 오버헤드가 있다. 컨테이너의 이점은 계산 속도보다 빠른 시작과 적은 메모리 사용에 있다',
      en: 'Processes run directly on the host kernel, so CPU and memory perform as on the host itself. Write-heavy files belong on volumes rather than the writable layer, which is much slower, and port mapping (NAT) on the default bridge network adds some network overhead. What containers gain is fast startup and lower memory use, not faster computing',
    },
  },
];

/** The columns and rows of each edition's table. */
export const COMPARISON_TABLES: Readonly<Record<ComparisonEdition, ComparisonTableData>> = {
  original: {
    columns: {
      hypervisor: { ko: '하이퍼 바이저 형 가상화', en: 'Hypervisor-based virtualization' },
      container: { ko: '컨테이너 형 가상화', en: 'Container-based virtualization' },
    },
    rows: ORIGINAL_ROWS,
  },
  revised: {
    columns: {
      hypervisor: { ko: '하이퍼바이저형 가상화', en: 'Hypervisor-based virtualization' },
      container: { ko: '컨테이너형 가상화', en: 'Container-based virtualization' },
    },
    rows: REVISED_ROWS,
  },
};
