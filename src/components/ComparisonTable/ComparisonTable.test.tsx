// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { COMPARISON_TABLES } from '@site/src/data/comparison';
import { setTestLocale } from '@site/src/test/locale';
import ComparisonTable, { type ComparisonTableProps } from '.';

/** The table as on its page (the copy controls read the page's address from the router). */
function renderTable(edition: ComparisonTableProps['edition']) {
  return render(
    <MemoryRouter initialEntries={['/docs/comparison']}>
      <ComparisonTable edition={edition} />
    </MemoryRouter>,
  );
}

const cases = (['original', 'revised'] as const).flatMap((edition) =>
  (['ko', 'en'] as const).map((locale) => ({ edition, locale })),
);

afterEach(() => {
  setTestLocale('ko');
  vi.restoreAllMocks();
});

describe('ComparisonTable', () => {
  it.each(cases)(
    'renders the $edition rows in $locale as a captioned table',
    ({ edition, locale }) => {
      setTestLocale(locale);
      const { columns, rows } = COMPARISON_TABLES[edition];
      const { container } = renderTable(edition);
      const caption =
        locale === 'ko'
          ? '하이퍼바이저형 가상화와 컨테이너형 가상화 비교'
          : 'Hypervisor-based vs container-based virtualization';
      const table = screen.getByRole('table', { name: caption });
      expect(
        within(table).getByRole('columnheader', { name: columns.hypervisor[locale] }),
      ).toBeVisible();
      expect(
        within(table).getByRole('columnheader', { name: columns.container[locale] }),
      ).toBeVisible();
      for (const row of rows) {
        const tr = container.querySelector(`tr#${row.id}`);
        expect(tr, row.id).not.toBeNull();
        const header = within(tr as HTMLElement).getByRole('rowheader');
        expect(header).toHaveAttribute('scope', 'row');
        expect(header).toHaveTextContent(row.aspect[locale]);
        expect(tr).toHaveTextContent(row.hypervisor[locale]);
        expect(tr).toHaveTextContent(row.container[locale]);
      }
      expect(within(table).getAllByRole('row')).toHaveLength(rows.length + 1);
    },
  );

  it('keeps the native table semantics, with no ARIA role on its parts', () => {
    const { container } = renderTable('revised');
    expect(container.querySelectorAll('table, thead, tbody, tr, th, td')).not.toHaveLength(0);
    expect(container.querySelectorAll(':is(table, thead, tbody, tr, th, td)[role]')).toHaveLength(
      0,
    );
  });

  it('gives every row a control that copies its address, named after the row', () => {
    setTestLocale('en');
    renderTable('original');
    const startup = document.getElementById('startup-time') as HTMLElement;
    expect(
      within(startup).getByRole('button', { name: 'Copy the link to “Startup time”' }),
    ).toBeVisible();
    expect(screen.getAllByRole('button', { name: /^Copy the link to “/ })).toHaveLength(
      COMPARISON_TABLES.original.rows.length,
    );
  });

  it('copies the canonical row address on click and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderTable('original');
    const row = document.getElementById('image-size') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '“이미지 크기” 링크 복사' }));
    expect(writeText).toHaveBeenCalledWith(
      'https://vm-vs-container.github.io/docs/comparison#image-size',
    );
    expect(within(row).getByRole('status')).toHaveTextContent('“이미지 크기” 링크를 복사했습니다.');
  });
});
