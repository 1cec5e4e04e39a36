import { translate } from '@docusaurus/Translate';
import { containerStack, virtualizedStack, type DiagramContent } from './shared';

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
        '두 계층 구조를 나란히 그린 그림이다. 하이퍼바이저형 가상화: 하드웨어, 호스트 OS, 하이퍼바이저 위에 가상머신 두 대가 있고, 가상머신마다 게스트 OS, 바이너리/라이브러리, 앱이 들어 있다. 컨테이너형 가상화: 하드웨어, 호스트 OS의 커널 위에 컨테이너 세 개가 있고, 컨테이너 런타임이 이를 만들고 관리한다. 그림은 런타임을 컨테이너 아래의 한 층으로 그렸지만, 컨테이너의 프로세스는 호스트 커널을 직접 호출한다. 컨테이너마다 바이너리/라이브러리와 앱만 들어 있어 게스트 OS 계층이 없다.',
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
