// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route } from 'react-router-dom';
import { setTestLocale } from '@site/src/test/locale';
import CopyLink from '.';
import { textOf } from './copy';
import SectionHeading from '@site/src/theme/Heading';

function renderAt(path: string, seen: { hash?: string } = {}): void {
  render(
    <MemoryRouter initialEntries={[path]}>
      <CopyLink anchor="vms-still-matter" name="VM은 이제 쓸모없을까?" />
      <Route
        render={({ location }) => {
          seen.hash = location.hash;
          return null;
        }}
      />
    </MemoryRouter>,
  );
}

describe('CopyLink', () => {
  afterEach(() => {
    setTestLocale('ko');
    vi.restoreAllMocks();
  });

  it('copies the canonical address of the section, not the serving origin or the query', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderAt('/docs/vm-problems?view=parallel');
    await user.click(screen.getByRole('button', { name: '“VM은 이제 쓸모없을까?” 링크 복사' }));
    expect(writeText).toHaveBeenCalledWith(
      'https://vm-vs-container.github.io/docs/vm-problems#vms-still-matter',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '“VM은 이제 쓸모없을까?” 링크를 복사했습니다.',
    );
  });

  it('speaks English on English pages', async () => {
    setTestLocale('en');
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderAt('/en/docs/vm-problems');
    await user.click(
      screen.getByRole('button', { name: 'Copy the link to “VM은 이제 쓸모없을까?”' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      'https://vm-vs-container.github.io/en/docs/vm-problems#vms-still-matter',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Copied the link to “VM은 이제 쓸모없을까?”.',
    );
  });

  it('copies the address on the page given as `pathname`, whatever the address says', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(
      <MemoryRouter initialEntries={['/glossary?q=kernel']}>
        <CopyLink anchor="kernel" name="커널" pathname="/glossary" />
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('button', { name: '“커널” 링크 복사' }));
    expect(writeText).toHaveBeenCalledWith('https://vm-vs-container.github.io/glossary#kernel');
  });

  it('needs a script: hidden until the page hydrates, and left out of copied sections', () => {
    renderAt('/docs/vm-problems');
    const control = screen.getByRole('button').parentElement;
    expect(control).toHaveAttribute('data-needs-script');
    expect(control).toHaveAttribute('data-copy-link');
  });

  it('puts the anchor in the address bar and says so when the browser refuses to copy', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const seen: { hash?: string } = {};
    renderAt('/docs/vm-problems', seen);
    await user.click(screen.getByRole('button'));
    expect(
      await screen.findByText('복사하지 못했습니다. 주소창의 주소를 복사하세요.'),
    ).toBeVisible();
    expect(seen.hash).toBe('#vms-still-matter');
  });
});

describe('textOf', () => {
  it('reads the text of a heading’s children, through elements', () => {
    expect(
      textOf([
        'The ',
        <code key="a">cgroup</code>,
        ' and ',
        <em key="b">
          <strong>{2}</strong> namespaces
        </em>,
      ]),
    ).toBe('The cgroup and 2 namespaces');
    expect(textOf(null)).toBe('');
  });
});

// The theme's Heading (its `#` link, as the theme renders it), without the navbar settings it reads.
vi.mock('@theme-original/Heading', () => ({
  default: ({
    as: As,
    id,
    children,
    ...props
  }: {
    as: 'h2';
    id?: string;
    children?: ReactNode;
  } & Record<string, unknown>) => (
    <As {...props} id={id} className={['anchor', props.className].join(' ')}>
      {children}
      <a
        className="hash-link"
        href={`#${String(id)}`}
        aria-label={`“${textOf(children)}” 링크 복사`}
      >
        {'\u200b'}
      </a>
    </As>
  ),
}));

describe('a section heading', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function renderHeading(): void {
    render(
      <MemoryRouter initialEntries={['/docs/vm-problems?view=parallel']}>
        <SectionHeading as="h2" id="vms-still-matter">
          VM은 이제 쓸모없을까?
        </SectionHeading>
      </MemoryRouter>,
    );
  }

  it('has one link control, its # link, which also copies the section’s canonical address', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderHeading();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(within(heading).queryByRole('button')).toBeNull();
    const link = within(heading).getByRole('link', { name: '“VM은 이제 쓸모없을까?” 링크 복사' });
    expect(link).toHaveAttribute('href', '#vms-still-matter');
    await user.click(link);
    expect(writeText).toHaveBeenCalledWith(
      'https://vm-vs-container.github.io/docs/vm-problems#vms-still-matter',
    );
    // The status region is just before the heading, outside it: the heading's text and its
    // link's name stay the heading's own.
    const status = heading.previousElementSibling;
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => {
      expect(status).toHaveTextContent('“VM은 이제 쓸모없을까?” 링크를 복사했습니다.');
    });
    expect(heading).toHaveTextContent(/^VM은 이제 쓸모없을까\?\u200b?$/);
  });

  it('copies nothing when the reader opens the link elsewhere or clicks the heading text', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderHeading();
    const heading = screen.getByRole('heading', { level: 2 });
    await user.click(heading);
    await user.keyboard('{Control>}');
    await user.click(within(heading).getByRole('link'));
    await user.keyboard('{/Control}');
    expect(writeText).not.toHaveBeenCalled();
  });
});
