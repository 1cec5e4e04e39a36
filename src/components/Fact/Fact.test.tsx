// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { FACTS, FACT_IDS } from '@site/src/data/facts';
import { setTestLocale } from '@site/src/test/locale';
import Fact from '.';

afterEach(() => {
  setTestLocale('ko');
});

function sentence(id: string) {
  return render(
    <p>
      컨테이너는 훨씬 빨리 시작한다(
      <Fact id={id} />
      ).
    </p>,
  ).container;
}

describe('Fact', () => {
  it.each(FACTS.map((fact) => [fact.id, fact] as const))(
    'renders %s in Korean on Korean pages, inline',
    (id, fact) => {
      setTestLocale('ko');
      const element = sentence(id).querySelector(`[data-fact="${id}"]`);
      expect(element?.tagName).toBe('SPAN');
      expect(element).toHaveTextContent(fact.text.ko);
    },
  );

  it.each(FACTS.map((fact) => [fact.id, fact] as const))(
    'renders %s in English on English pages',
    (id, fact) => {
      setTestLocale('en');
      const { container } = render(<Fact id={id} />);
      expect(container.textContent).toBe(fact.text.en);
    },
  );

  it('fails the render, naming the id and the known ids, for an unknown id', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => render(<Fact id="container-startpu" />)).toThrow(
        `<Fact id="container-startpu" />: there is no fact "container-startpu" in ` +
          `src/data/facts.ts. Known ids: ${FACT_IDS.join(', ')}.`,
      );
    } finally {
      quiet.mockRestore();
    }
  });
});
