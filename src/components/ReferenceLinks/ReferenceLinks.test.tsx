// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { referencesFor } from '@site/src/data/references';
import { setTestLocale } from '@site/src/test/locale';
import ReferenceLinks from '.';

afterEach(() => {
  setTestLocale('ko');
});

function renderList(edition: 'original' | 'revised') {
  return render(
    <MemoryRouter>
      <ReferenceLinks edition={edition} />
    </MemoryRouter>,
  );
}

describe('ReferenceLinks', () => {
  it.each(['original', 'revised'] as const)('lists the %s references in order', (edition) => {
    renderList(edition);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    const expected = referencesFor(edition);
    expect(items).toHaveLength(expected.length);
    items.forEach((item, index) => {
      const reference = expected[index];
      expect(item).toHaveTextContent(reference?.title ?? '(none)');
      expect(item).toHaveTextContent(reference?.site ?? '(none)');
    });
  });

  it('keeps the URLs exactly and marks the links as external for every reader', () => {
    setTestLocale('en');
    renderList('original');
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      referencesFor('original').map((reference) => reference.url),
    );
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAccessibleName(/\(external site, opens in a new tab\)$/);
      expect(link.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    }
  });

  it('shows the language of each page and its description in the reader’s language', () => {
    setTestLocale('en');
    renderList('revised');
    const [kubernetes, , , , docker] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(kubernetes).toHaveTextContent('Page language: Korean');
    expect(kubernetes?.querySelector('[lang="ko"]')).toHaveTextContent('쿠버네티스란 무엇인가?');
    expect(kubernetes).toHaveTextContent('The overview in the official Kubernetes docs');
    expect(docker).toHaveTextContent('Page language: English');
  });

  it('flags the plain-http references, and only them, as not secure', () => {
    renderList('revised');
    for (const item of within(screen.getByRole('list')).getAllByRole('listitem')) {
      const href = within(item).getByRole('link').getAttribute('href') ?? '';
      if (href.startsWith('http:')) expect(item).toHaveTextContent('http: 보안 연결 아님');
      else expect(item).not.toHaveTextContent('보안 연결 아님');
    }
    expect(screen.getAllByText('http: 보안 연결 아님')).toHaveLength(3);
  });
});
