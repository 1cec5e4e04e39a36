import { translate } from '@docusaurus/Translate';
import { containerStack, layers, repeat, virtualizedStack, type DiagramContent } from './shared';

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
