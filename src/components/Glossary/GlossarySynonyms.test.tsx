// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserContextProvider } from '@docusaurus/core/lib/client/browserContext';
import { MemoryRouter } from 'react-router-dom';
import { setTestLocale } from '@site/src/test/locale';
import Glossary from '.';

function renderGlossary(url = '/glossary') {
  render(
    <BrowserContextProvider>
      <MemoryRouter initialEntries={[url]}>
        <Glossary />
      </MemoryRouter>
    </BrowserContextProvider>,
  );
}

const entryIds = (): string[] =>
  Array.from(document.querySelectorAll<HTMLElement>('article[data-term-entry]')).map(
    (entry) => entry.id,
  );

afterEach(() => {
  setTestLocale('ko');
});

// The dictionary's other spellings and the glossary's Hangul product names, in the filter.
// Typing re-renders every entry in jsdom, which takes seconds on a busy machine.
describe('Glossary filter with synonyms', { timeout: 30_000 }, () => {
  it.each([
    ['자원', 'resource-allocation'],
    ['1형 하이퍼바이저', 'type-1-hypervisor'],
    ['격리성', 'isolation'],
    ['파이어크래커', 'firecracker'],
    ['firecracker', 'firecracker'],
  ])('finds %j, best match first', async (query, id) => {
    const user = userEvent.setup();
    renderGlossary();
    await user.type(screen.getByRole('searchbox'), query);
    await waitFor(() => {
      expect(entryIds()[0]).toBe(id);
    });
  });

  // The particle list comes with the synonyms: a particle or a plural does not hide the word.
  it.each([
    ['ko', '커널에서', 'kernel'],
    ['ko', '컨테이너를', 'container'],
    ['en', 'hypervisors', 'hypervisor'],
    ['en', 'virtual machines', 'virtual-machine'],
  ] as const)('on the %s page, finds %j as without its ending', async (locale, query, id) => {
    setTestLocale(locale);
    const user = userEvent.setup();
    renderGlossary();
    await user.type(screen.getByRole('searchbox'), query);
    await waitFor(() => {
      expect(entryIds()[0]).toBe(id);
    });
  });

  it('applies the synonyms to a filter read from the address', async () => {
    setTestLocale('en');
    renderGlossary('/glossary?q=%EC%9E%90%EC%9B%90');
    // 자원 is 리소스 in the glossary's own words: definitions that say 리소스 are found too.
    await waitFor(() => {
      expect(entryIds()).toEqual(expect.arrayContaining(['resource-allocation', 'cgroup']));
    });
  });
});
