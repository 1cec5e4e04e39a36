// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { announceChecksAnswered } from '@site/src/utils/studyEvents';
import { FinishedMark, ProgressSummary, ReadToEnd } from '..';
import { STORAGE_KEY } from '../store';

const store = (editions: Record<string, string[]>): void => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, editions }));
};
/** What another tab's write looks like to this one. */
const otherTab = (): void => {
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
  });
};

beforeEach(() => {
  localStorage.clear();
});

describe('FinishedMark', () => {
  it('shows a check and "읽음" for a finished page of its edition only', () => {
    store({ current: ['vm-problems'] });
    render(
      <ul>
        <li>
          revised <FinishedMark edition="current" docId="vm-problems" />
        </li>
        <li>
          original <FinishedMark edition="2021.02" docId="vm-problems" />
        </li>
      </ul>,
    );
    const [revised, original] = screen.getAllByRole('listitem');
    expect(revised).toHaveTextContent('revised (읽음)');
    expect(revised?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(original).toHaveTextContent(/^original$/);
    expect(original?.querySelector('svg')).toBeNull();
  });

  it('follows changes made in another tab', () => {
    render(<FinishedMark edition="current" docId="containers" />);
    expect(screen.queryByText(/읽음/)).toBeNull();
    store({ current: ['containers'] });
    otherTab();
    expect(screen.getByText(/읽음/)).toBeInTheDocument();
    localStorage.clear();
    otherTab();
    expect(screen.queryByText(/읽음/)).toBeNull();
  });

  it('ignores stored garbage without an error, and the next mark overwrites it', () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"editions":{"current":"oops"}');
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    render(<FinishedMark edition="current" docId="containers" />);
    expect(screen.queryByText(/읽음/)).toBeNull();
    act(() => {
      announceChecksAnswered('/docs/containers');
    });
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('hydration', () => {
  it('renders no marks on the server and hydrates without a mismatch, then shows them', async () => {
    const tree = (
      <div>
        <FinishedMark edition="current" docId="vm-problems" />
        <ProgressSummary edition="current" docIds={['vm-problems', 'containers', 'comparison']} />
      </div>
    );
    const html = renderToString(tree);
    expect(html).not.toContain('읽음</span>');
    expect(html).toContain('3개 중 0개 읽음');

    store({ current: ['vm-problems', 'comparison'] });
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, tree, { onRecoverableError: (e) => errors.push(e) });
      await Promise.resolve();
    });
    expect(errors).toEqual([]);
    error.mockRestore();
    expect(container).toHaveTextContent('(읽음)');
    expect(container).toHaveTextContent('3개 중 2개 읽음');
    act(() => {
      root?.unmount();
    });
    container.remove();
  });
});

describe('ProgressSummary', () => {
  it('counts, clears every edition on request and says so in a status message', async () => {
    store({ current: ['a', 'b'], '2021.02': ['a'] });
    render(<ProgressSummary edition="current" docIds={['a', 'b', 'c']} />);
    expect(screen.getByText('3개 중 2개 읽음')).toBeInTheDocument();
    const reset = screen.getByRole('button', { name: '읽음 표시 모두 지우기' });
    expect(reset).not.toHaveAttribute('aria-disabled');
    await userEvent.click(reset);
    expect(screen.getByText('3개 중 0개 읽음')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('모든 판의 읽음 표시를 지웠습니다.');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    // Nothing left to clear: the control says so and stays focusable.
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    expect(reset).toHaveFocus();
  });
});

describe('ReadToEnd', () => {
  it("marks its page finished when that page's checks are answered, not another's", () => {
    render(
      <>
        <ReadToEnd edition="current" docId="containers" permalink="/en/docs/containers" />
        <FinishedMark edition="current" docId="containers" />
      </>,
    );
    act(() => {
      announceChecksAnswered('/en/docs/comparison');
    });
    expect(screen.queryByText(/Finished|읽음\)/)).toBeNull();
    act(() => {
      announceChecksAnswered('/en/docs/containers');
    });
    expect(screen.getByText(/\(읽음\)/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '')).toEqual({
      version: 1,
      editions: { current: ['containers'] },
    });
  });

  it('holds the hidden text that finished sidebar links are described by', () => {
    render(<ReadToEnd edition="current" docId="index" permalink="/docs/" />);
    const label = document.getElementById('reading-progress-finished');
    expect(label).toHaveAttribute('hidden');
    expect(label).toHaveTextContent('읽음');
  });
});
