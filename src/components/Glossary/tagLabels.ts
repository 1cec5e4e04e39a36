import { translate } from '@docusaurus/Translate';
import type { GlossaryTag } from '@site/src/data/glossaryTypes';

/** The tags' labels in the page's language. */
export function useTagLabels(): Readonly<Record<GlossaryTag, string>> {
  return {
    virtualization: translate({
      id: 'glossary.tag.virtualization',
      message: '가상화',
      description: 'Glossary topic: virtual machines, hypervisors',
    }),
    containers: translate({
      id: 'glossary.tag.containers',
      message: '컨테이너',
      description: 'Glossary topic: containers and their building blocks',
    }),
    os: translate({
      id: 'glossary.tag.os',
      message: '운영체제',
      description: 'Glossary topic: operating systems and kernels',
    }),
    operations: translate({
      id: 'glossary.tag.operations',
      message: '운영과 배포',
      description: 'Glossary topic: deploying and running software',
    }),
    tools: translate({
      id: 'glossary.tag.tools',
      message: '도구',
      description: 'Glossary topic: named tools and standards (Docker, Kubernetes, OCI)',
    }),
  };
}
