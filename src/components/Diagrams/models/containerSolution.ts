import { translate } from '@docusaurus/Translate';
import type { BarsModel, Layer } from '../layout';
import { frames, layers, repeat, type DiagramContent } from './shared';

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
      message: '게스트 OS가 없어 작은 이미지\n(실제 비율 아님)',
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
      message: 'OS 부팅이 없어 빠른 시작\n(실제 비율 아님)',
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
        '첫째 그림: 하드웨어 위의 호스트 OS가 커널 하나를 모든 컨테이너와 공유한다. 컨테이너 런타임이 컨테이너 세 개를 만들어 관리하는데, 그림은 런타임을 한 층으로 그렸지만 컨테이너의 프로세스는 공유 커널을 직접 호출한다. 컨테이너마다 앱과 바이너리/라이브러리만 있고 게스트 OS는 없다. 둘째 그림: VM 이미지는 게스트 OS, 바이너리/라이브러리, 앱을 담지만 컨테이너 이미지는 바이너리/라이브러리와 앱만 담아 훨씬 작다. 셋째 그림: VM은 게스트 OS가 부팅한 뒤에야 앱이 시작되지만, 컨테이너는 곧바로 앱 프로세스를 시작하므로 시작과 정지가 빠르다. 둘째와 셋째 그림의 막대 길이는 실제 비율이 아니고, 실제 차이는 대개 훨씬 크다.',
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
