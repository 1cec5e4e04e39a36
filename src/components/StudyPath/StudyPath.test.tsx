// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { PropSidebar, PropVersionDoc } from '@docusaurus/plugin-content-docs';
import { STORAGE_KEY } from '@site/src/components/ReadingProgress/store';
import StudyPath from '.';
import { stepSummary } from './steps';

// The docs plugin's client hooks, as a docs page provides them (their real module needs the
// generated routes, which unit tests do not have; the build checks the real thing).
interface Page {
  sidebar: PropSidebar | null;
  docs: Partial<Record<string, PropVersionDoc>>;
}
const page = vi.hoisted((): Page => ({ sidebar: null, docs: {} }));
vi.mock('@docusaurus/plugin-content-docs/client', () => ({
  useDocsSidebar: () => (page.sidebar === null ? null : { name: 'note', items: page.sidebar }),
  useDoc: () => ({ metadata: { id: 'index', source: '@site/docs/index.mdx' } }),
  useDocById: (id: string | undefined) => (id === undefined ? undefined : page.docs[id]),
  useDocsVersion: () => ({ version: 'current' }),
}));

const doc = (id: string, description: string): PropVersionDoc => ({
  id,
  title: id,
  description,
  sidebar: 'note',
});

const sidebar: PropSidebar = [
  { type: 'link', label: '들어가며', href: '/docs/', docId: 'index', unlisted: false },
  {
    type: 'link',
    label: '가상머신의 문제점',
    href: '/docs/vm-problems',
    docId: 'vm-problems',
    unlisted: false,
    customProps: { summary: '게스트 OS를 통째로 싣는 대가' },
  },
  {
    type: 'category',
    label: '더 보기',
    collapsed: false,
    collapsible: true,
    items: [
      {
        type: 'link',
        label: '새 페이지',
        href: '/docs/new-page',
        docId: 'new-page',
        unlisted: false,
      },
      { type: 'link', label: '숨은 페이지', href: '/docs/hidden', docId: 'hidden', unlisted: true },
    ],
  },
  { type: 'link', label: '바깥 링크', href: 'https://example.com' },
];

function renderWith(items: PropSidebar | null): void {
  page.sidebar = items;
  page.docs = {
    index: doc('index', '시작 페이지.'),
    'vm-problems': doc('vm-problems', '긴 설명.'),
    'new-page': doc('new-page', '새 페이지가 가르치는 것.'),
    hidden: doc('hidden', '숨김.'),
  };
  render(
    <MemoryRouter>
      <StudyPath />
    </MemoryRouter>,
  );
}

describe('StudyPath', () => {
  it('lists the other pages of the sidebar in order, as an ordered list of links', () => {
    renderWith(sidebar);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '가상머신의 문제점: 게스트 OS를 통째로 싣는 대가',
      '새 페이지: 새 페이지가 가르치는 것.',
    ]);
    expect(within(list).getByRole('link', { name: '새 페이지' })).toHaveAttribute(
      'href',
      '/docs/new-page',
    );
  });

  it("counts and marks the steps the reader finished in this page's edition", () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        editions: { current: ['new-page', 'index'], '2021.02': ['vm-problems'] },
      }),
    );
    renderWith(sidebar);
    // The page itself (index) is not a step, so it does not count.
    expect(screen.getByText('2개 중 1개 읽음')).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '가상머신의 문제점: 게스트 OS를 통째로 싣는 대가',
      '새 페이지: 새 페이지가 가르치는 것. (읽음)',
    ]);
    localStorage.clear();
  });

  it('fails, naming the file, on a page that is in no sidebar', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => {
      renderWith(null);
    }).toThrow(/@site\/docs\/index\.mdx: <StudyPath \/> lists the pages of this page's sidebar/);
  });
});

describe('stepSummary', () => {
  it('prefers the summary of the front matter, else the description', () => {
    expect(stepSummary('a', { summary: ' 요약 ' }, '설명')).toBe('요약');
    expect(stepSummary('a', undefined, '설명')).toBe('설명');
    expect(stepSummary('a', {}, undefined)).toBe('');
  });

  it('rejects a summary that is not text, naming the doc and the field', () => {
    expect(() => stepSummary('vm-problems', { summary: 3 }, '')).toThrow(
      /doc "vm-problems": front matter sidebar_custom_props\.summary must be a line of text/,
    );
  });
});
