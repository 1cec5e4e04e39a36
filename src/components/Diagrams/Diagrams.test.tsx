// @vitest-environment jsdom
import type { ComponentType } from 'react';
import { render, screen } from '@testing-library/react';
import codeTranslations from '@generated/codeTranslations';
import { setTestLocale } from '@site/src/test/locale';
import {
  ContainerSolutionDiagram,
  DeploymentEvolutionDiagram,
  StackComparisonDiagram,
  VmProblemsDiagram,
} from '.';
import { layoutPanels, overflowingLabels, textWidth } from './layout';
import {
  containerSolution,
  deploymentEvolution,
  stackComparison,
  vmProblems,
  type DiagramContent,
} from './models';

interface Case {
  readonly name: string;
  readonly Diagram: ComponentType;
  readonly content: () => DiagramContent;
  readonly ko: { readonly title: string; readonly labels: readonly string[] };
  readonly en: { readonly title: string; readonly labels: readonly string[] };
}

const diagrams: readonly Case[] = [
  {
    name: 'DeploymentEvolutionDiagram',
    Diagram: DeploymentEvolutionDiagram,
    content: deploymentEvolution,
    ko: {
      title: '배포 방식의 변화: 전통적인 배포, 가상화된 배포, 컨테이너 배포',
      labels: [
        '전통적인 배포',
        '가상화된 배포',
        '컨테이너 배포',
        '하이퍼바이저',
        '컨테이너 런타임',
      ],
    },
    en: {
      title: 'How deployment evolved: traditional, virtualized and container deployment',
      labels: ['Traditional deployment', 'Virtualized deployment', 'Container runtime', 'Guest OS'],
    },
  },
  {
    name: 'VmProblemsDiagram',
    Diagram: VmProblemsDiagram,
    content: vmProblems,
    ko: {
      title: '가상머신의 문제점: VM마다 게스트 OS를 통째로 싣는다',
      labels: ['가상 하드웨어', '+ 라이선스', '패치·변경분', '→ 무거운 마이그레이션'],
    },
    en: {
      title: 'The problems with virtual machines: every VM carries a whole guest OS',
      labels: ['Virtual HW', '+ license', 'Changes', '→ heavier migrations'],
    },
  },
  {
    name: 'ContainerSolutionDiagram',
    Diagram: ContainerSolutionDiagram,
    content: containerSolution,
    ko: {
      title: '컨테이너를 통한 해결: 커널 하나를 공유하고 게스트 OS가 없다',
      labels: ['호스트 OS: 공유 커널 하나', '컨테이너 이미지', '게스트 OS 부팅'],
    },
    en: {
      title: 'How containers solve it: one shared kernel and no guest OS',
      labels: ['Host OS: one shared kernel', 'Container image', 'Guest OS boots'],
    },
  },
  {
    name: 'StackComparisonDiagram',
    Diagram: StackComparisonDiagram,
    content: stackComparison,
    ko: {
      title: '하이퍼바이저형 가상화와 컨테이너형 가상화의 계층 비교',
      labels: ['하이퍼바이저형 가상화', '컨테이너형 가상화', '게스트 OS', '하드웨어'],
    },
    en: {
      title: 'Hypervisor-based and container-based virtualization, layer by layer',
      labels: ['Hypervisor-based', 'Container-based', 'virtualization', 'Hardware'],
    },
  },
];

const cases = diagrams.flatMap((diagram) =>
  (['ko', 'en'] as const).map((locale) => ({ ...diagram, locale })),
);

/** Shows the messages written in the components, as a build without code.json would. */
function useSourceMessages(): void {
  for (const key of Object.keys(codeTranslations)) Reflect.deleteProperty(codeTranslations, key);
}

afterEach(() => {
  setTestLocale('ko');
});

describe.each(cases)('$name in $locale', ({ Diagram, content, locale, ...expected }) => {
  beforeEach(() => {
    setTestLocale(locale);
  });

  it('is one image named by its caption, with a longer description', () => {
    render(<Diagram />);
    const image = screen.getByRole('img', { name: expected[locale].title });
    const caption = screen.getByText(expected[locale].title);
    expect(caption.tagName).toBe('FIGCAPTION');
    // Valid HTML: a figure's caption is its first or its last child.
    expect(caption.parentElement?.lastElementChild).toBe(caption);
    const description = content().description;
    expect(description.length).toBeGreaterThan(expected[locale].title.length * 2);
    expect(image).toHaveAccessibleDescription(description);
    expect(image.querySelectorAll('svg[aria-hidden="true"]').length).toBeGreaterThan(0);
  });

  it('draws its labels in the page language', () => {
    const { container } = render(<Diagram />);
    const drawn = Array.from(container.querySelectorAll('svg tspan'), (node) => node.textContent);
    for (const label of expected[locale].labels) expect(drawn).toContain(label);
    const hangul = drawn.filter((text) => /[\uac00-\ud7af]/.test(text));
    expect(hangul.length > 0).toBe(locale === 'ko');
  });

  it('keeps every label inside its box', () => {
    expect(layoutPanels(content().panels).flatMap(overflowingLabels)).toEqual([]);
  });
});

describe.each(diagrams)('$name', ({ Diagram }) => {
  it('says the same in Korean with and without i18n/ko/code.json', () => {
    useSourceMessages();
    const source = render(<Diagram />).container.innerHTML;
    setTestLocale('ko');
    const translated = render(<Diagram />).container.innerHTML;
    expect(translated.replace(/_r_\w+_/g, '')).toBe(source.replace(/_r_\w+_/g, ''));
  });
});

describe('textWidth', () => {
  it('counts Hangul as a full em and Latin text as narrower', () => {
    expect(textWidth('하드웨어', 10)).toBe(40);
    expect(textWidth('App', 10)).toBeCloseTo(18.6);
  });
});
