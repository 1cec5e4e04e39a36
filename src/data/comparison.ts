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
 */

export type ComparisonEdition = 'original' | 'revised';

/** One text in both languages of the site. */
export interface LocalizedText {
  readonly ko: string;
  readonly en: string;
}

export type SiteLocale = keyof LocalizedText;

/** The text of `text` for the locale being rendered (Korean, the source language, otherwise). */
export function inLocale(text: LocalizedText, locale: string): string {
  return locale === 'en' ? text.en : text.ko;
}

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
      en: 'The guest OS sees the (virtual) hardware as real hardware',
    },
    container: {
      ko: 'Host OS를 커널 수준으로 분리하여 OS를 가상화 형태로 사용하여 필요에 따라 호스트와 리소스 공유 가능',
      en: 'The host OS is partitioned at the kernel level and the OS is used in virtualized form, so resources can be shared with the host as needed',
    },
  },
];

const REVISED_ROWS: readonly ComparisonRow[] = [
  {
    id: 'startup-time',
    aspect: { ko: '시작 시간', en: 'Startup time' },
    hypervisor: {
      ko: '보통 수십 초~몇 분: 게스트 OS가 부팅해야 한다',
      en: 'Typically tens of seconds to minutes: the guest OS has to boot',
    },
    container: {
      ko: '보통 밀리초~몇 초: OS를 부팅하지 않고 호스트 커널 위에서 프로세스를 시작할 뿐이다',
      en: 'Typically milliseconds to seconds: nothing boots, a process starts on the host kernel',
    },
  },
  {
    id: 'image-size',
    aspect: { ko: '이미지 크기', en: 'Image size' },
    hypervisor: {
      ko: '보통 수 GB~수십 GB(그 이상도 있다): 게스트 OS 전체에 애플리케이션과 런타임을 더한 크기',
      en: 'Typically several GB to tens of GB (sometimes more): a whole guest OS plus the application and its runtime',
    },
    container: {
      ko: '수 MB~수백 MB: 애플리케이션과 런타임·라이브러리만 담고 커널은 담지 않는다',
      en: 'A few MB to a few hundred MB: only the application, its runtime and libraries, no kernel',
    },
  },
  {
    id: 'guest-os',
    aspect: { ko: '게스트 OS', en: 'Guest OS' },
    hypervisor: {
      ko: 'VM마다 Windows, Linux, BSD 등 하드웨어 아키텍처가 맞는 어떤 OS든 설치할 수 있다',
      en: 'Each VM can run any OS built for the hardware architecture: Windows, Linux, BSD and more',
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
      ko: '하이퍼바이저마다 디스크 이미지 형식(VMDK, VHDX, QCOW2 등)이 달라 변환이 필요할 때가 많다',
      en: 'Disk image formats differ between hypervisors (VMDK, VHDX, QCOW2...), so images often need converting',
    },
    container: {
      ko: 'OCI 표준 이미지는 커널 종류(리눅스 등)와 CPU 아키텍처만 맞으면 어느 호스트, 어느 런타임에서든 그대로 실행된다',
      en: 'An OCI image runs unchanged on any host and runtime with the same kind of kernel (Linux, say) and CPU architecture',
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
      ko: '컨테이너의 쓰기 가능 레이어는 정지해도 남지만 컨테이너를 삭제하면 사라진다. 남길 데이터는 볼륨이나 외부 스토리지에 둔다',
      en: "A container's writable layer survives a stop but is deleted with the container; keep data in volumes or external storage",
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
      ko: '컨테이너는 호스트 커널 위의 격리된 프로세스다. 네임스페이스(namespace)가 보이는 범위를, cgroup이 쓸 수 있는 자원을 나눈다',
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
      ko: '하이퍼바이저가 경계다. 공격 표면이 작아 서로 믿을 수 없는 워크로드를 나눌 때 쓴다',
      en: 'The hypervisor is the boundary; its small attack surface makes it fit for separating untrusted workloads',
    },
    container: {
      ko: '공유 커널이 경계다. 커널 취약점 하나가 모든 컨테이너에 영향을 줄 수 있어, 믿을 수 없는 코드는 gVisor, Kata Containers, Firecracker 같은 샌드박스나 경량 VM과 함께 실행한다',
      en: 'The shared kernel is the boundary: one kernel flaw can affect every container, so untrusted code runs with a sandbox or micro-VM such as gVisor, Kata Containers or Firecracker',
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
      ko: '모든 컨테이너가 호스트 커널 하나를 쓴다. 커널 버전이나 커널 모듈을 컨테이너별로 고를 수 없다',
      en: 'Every container uses the one host kernel; kernel version and kernel modules cannot differ per container',
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
