/**
 * What the diagrams are made of: the layers and frames they share, with every label translated.
 * A newline in a message breaks the label there: translators keep each line short enough for its
 * box (the tests measure every line). Each diagram's content is in its own module beside this
 * one, so a page ships the labels of the diagrams it shows and no others.
 */
import { translate } from '@docusaurus/Translate';
import type { Layer, PanelModel, StackModel, Unit } from '../layout';

export function layers() {
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

export function frames() {
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

export const repeat = (count: number, unit: Unit): Unit[] =>
  Array.from({ length: count }, () => unit);

export function virtualizedStack(title: string): StackModel {
  const l = layers();
  return {
    kind: 'stack',
    title,
    units: repeat(2, { frame: frames().vm, parts: [l.app, l.libs, l.guestOs] }),
    base: [l.hypervisor, l.hostOs, l.hardware],
  };
}

export function containerStack(title: string): StackModel {
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
