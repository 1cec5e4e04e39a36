// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserContextProvider } from '@docusaurus/core/lib/client/browserContext';
import { MemoryRouter, Route } from 'react-router-dom';
import { glossary } from '@site/src/data/glossary';
import { setTestLocale } from '@site/src/test/locale';
import Glossary from '.';

interface Seen {
  search: string;
  hash: string;
}

/** Renders the glossary at `url`; `browser` false renders it as the static build does. */
function renderGlossary(url = '/glossary', browser = true) {
  const seen: Seen = { search: '', hash: '' };
  const tree = (
    <MemoryRouter initialEntries={[url]}>
      <Glossary />
      <Route
        render={({ location }) => {
          seen.search = location.search;
          seen.hash = location.hash;
          return null;
        }}
      />
    </MemoryRouter>
  );
  render(browser ? <BrowserContextProvider>{tree}</BrowserContextProvider> : tree);
  return seen;
}

const entries = (): HTMLElement[] =>
  Array.from(document.querySelectorAll<HTMLElement>('article[data-term-entry]'));
const entryIds = (): string[] => entries().map((entry) => entry.id);
const searchBox = (name = '용어 찾기'): HTMLElement => screen.getByRole('searchbox', { name });

beforeAll(() => {
  // jsdom has no layout, hence no scrolling.
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  setTestLocale('ko');
  vi.restoreAllMocks();
});

// The first render of all 51 terms also loads the modules: seconds on a busy machine.
describe('Glossary, as built', { timeout: 20_000 }, () => {
  it('renders every term, anchored at its id, Korean name first', () => {
    renderGlossary('/glossary', false);
    expect(entries()).toHaveLength(glossary.length);
    const hypervisor = document.getElementById('hypervisor');
    expect(hypervisor?.tagName).toBe('ARTICLE');
    const heading = within(hypervisor as HTMLElement).getByRole('heading', { level: 3 });
    expect(heading).toHaveTextContent('하이퍼바이저 hypervisor');
    expect(within(heading).getByText('hypervisor')).toHaveAttribute('lang', 'en');
    expect(hypervisor).toHaveTextContent(
      '물리 하드웨어를 여러 가상머신에 나눠 주고 각 가상머신을 서로 격리해 실행하는 소프트웨어다.',
    );
    expect(hypervisor).toHaveTextContent('다른 이름');
    expect(hypervisor).toHaveTextContent('virtual machine monitor');
    expect(
      within(hypervisor as HTMLElement).getByRole('link', { name: '가상머신' }),
    ).toHaveAttribute('href', '/glossary#virtual-machine');
    expect(
      within(hypervisor as HTMLElement).getByRole('link', { name: 'en.wikipedia.org' }),
    ).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Hypervisor');
    // Copying needs a script: the static page keeps the button hidden until the page hydrates.
    const copy = within(hypervisor as HTMLElement).getByRole('button', {
      name: '“하이퍼바이저” 링크 복사',
    });
    expect(copy.closest('[data-needs-script]')).not.toBeNull();
  });

  it('files the Korean page under ㄱ–ㅎ with an index that jumps to each letter', () => {
    renderGlossary('/glossary', false);
    const index = screen.getByRole('navigation', { name: '가나다 색인' });
    const links = within(index).getAllByRole('link');
    expect(links[0]).toHaveTextContent('ㄱ');
    expect(links[0]).toHaveAttribute('href', '#letter-giyeok');
    expect(links.at(-1)).toHaveTextContent('A–Z');
    // The section is the anchor; its heading has no # link or copy button of its own.
    const heading = screen.getByRole('heading', { level: 2, name: 'ㄱ' });
    expect(heading.closest('section')).toHaveAttribute('id', 'letter-giyeok');
    expect(heading).not.toHaveAttribute('id');
    expect(screen.getByText(`용어 ${String(glossary.length)}개`)).toBeVisible();
  });

  it('files the English page under A–Z, English name first', () => {
    setTestLocale('en');
    renderGlossary('/glossary', false);
    const index = screen.getByRole('navigation', { name: 'A–Z index' });
    expect(within(index).getByRole('link', { name: 'C' })).toHaveAttribute('href', '#letter-c');
    // No term starts with A or Q: the letters are shown but lead nowhere.
    expect(within(index).queryByRole('link', { name: 'A' })).toBeNull();
    expect(within(index).queryByRole('link', { name: 'Q' })).toBeNull();
    expect(index).toHaveTextContent(/^ABCDEFGHIJKLMNOPQRSTUVWXYZ$/);
    const heading = within(document.getElementById('hypervisor') as HTMLElement).getByRole(
      'heading',
    );
    expect(heading).toHaveTextContent('hypervisor 하이퍼바이저');
    expect(within(heading).getByText('하이퍼바이저')).toHaveAttribute('lang', 'ko');
    expect(searchBox('Find a term')).toBeVisible();
  });
});

// Typing re-renders every entry in jsdom, which takes seconds on a busy machine.
describe('Glossary filter', { timeout: 20_000 }, () => {
  it.each([
    ['ㅎㅇㅍㅂㅇㅈ', 'hypervisor'],
    ['가상 머신', 'virtual-machine'],
    ['가상머신', 'virtual-machine'],
    ['VM', 'virtual-machine'],
    ['k8s', 'kubernetes'],
    ['Container Runtime', 'container-runtime'],
  ])('finds %j, best match first', async (query, id) => {
    const user = userEvent.setup();
    const seen = renderGlossary();
    await user.type(searchBox(), query);
    expect(entryIds()[0]).toBe(id);
    expect(new URLSearchParams(seen.search).get('q')).toBe(query);
  });

  it('ranks exact name, then prefix, then alias, then definitions', async () => {
    const user = userEvent.setup();
    renderGlossary();
    await user.type(searchBox(), '하이퍼바이저');
    const ids = entryIds();
    expect(ids.slice(0, 3)).toEqual(['hypervisor', 'hardware-virtualization', 'type-1-hypervisor']);
    expect(ids).toContain('virtual-machine');
    expect(ids.indexOf('virtual-machine')).toBeGreaterThan(ids.indexOf('type-2-hypervisor'));
  });

  it('reads the filter from the address, so a wiki can link to it', () => {
    renderGlossary('/glossary?q=k8s');
    expect(searchBox()).toHaveValue('k8s');
    expect(entryIds()).toEqual(['kubernetes']);
    expect(screen.getByText('용어 1개를 찾았습니다.')).toBeVisible();
  });

  it('follows a syllable the IME is still composing', () => {
    renderGlossary();
    const input = searchBox();
    fireEvent.compositionStart(input);
    fireEvent.input(input, { target: { value: '하이퍼바잊' }, isComposing: true });
    expect(entryIds()[0]).toBe('hypervisor');
    // Committed as typed, 잊 is not 이: nothing matches any more.
    fireEvent.compositionEnd(input, { target: { value: '하이퍼바잊' } });
    expect(entryIds()).toEqual([]);
    expect(screen.getByText('찾는 조건에 맞는 용어가 없습니다.')).toBeVisible();
  });

  it('announces the number of results to screen readers once typing pauses', async () => {
    const user = userEvent.setup();
    renderGlossary();
    // The page's one announcer; each term has its own for the copy button.
    const status = screen.getAllByRole('status').find((element) => !element.closest('article'));
    expect(status).toHaveTextContent('');
    await user.type(searchBox(), 'kernel');
    await waitFor(() => {
      expect(status).toHaveTextContent(/^용어 \d+개를 찾았습니다\.$/);
    });
  });

  it('filters by topic chips, kept in the address, and clears everything at once', async () => {
    const user = userEvent.setup();
    const seen = renderGlossary();
    const tools = screen.getByRole('button', { name: '도구' });
    expect(tools).toHaveAttribute('aria-pressed', 'false');
    await user.click(tools);
    expect(tools).toHaveAttribute('aria-pressed', 'true');
    expect(seen.search).toBe('?tag=tools');
    const shown = entryIds();
    expect(shown).toContain('docker');
    for (const id of shown) {
      expect(glossary.find((term) => term.id === id)?.tags).toContain('tools');
    }
    await user.type(searchBox(), 'kube');
    expect(entryIds()[0]).toBe('kubernetes');
    expect(new URLSearchParams(seen.search).getAll('tag')).toEqual(['tools']);
    await user.click(screen.getByRole('button', { name: '모든 용어 보기' }));
    expect(entryIds()).toHaveLength(glossary.length);
    expect(seen.search).toBe('');
    expect(searchBox()).toHaveFocus();
  });

  it('follows a see-also link to its term, clearing the filter so the term is there', async () => {
    const user = userEvent.setup();
    const seen = renderGlossary('/glossary?q=hypervisor');
    const hypervisor = document.getElementById('hypervisor') as HTMLElement;
    await user.click(within(hypervisor).getByRole('link', { name: '가상머신' }));
    expect(seen.hash).toBe('#virtual-machine');
    expect(seen.search).toBe('');
    expect(searchBox()).toHaveValue('');
    const target = document.getElementById('virtual-machine');
    expect(target).toHaveClass('highlighted');
    expect(target).toHaveFocus();
  });
});

// The bar that stays under the navbar while the reader scrolls (styles.module.css makes it
// sticky): the way back to the filter, and the letter index.
describe('Glossary bar', { timeout: 20_000 }, () => {
  const bar = (): HTMLElement => {
    const element = document.querySelector<HTMLElement>('[data-glossary-bar]');
    if (element === null) throw new Error('no [data-glossary-bar]');
    return element;
  };

  it('holds the letter index, Korean letters set like the Latin ones, empty ones inert', () => {
    renderGlossary('/glossary', false);
    const index = within(bar()).getByRole('navigation', { name: '가나다 색인' });
    const giyeok = within(index).getByRole('link', { name: 'ㄱ' });
    const latin = within(index).getByRole('link', { name: 'A–Z' });
    expect(giyeok).toHaveClass('letter', 'letterHangul');
    expect(latin).toHaveClass('letter');
    expect(latin).not.toHaveClass('letterHangul');
    // No term starts with ㅊ: shown struck out, not a link, not announced, not focusable.
    const chieut = within(index).getByText('ㅊ');
    expect(chieut.tagName).toBe('SPAN');
    expect(chieut).toHaveClass('letterEmpty', 'letterHangul');
    expect(chieut).toHaveAttribute('aria-hidden', 'true');
    expect(chieut).not.toHaveAttribute('tabindex');
  });

  it('leads back to the filter and puts focus in the box', async () => {
    const user = userEvent.setup();
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    renderGlossary();
    const back = within(bar()).getByRole('button', { name: '용어 찾기로 이동' });
    // It needs a script: hidden until the page hydrates.
    expect(back).toHaveAttribute('data-needs-script');
    await user.click(back);
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
    expect(searchBox()).toHaveFocus();
  });

  it('keeps the way back while filtering; the letters give way to the results', async () => {
    const user = userEvent.setup();
    renderGlossary('/glossary?q=kernel');
    expect(within(bar()).queryByRole('navigation')).toBeNull();
    await user.click(within(bar()).getByRole('button', { name: '용어 찾기로 이동' }));
    expect(searchBox()).toHaveFocus();
  });

  it('speaks English on English pages', () => {
    setTestLocale('en');
    renderGlossary('/glossary', false);
    expect(within(bar()).getByRole('button', { name: 'Go to the term filter' })).toHaveAttribute(
      'title',
      'Go to the term filter',
    );
    expect(within(bar()).getByRole('link', { name: 'C' })).not.toHaveClass('letterHangul');
  });
});

describe('Glossary anchors and links', () => {
  it('highlights the term in the address', () => {
    renderGlossary('/glossary#kernel');
    expect(document.getElementById('kernel')).toHaveClass('highlighted');
    expect(document.getElementById('container')).not.toHaveClass('highlighted');
  });

  it('copies the permanent link of a term', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderGlossary();
    await user.click(screen.getByRole('button', { name: '“하이퍼바이저” 링크 복사' }));
    expect(writeText).toHaveBeenCalledWith('https://vm-vs-container.github.io/glossary#hypervisor');
    const entry = document.getElementById('hypervisor') as HTMLElement;
    expect(within(entry).getByRole('status')).toHaveTextContent(
      '“하이퍼바이저” 링크를 복사했습니다.',
    );
  });

  it('puts the copy control in the same place in every entry: the end of the name line', () => {
    renderGlossary('/glossary', false);
    for (const entry of entries()) {
      const header = entry.firstElementChild as HTMLElement;
      expect(header).toHaveClass('entryHeader');
      expect(header.children).toHaveLength(2);
      expect(header.children[0]?.tagName).toBe('H3');
      expect(header.children[1]).toHaveClass('entryCopy');
      expect(within(header.children[1] as HTMLElement).getByRole('button')).toBeInTheDocument();
    }
  });

  it('puts the term in the address bar to copy by hand when the browser refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const seen = renderGlossary('/glossary?q=kernel');
    await user.click(screen.getByRole('button', { name: '“커널” 링크 복사' }));
    const entry = document.getElementById('kernel') as HTMLElement;
    expect(within(entry).getByRole('status')).toHaveTextContent(
      '복사하지 못했습니다. 주소창의 주소를 복사하세요.',
    );
    expect(seen.hash).toBe('#kernel');
    expect(seen.search).toBe('?q=kernel');
  });

  it('labels the copy button in English on English pages', async () => {
    setTestLocale('en');
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderGlossary();
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Copy the link to “hypervisor”' }));
    });
    expect(writeText).toHaveBeenCalledOnce();
  });
});
