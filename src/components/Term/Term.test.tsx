// @vitest-environment jsdom
import { fireEvent, render, screen, waitForElementToBeRemoved } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { getGlossaryTerm } from '@site/src/data/glossary';
import { setTestLocale } from '@site/src/test/locale';
import Term, { TermLink } from '.';

/** `<Term id>` as the docs build hands it over: with the preview text the remark plugin adds. */
function DocTerm({ id, children }: { id: string; children?: ReactNode }) {
  const term = getGlossaryTerm(id);
  if (term === undefined) throw new Error(`test uses an unknown id ${id}`);
  return (
    <Term
      id={id}
      nameKo={term.name.ko}
      nameEn={term.name.en}
      shortKo={term.short.ko}
      shortEn={term.short.en}
    >
      {children}
    </Term>
  );
}

function renderTerm(ui = <DocTerm id="hypervisor">하이퍼바이저</DocTerm>) {
  return render(
    <MemoryRouter>
      <p>
        가상머신은 {ui} 위에서 돈다. <a href="#elsewhere">다른 곳</a>
      </p>
    </MemoryRouter>,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  setTestLocale('ko');
  vi.restoreAllMocks();
});

describe('Term', () => {
  it('links to the term on the glossary page', () => {
    renderTerm();
    const link = screen.getByRole('link', { name: '하이퍼바이저' });
    expect(link).toHaveAttribute('href', '/glossary#hypervisor');
    expect(link).not.toHaveAttribute('title');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the term name when it has no children', () => {
    renderTerm(<DocTerm id="container" />);
    expect(screen.getByRole('link', { name: '컨테이너' })).toHaveAttribute(
      'href',
      '/glossary#container',
    );
  });

  it('fails loudly without the preview text the docs build adds', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderTerm(<Term id="kernel">커널</Term>)).toThrow(
      '<Term id="kernel"> has no preview text. The remark plugin src/remark/glossaryTerms.ts',
    );
  });

  it('links a glossary record directly, as the glossary page does', () => {
    const kernel = getGlossaryTerm('kernel');
    if (kernel === undefined) throw new Error('kernel is in the glossary');
    renderTerm(<TermLink term={kernel} />);
    expect(screen.getByRole('link', { name: '커널' })).toHaveAttribute('href', '/glossary#kernel');
  });

  it('previews both names and the short definition on keyboard focus', async () => {
    const user = userEvent.setup();
    renderTerm();
    await user.tab();
    const link = screen.getByRole('link', { name: '하이퍼바이저' });
    expect(link).toHaveFocus();
    const tooltip = screen.getByRole('tooltip');
    expect(link).toHaveAccessibleDescription(
      '하이퍼바이저 hypervisor 물리 하드웨어를 여러 가상머신에 나눠 주고 각 가상머신을 서로 격리해 실행하는 소프트웨어다.',
    );
    expect(tooltip).toHaveTextContent('하이퍼바이저');
    expect(screen.getByText('hypervisor')).toHaveAttribute('lang', 'en');
    // A tooltip holds nothing to operate.
    expect(tooltip.querySelector('a, button')).toBeNull();
  });

  it('closes on Escape without moving focus, and stays closed until focus leaves', async () => {
    const user = userEvent.setup();
    renderTerm();
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.getByRole('link', { name: '하이퍼바이저' })).toHaveFocus();
    await user.tab();
    await user.tab({ shift: true });
    expect(screen.getByRole('tooltip')).toBeVisible();
  });

  it('closes when focus moves on', async () => {
    const user = userEvent.setup();
    renderTerm();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: '다른 곳' })).toHaveFocus();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on hover after a short delay and stays while the pointer moves onto it', async () => {
    const user = userEvent.setup();
    renderTerm();
    const link = screen.getByRole('link', { name: '하이퍼바이저' });
    await user.hover(link);
    expect(screen.queryByRole('tooltip')).toBeNull();
    const tooltip = await screen.findByRole('tooltip');
    // Leaving the term for the preview keeps it open (WCAG 1.4.13, hoverable).
    await user.unhover(link);
    await user.hover(tooltip);
    await sleep(500);
    expect(screen.getByRole('tooltip')).toBeVisible();
    // Escape dismisses it while the pointer is still on it.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('closes after the pointer leaves both the term and the preview', async () => {
    const user = userEvent.setup();
    renderTerm();
    const link = screen.getByRole('link', { name: '하이퍼바이저' });
    await user.hover(link);
    expect(await screen.findByRole('tooltip')).toBeVisible();
    await user.unhover(link);
    expect(screen.getByRole('tooltip')).toBeVisible();
    await waitForElementToBeRemoved(() => screen.queryByRole('tooltip'));
  });

  it('opens a sheet on tap instead of following the link, with a link and a close button', async () => {
    const user = userEvent.setup();
    renderTerm();
    const link = screen.getByRole('link', { name: '하이퍼바이저' });
    await user.pointer({ keys: '[TouchA]', target: link });
    const sheet = screen.getByRole('dialog', { name: '하이퍼바이저 hypervisor' });
    expect(sheet).toHaveFocus();
    expect(screen.getByRole('link', { name: '용어집에서 자세히 보기' })).toHaveAttribute(
      'href',
      '/glossary#hypervisor',
    );
    await user.click(screen.getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(link).toHaveFocus();
  });

  it('closes the sheet on Escape and on a tap elsewhere', async () => {
    const user = userEvent.setup();
    renderTerm();
    const link = screen.getByRole('link', { name: '하이퍼바이저' });
    await user.pointer({ keys: '[TouchA]', target: link });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(link).toHaveFocus();
    await user.pointer({ keys: '[TouchA]', target: link });
    expect(screen.getByRole('dialog')).toBeVisible();
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows one preview at a time', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <DocTerm id="container" /> <DocTerm id="kernel" />
      </MemoryRouter>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getAllByRole('tooltip')).toHaveLength(1);
    expect(screen.getByRole('tooltip')).toHaveTextContent('커널');
  });

  it('previews in English on English pages, English name first', async () => {
    setTestLocale('en');
    const user = userEvent.setup();
    renderTerm(<DocTerm id="virtual-machine" />);
    await user.tab();
    const link = screen.getByRole('link', { name: 'virtual machine' });
    expect(link).toHaveAccessibleDescription(
      'virtual machine 가상머신 A computer made of software that runs a complete guest OS of its own on virtual hardware provided by a hypervisor.',
    );
    expect(screen.getByText('가상머신')).toHaveAttribute('lang', 'ko');
  });

  it('shows a name written the same in both languages once', async () => {
    const user = userEvent.setup();
    renderTerm(<DocTerm id="lxc" />);
    await user.tab();
    expect(screen.getByRole('tooltip').querySelectorAll('[lang]')).toHaveLength(1);
  });
});
