// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { PropSidebarItemLink } from '@docusaurus/plugin-content-docs';
import { STORAGE_KEY } from '@site/src/components/ReadingProgress/store';
import type { Props } from '@theme/DocSidebarItem/Link';
import DocSidebarItemLink from '..';

// The edition comes from the address (the docs plugin's active version); the real client module
// needs the generated routes, which unit tests do not have.
const active: { version: string | undefined } = vi.hoisted(() => ({ version: 'current' }));
vi.mock('@docusaurus/plugin-content-docs/client', () => ({
  useActiveVersion: () => (active.version === undefined ? undefined : { name: active.version }),
}));
// The original as theme-classic 3.10 writes it, reduced to what the wrapper relies on: the item's
// className on the <li>, and the props it does not name spread onto the <a> (the browser test,
// e2e/reading-progress.spec.ts, checks the real one).
vi.mock('@theme-original/DocSidebarItem/Link', () => ({
  default: (props: Props) => {
    const { item } = props;
    const named = ['item', 'activePath', 'level', 'index', 'onItemClick'];
    const rest = Object.fromEntries(Object.entries(props).filter(([key]) => !named.includes(key)));
    return (
      <li className={`menu__list-item ${item.className ?? ''}`}>
        <a className="menu__link" href={item.href} {...rest}>
          {item.label}
        </a>
      </li>
    );
  },
}));

const item = (docId: string | undefined, href: string): PropSidebarItemLink => ({
  type: 'link',
  label: docId ?? href,
  href,
  docId,
  unlisted: false,
});

function renderSidebar(): void {
  render(
    <MemoryRouter>
      <ul>
        <DocSidebarItemLink
          item={item('vm-problems', '/docs/vm-problems')}
          activePath="/docs/"
          level={1}
          index={0}
        />
        <DocSidebarItemLink
          item={item('containers', '/docs/containers')}
          activePath="/docs/"
          level={1}
          index={1}
        />
        <DocSidebarItemLink
          item={item(undefined, 'https://example.com/')}
          activePath="/docs/"
          level={1}
          index={2}
        />
      </ul>
      <span id="reading-progress-finished" hidden>
        읽음
      </span>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  localStorage.clear();
  active.version = 'current';
});

describe('DocSidebarItem/Link wrapper', () => {
  it('marks the finished pages of the edition in view, described as "읽음"', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        editions: { current: ['vm-problems'], '2021.02': ['containers'] },
      }),
    );
    renderSidebar();
    const finished = screen.getByRole('link', { name: 'vm-problems' });
    expect(finished).toHaveAttribute('data-reading', 'finished');
    expect(finished).toHaveAccessibleDescription('읽음');
    const other = screen.getByRole('link', { name: 'containers' });
    expect(other).not.toHaveAttribute('data-reading');
    expect(other).not.toHaveAccessibleDescription();
  });

  it('reserves the room of the check on every doc link, marked or not, and on no other link', () => {
    renderSidebar();
    const [first, second, external] = screen.getAllByRole('listitem');
    expect(first).toHaveClass('docLink', 'menu__list-item');
    expect(second).toHaveClass('docLink');
    expect(external).not.toHaveClass('docLink');
  });

  it('marks nothing outside the docs (no active edition), and follows another tab', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, editions: { current: ['containers'] } }),
    );
    active.version = undefined;
    renderSidebar();
    expect(screen.getByRole('link', { name: 'containers' })).not.toHaveAttribute('data-reading');
    active.version = 'current';
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, editions: { current: ['vm-problems'] } }),
    );
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    });
    expect(screen.getByRole('link', { name: 'vm-problems' })).toHaveAttribute(
      'data-reading',
      'finished',
    );
  });
});
