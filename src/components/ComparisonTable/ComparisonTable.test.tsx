// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { COMPARISON_TABLES } from '@site/src/data/comparison';
import { setTestLocale } from '@site/src/test/locale';
import ComparisonTable from '.';
import { canonicalUrl } from '@site/src/utils/canonicalUrl';
import { rowUrl } from './rowLink';

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
      const { container } = render(<ComparisonTable edition={edition} />);
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

  it('gives every row a link to its own anchor, named after the row', () => {
    setTestLocale('en');
    render(<ComparisonTable edition="original" />);
    const link = screen.getByRole('link', { name: 'Copy link to the “Startup time” row' });
    expect(link).toHaveAttribute('href', '#startup-time');
    expect(screen.getAllByRole('link', { name: /^Copy link to the/ })).toHaveLength(6);
  });

  it('copies the row address on click and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ComparisonTable edition="original" />);
    await user.click(screen.getByRole('link', { name: '“이미지 크기” 행 링크 복사' }));
    expect(writeText).toHaveBeenCalledWith(
      canonicalUrl('https://vm-vs-container.github.io', window.location.pathname, 'image-size'),
    );
    expect(window.location.hash).toBe('#image-size');
    expect(screen.getByRole('status')).toHaveTextContent('“이미지 크기” 행의 링크를 복사했습니다.');
  });
});

describe('rowUrl', () => {
  it('replaces the fragment of the page address with the row id', () => {
    expect(rowUrl('https://example.org/en/docs/comparison#old', 'guest-os')).toBe(
      'https://example.org/en/docs/comparison#guest-os',
    );
    expect(rowUrl('http://127.0.0.1:4173/docs/comparison?x=1', 'density')).toBe(
      'http://127.0.0.1:4173/docs/comparison?x=1#density',
    );
  });
});
