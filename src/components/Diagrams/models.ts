/**
 * What each diagram shows, with every label translated. A newline in a message breaks the label
 * there: translators keep each line short enough for its box (the tests measure every line).
 */
import { translate } from '@docusaurus/Translate';
import type { BarsModel, Layer, PanelModel, StackModel, Unit } from './layout';

function layers() {
  return {
    hardware: {
      tone: 'hardware',
      label: translate({
        id: 'components.diagrams.hardware',
        message: '하드웨어',
        description: 'Diagram layer: the physical machine',
      }),
    },
    os: {
      tone: 'hostOs',
      label: translate({
        id: 'components.diagrams.operatingSystem',
        message: '운영체제',
        description: 'Diagram layer: the one operating system of a traditional deployment',
      }),
    },
    hostOs: {
      tone: 'hostOs',
      label: translate({
        id: 'components.diagrams.hostOs',
        message: '호스트 OS',
        description: 'Diagram layer: the host operating system',
      }),
    },
    sharedKernel: {
      tone: 'kernel',
      label: translate({
        id: 'components.diagrams.sharedKernel',
        message: '호스트 OS: 공유 커널 하나',
        description: 'Diagram layer: the host OS whose single kernel all containers share',
      }),
    },
    hypervisor: {
      tone: 'hypervisor',
      label: translate({
        id: 'components.diagrams.hypervisor',
        message: '하이퍼바이저',
        description: 'Diagram layer: the hypervisor',
      }),
    },
    runtime: {
      tone: 'runtime',
      label: translate({
        id: 'components.diagrams.containerRuntime',
        message: '컨테이너 런타임',
        description: 'Diagram layer: the container runtime (e.g. containerd)',
      }),
    },
    guestOs: {
      tone: 'guestOs',
      label: translate({
        id: 'components.diagrams.guestOs',
        message: '게스트 OS',
        description: 'Diagram box: the guest operating system inside a VM',
      }),
    },
    libs: {
      tone: 'libs',
      label: translate({
        id: 'components.diagrams.binsLibs',
        message: '바이너리/\n라이브러리',
        description:
          'Diagram box: the binaries and libraries an app needs; \\n breaks the line (the box is narrow)',
      }),
    },
    app: {
      tone: 'app',
      label: translate({
        id: 'components.diagrams.app',
        message: '앱',
        description: 'Diagram box: an application (keep it very short)',
      }),
    },
  } satisfies Record<string, Layer>;
}

function frames() {
  return {
    vm: {
      kind: 'vm',
      label: translate({
        id: 'components.diagrams.vm',
        message: '가상머신',
        description: 'Diagram frame around the parts of one virtual machine',
      }),
    },
    container: {
      kind: 'container',
      label: translate({
        id: 'components.diagrams.container',
        message: '컨테이너',
        description: 'Diagram frame around the parts of one container',
      }),
    },
  } as const;
}

const repeat = (count: number, unit: Unit): Unit[] => Array.from({ length: count }, () => unit);

function virtualizedStack(title: string): StackModel {
  const l = layers();
  return {
    kind: 'stack',
    title,
    units: repeat(2, { frame: frames().vm, parts: [l.app, l.libs, l.guestOs] }),
    base: [l.hypervisor, l.hostOs, l.hardware],
  };
}

function containerStack(title: string): StackModel {
  const l = layers();
  return {
    kind: 'stack',
    title,
    units: repeat(3, { frame: frames().container, parts: [l.app, l.libs] }),
    base: [l.runtime, l.hostOs, l.hardware],
  };
}

export interface DiagramContent {
  readonly title: string;
  readonly description: string;
  readonly panels: readonly PanelModel[];
}

/** The note's `image-20210223182903992.png`: traditional, virtualized and container deployment. */
export function deploymentEvolution(): DiagramContent {
  const l = layers();
  return {
    title: translate({
      id: 'components.diagrams.deploymentEvolution.title',
      message: '배포 방식의 변화: 전통적인 배포, 가상화된 배포, 컨테이너 배포',
      description: 'Caption and accessible name of the deployment evolution diagram',
    }),
    description: translate({
      id: 'components.diagrams.deploymentEvolution.description',
      message:
        '세 가지 배포 방식을 나란히 그린 그림이다. 전통적인 배포: 하드웨어 위의 운영체제 하나에서 여러 앱이 함께 실행된다. 가상화된 배포: 하드웨어 위에 호스트 OS와 하이퍼바이저가 있고, 그 위의 가상머신마다 게스트 OS, 바이너리/라이브러리, 앱이 따로 들어 있다. 컨테이너 배포: 하드웨어 위에 호스트 OS와 컨테이너 런타임이 있고, 그 위의 컨테이너마다 바이너리/라이브러리와 앱만 들어 있다.',
      description: 'Long text alternative of the deployment evolution diagram',
    }),
    panels: [
      {
        kind: 'stack',
        title: translate({
          id: 'components.diagrams.traditionalDeployment',
          message: '전통적인 배포',
          description: 'Diagram panel title',
        }),
        units: repeat(3, { frame: null, parts: [l.app] }),
        base: [l.os, l.hardware],
      },
      virtualizedStack(
        translate({
          id: 'components.diagrams.virtualizedDeployment',
          message: '가상화된 배포',
          description: 'Diagram panel title',
        }),
      ),
      containerStack(
        translate({
          id: 'components.diagrams.containerDeployment',
          message: '컨테이너 배포',
          description: 'Diagram panel title',
        }),
      ),
    ],
  };
}

/** The note's `가상화기술의-문제점.png`: a whole guest OS per VM, and images that grow. */
export function vmProblems(): DiagramContent {
  const l = layers();
  const virtualHardware: Layer = {
    tone: 'virtualHardware',
    label: translate({
      id: 'components.diagrams.vmProblems.virtualHardware',
      message: '가상 하드웨어\nBIOS·vCPU\nvRAM·vDisk\nvNIC',
      description:
        'Diagram box: the emulated hardware a VM gives its guest OS; \\n breaks the line (the box is narrow)',
    }),
  };
  const guestOs = (label: string): Layer => ({ tone: 'guestOs', label });
  const scale = 7;
  return {
    title: translate({
      id: 'components.diagrams.vmProblems.title',
      message: '가상머신의 문제점: VM마다 게스트 OS를 통째로 싣는다',
      description: 'Caption and accessible name of the VM problems diagram',
    }),
    description: translate({
      id: 'components.diagrams.vmProblems.description',
      message:
        '왼쪽: 하드웨어, 호스트 OS, 하이퍼바이저 위에 가상머신 두 대가 있다. 가상머신마다 BIOS, vCPU, 가상 메모리, 가상 디스크, 가상 NIC로 된 가상 하드웨어와 그 위의 게스트 OS, 앱이 있다. 게스트 OS마다 라이선스가 필요하고, 두 게스트 OS는 버전이 서로 달라졌다(v1, v2). 오른쪽: 처음에는 게스트 OS와 앱뿐이던 VM 이미지가 시간이 지나며 패치와 변경분이 쌓여 커지고, 그만큼 마이그레이션 부담도 커진다.',
      description: 'Long text alternative of the VM problems diagram',
    }),
    panels: [
      {
        kind: 'stack',
        title: translate({
          id: 'components.diagrams.vmProblems.stackTitle',
          message: 'VM마다 통째로 실린 게스트 OS',
          description: 'Diagram panel title; \\n may break the line',
        }),
        units: [
          {
            frame: frames().vm,
            parts: [
              l.app,
              guestOs(
                translate({
                  id: 'components.diagrams.vmProblems.guestOsV1',
                  message: '게스트 OS v1\n+ 라이선스',
                  description: 'Diagram box: a guest OS at version 1, which needs its own license',
                }),
              ),
              virtualHardware,
            ],
          },
          {
            frame: frames().vm,
            parts: [
              l.app,
              guestOs(
                translate({
                  id: 'components.diagrams.vmProblems.guestOsV2',
                  message: '게스트 OS v2\n+ 라이선스',
                  description:
                    'Diagram box: a guest OS that drifted to version 2, which needs its own license',
                }),
              ),
              virtualHardware,
            ],
          },
        ],
        base: [l.hypervisor, l.hostOs, l.hardware],
      },
      {
        kind: 'bars',
        title: translate({
          id: 'components.diagrams.vmProblems.growthTitle',
          message: '시간이 지나면 커지는 이미지\n→ 무거운 마이그레이션',
          description: 'Diagram panel title; \\n breaks the line',
        }),
        scale,
        rows: [
          {
            label: translate({
              id: 'components.diagrams.vmProblems.imageAtFirst',
              message: '처음의 VM 이미지',
              description: 'Diagram bar label: the size of a VM image when it is new',
            }),
            segments: [
              { ...l.guestOs, size: 3 },
              { ...l.app, size: 1.4 },
            ],
          },
          {
            label: translate({
              id: 'components.diagrams.vmProblems.imageLater',
              message: '시간이 지난 뒤의 VM 이미지',
              description: 'Diagram bar label: the size of the same VM image after months of use',
            }),
            segments: [
              { ...l.guestOs, size: 3 },
              {
                tone: 'virtualHardware',
                size: 2.6,
                label: translate({
                  id: 'components.diagrams.vmProblems.changes',
                  message: '패치·변경분',
                  description: 'Diagram bar segment: patches and changes piled up in a VM image',
                }),
              },
              { ...l.app, size: 1.4 },
            ],
          },
        ],
      },
    ],
  };
}

/** The note's `컨테이너를-이용한-가상화기술-문제-해결.png`: one shared kernel, small images, fast starts. */
export function containerSolution(): DiagramContent {
  const l = layers();
  const libs: Layer = {
    tone: 'libs',
    label: translate({
      id: 'components.diagrams.binsLibsShort',
      message: '라이브러리',
      description: 'Diagram bar segment: the binaries and libraries in an image (one short line)',
    }),
  };
  const sizes: BarsModel = {
    kind: 'bars',
    title: translate({
      id: 'components.diagrams.containerSolution.sizeTitle',
      message: '게스트 OS가 없어 작은 이미지',
      description: 'Diagram panel title; \\n may break the line',
    }),
    scale: 6.4,
    rows: [
      {
        label: translate({
          id: 'components.diagrams.containerSolution.vmImage',
          message: 'VM 이미지',
          description: 'Diagram bar label',
        }),
        segments: [
          { ...l.guestOs, size: 3 },
          { ...libs, size: 2.2 },
          { ...l.app, size: 1.2 },
        ],
      },
      {
        label: translate({
          id: 'components.diagrams.containerSolution.containerImage',
          message: '컨테이너 이미지',
          description: 'Diagram bar label',
        }),
        segments: [
          { ...libs, size: 2.2 },
          { ...l.app, size: 1.2 },
        ],
      },
    ],
  };
  const startup: BarsModel = {
    kind: 'bars',
    title: translate({
      id: 'components.diagrams.containerSolution.startTitle',
      message: 'OS 부팅이 없어 빠른 시작',
      description: 'Diagram panel title; \\n may break the line',
    }),
    scale: 5.2,
    rows: [
      {
        label: translate({
          id: 'components.diagrams.containerSolution.vmStart',
          message: 'VM 시작',
          description: 'Diagram bar label: what happens when a VM starts',
        }),
        segments: [
          {
            tone: 'guestOs',
            size: 4,
            label: translate({
              id: 'components.diagrams.containerSolution.guestOsBoot',
              message: '게스트 OS 부팅',
              description: 'Diagram bar segment: the guest OS booting',
            }),
          },
          { ...l.app, size: 1.2 },
        ],
      },
      {
        label: translate({
          id: 'components.diagrams.containerSolution.containerStart',
          message: '컨테이너 시작',
          description: 'Diagram bar label: what happens when a container starts',
        }),
        segments: [{ ...l.app, size: 1.2 }],
      },
    ],
  };
  return {
    title: translate({
      id: 'components.diagrams.containerSolution.title',
      message: '컨테이너를 통한 해결: 커널 하나를 공유하고 게스트 OS가 없다',
      description: 'Caption and accessible name of the container solution diagram',
    }),
    description: translate({
      id: 'components.diagrams.containerSolution.description',
      message:
        '첫째 그림: 하드웨어 위의 호스트 OS가 커널 하나를 모든 컨테이너와 공유하고, 그 위의 컨테이너 런타임이 컨테이너 세 개를 실행한다. 컨테이너마다 앱과 바이너리/라이브러리만 있고 게스트 OS는 없다. 둘째 그림: VM 이미지는 게스트 OS, 바이너리/라이브러리, 앱을 담지만 컨테이너 이미지는 바이너리/라이브러리와 앱만 담아 훨씬 작다. 셋째 그림: VM은 게스트 OS가 부팅한 뒤에야 앱이 시작되지만, 컨테이너는 곧바로 앱 프로세스를 시작하므로 시작과 정지가 빠르다.',
      description: 'Long text alternative of the container solution diagram',
    }),
    panels: [
      {
        kind: 'stack',
        title: translate({
          id: 'components.diagrams.containerSolution.stackTitle',
          message: '커널 하나를 공유하는 컨테이너',
          description: 'Diagram panel title; \\n may break the line',
        }),
        units: repeat(3, { frame: frames().container, parts: [l.app, l.libs] }),
        base: [l.runtime, l.sharedKernel, l.hardware],
      },
      sizes,
      startup,
    ],
  };
}

/** The note's `1024_슬라이드10.png`: the two stacks, layer by layer. */
export function stackComparison(): DiagramContent {
  return {
    title: translate({
      id: 'components.diagrams.stackComparison.title',
      message: '하이퍼바이저형 가상화와 컨테이너형 가상화의 계층 비교',
      description: 'Caption and accessible name of the stack comparison diagram',
    }),
    description: translate({
      id: 'components.diagrams.stackComparison.description',
      message:
        '두 계층 구조를 나란히 그린 그림이다. 하이퍼바이저형 가상화: 하드웨어, 호스트 OS, 하이퍼바이저 위에 가상머신 두 대가 있고, 가상머신마다 게스트 OS, 바이너리/라이브러리, 앱이 들어 있다(이것은 호스트 OS 위에서 도는 2형 하이퍼바이저이고, 1형 하이퍼바이저는 하드웨어 위에서 바로 돈다). 컨테이너형 가상화: 하드웨어, 호스트 OS, 컨테이너 런타임 위에 컨테이너 세 개가 있고, 컨테이너마다 바이너리/라이브러리와 앱만 들어 있어 게스트 OS 계층이 없다.',
      description: 'Long text alternative of the stack comparison diagram',
    }),
    panels: [
      virtualizedStack(
        translate({
          id: 'components.diagrams.stackComparison.hypervisorBased',
          message: '하이퍼바이저형 가상화',
          description: 'Diagram panel title; \\n may break the line',
        }),
      ),
      containerStack(
        translate({
          id: 'components.diagrams.stackComparison.containerBased',
          message: '컨테이너형 가상화',
          description: 'Diagram panel title; \\n may break the line',
        }),
      ),
    ],
  };
}
