// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import {
  BrokenLinksProvider,
  createStatefulBrokenLinks,
} from '@docusaurus/core/lib/client/BrokenLinksContext';
import { FACTS, capitalized } from '@site/src/data/facts';
import { REFERENCES } from '@site/src/data/references';
import { setTestLocale } from '@site/src/test/locale';
import FactSources from '.';

afterEach(() => {
  setTestLocale('ko');
});

function renderSources() {
  const brokenLinks = createStatefulBrokenLinks();
  const view = render(
    <BrokenLinksProvider brokenLinks={brokenLinks}>
      <MemoryRouter>
        <FactSources />
      </MemoryRouter>
    </BrokenLinksProvider>,
  );
  return { ...view, brokenLinks };
}

/** The top-level entries: one per fact. */
function entries(): HTMLElement[] {
  const [list] = screen.getAllByRole('list');
  if (list === undefined) throw new Error('no list');
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list);
}

const referenceOf = (id: string) => REFERENCES.find((reference) => reference.id === id);

describe('FactSources', () => {
  it('lists every fact, in order, as an entry with the anchor fact-<id>', () => {
    renderSources();
    expect(entries().map((item) => item.id)).toEqual(FACTS.map((fact) => `fact-${fact.id}`));
  });

  it.each(['ko', 'en'] as const)('writes each figure in the page’s language (%s)', (locale) => {
    setTestLocale(locale);
    renderSources();
    entries().forEach((item, index) => {
      const fact = FACTS[index];
      expect(item).toHaveTextContent(capitalized(fact?.text[locale] ?? '(none)'));
    });
  });

  it.each(FACTS.map((fact) => [fact.id, fact] as const))(
    'links %s to each of its sources, with the title, the site and a labelled list',
    (id, fact) => {
      setTestLocale('en');
      renderSources();
      const item = document.getElementById(`fact-${id}`);
      if (item === null) throw new Error(`no entry for ${id}`);
      const sources = within(item).getByRole('list', { name: 'Sources' });
      const links = within(sources).getAllByRole('link');
      expect(links).toHaveLength(fact.sources.length);
      fact.sources.forEach((sourceId, index) => {
        const reference = referenceOf(sourceId);
        const link = links[index];
        expect(link).toHaveAttribute('href', reference?.url);
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        // The title, then what screen readers hear of an external link (as in ReferenceLinks).
        expect(link?.textContent.replace(/\s+/g, ' ')).toBe(
          `${reference?.title ?? ''} (external site, opens in a new tab)`,
        );
        expect(link).toHaveAccessibleName(/\(external site, opens in a new tab\)$/);
        expect(link?.querySelector(`[lang="${reference?.lang ?? ''}"]`)).not.toBeNull();
        expect(link?.closest('li')).toHaveTextContent(reference?.site ?? '(none)');
      });
    },
  );

  it('labels the source lists in Korean on Korean pages', () => {
    renderSources();
    expect(screen.getAllByRole('list', { name: '출처' })).toHaveLength(FACTS.length);
  });

  it('declares its anchors to the broken-anchor check', () => {
    const { brokenLinks } = renderSources();
    expect(brokenLinks.getCollectedAnchors()).toEqual(FACTS.map((fact) => `fact-${fact.id}`));
  });
});
