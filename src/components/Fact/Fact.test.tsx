// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { FACTS, FACT_IDS } from '@site/src/data/facts';
import { setTestLocale } from '@site/src/test/locale';
import Fact, { factAnchor, factSourcesPath } from '.';

afterEach(() => {
  setTestLocale('ko');
});

function inPage(ui: ReactNode) {
  return render(<MemoryRouter>{ui}</MemoryRouter>);
}

function sentence(id: string) {
  return inPage(
    <p>
      컨테이너는 훨씬 빨리 시작한다(
      <Fact id={id} />
      ).
    </p>,
  ).container;
}

const cases = FACTS.map((fact) => [fact.id, fact] as const);

describe('Fact', () => {
  it.each(cases)('renders %s in Korean on Korean pages, inline', (id, fact) => {
    setTestLocale('ko');
    const element = sentence(id).querySelector(`[data-fact="${id}"]`);
    expect(element?.tagName).toBe('A');
    expect(element?.closest('p')).not.toBeNull();
    expect(element).toHaveTextContent(fact.text.ko);
  });

  it.each(cases)('renders %s in English on English pages', (id, fact) => {
    setTestLocale('en');
    const { container } = inPage(<Fact id={id} />);
    expect(container.textContent).toBe(fact.text.en);
  });

  it.each(cases)(
    'links %s to its sources on the references page, named by the figure itself',
    (id, fact) => {
      setTestLocale('en');
      inPage(<Fact id={id} />);
      const link = screen.getByRole('link', { name: fact.text.en });
      expect(link).toHaveAttribute('href', `/docs/references#fact-${id}`);
      // An internal link: same tab, no "external" marking.
      expect(link).not.toHaveAttribute('target');
      expect(link).toHaveAccessibleDescription('See the sources of this figure');
    },
  );

  it('builds the anchor and the path that <FactSources> and the references page use', () => {
    expect(factAnchor('vm-startup')).toBe('fact-vm-startup');
    expect(factSourcesPath('vm-startup')).toBe('/docs/references#fact-vm-startup');
  });

  it('says in Korean what the link leads to on Korean pages', () => {
    inPage(<Fact id="container-startup" />);
    expect(screen.getByRole('link')).toHaveAccessibleDescription('이 수치의 출처 보기');
  });

  it('fails the render, naming the id and the known ids, for an unknown id', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => inPage(<Fact id="container-startpu" />)).toThrow(
        `<Fact id="container-startpu" />: there is no fact "container-startpu" in ` +
          `src/data/facts.ts. Known ids: ${FACT_IDS.join(', ')}.`,
      );
    } finally {
      quiet.mockRestore();
    }
  });
});
