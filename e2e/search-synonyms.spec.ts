import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FIRST_RESULTS, openResultLeadingTo, search, suggestions } from './search-helpers';

// One spelling on the page must not cost a reader who types another: the variants the
// proofreading dictionary (src/data/terminology.json) rejects, and product names typed in Hangul
// or in Latin letters, find the page in the navbar search and on /search (both locales, both
// editions), and the term in the glossary filter (README, "Search").

const cases = [
  // A variant the dictionary rejects finds the page that uses the preferred spelling, and the
  // page highlights the spelling it uses.
  {
    start: '/docs/vm-problems',
    query: '자원',
    target: /^\/docs\/deployment-evolution/,
    mark: '리소스',
  },
  { start: '/docs/containers', query: '1형 하이퍼바이저', target: /^\/docs\/deployment-evolution/ },
  // The original edition keeps the note's words: the preferred spelling finds them.
  { start: '/docs/2021.02/containers', query: '리소스', target: /^\/docs\/2021\.02\/deployment/ },
  // Product names in Hangul, with a particle or a space, and in Latin letters on the Korean site.
  {
    start: '/docs/vm-problems',
    query: '파이어크래커를',
    target: /^\/docs\/container-drawbacks/,
    mark: 'Firecracker',
  },
  { start: '/docs/vm-problems', query: '카타 컨테이너', target: /^\/docs\/container-drawbacks/ },
  { start: '/docs/vm-problems', query: 'firecracker', target: /^\/docs\/container-drawbacks/ },
  // The English site: a Hangul product name and a Korean variant spelling.
  {
    start: '/en/docs/vm-problems',
    query: '파이어크래커',
    target: /^\/en\/docs\/container-drawbacks/,
    mark: 'Firecracker',
  },
  {
    start: '/en/docs/containers',
    query: '1형 하이퍼바이저',
    target: /^\/en\/docs\/deployment-evolution/,
  },
] as const;

for (const testCase of cases) {
  const { start, query, target } = testCase;
  test(`"${query}" from ${start} finds ${target.source}`, async ({ page }) => {
    expect(await openResultLeadingTo(page, start, query, target)).toBe(true);
    if ('mark' in testCase) {
      const marked = page
        .locator('article mark:visible')
        .filter({ hasText: new RegExp(testCase.mark, 'i') });
      await expect(marked.first()).toBeVisible();
    }
  });
}

test('the full results page finds a variant spelling too', async ({ page }) => {
  await page.goto('/docs/vm-problems');
  await search(page, '자원');
  await expect(suggestions(page).first()).toBeVisible(FIRST_RESULTS);
  // The dropdown's last link, "See all results" (its wording is the locale's).
  await page.locator('a[href^="/search/?q="]').click();
  await expect(page).toHaveURL(/\/search\/?\?q=/);
  const results = page.locator('article h2 a');
  await expect(results.first()).toBeVisible(FIRST_RESULTS);
  // The page lists results as its search returns them: wait for the list, not its first line.
  await expect
    .poll(
      () =>
        results.evaluateAll((links) =>
          links.some((link) => link.getAttribute('href')?.startsWith('/docs/deployment-evolution')),
        ),
      { message: 'a result on /docs/deployment-evolution', ...FIRST_RESULTS },
    )
    .toBe(true);
});

async function filterGlossary(page: Page, label: string, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: label });
  await box.fill('');
  await box.pressSequentially(query);
}

const firstEntryId = (page: Page): Promise<string | null> =>
  page.locator('article[data-term-entry]').first().getAttribute('id');

test('the glossary filter finds a term by a variant spelling and by its Hangul or Latin name', async ({
  page,
}) => {
  await page.goto('/glossary');
  for (const [query, id] of [
    ['자원', 'resource-allocation'],
    ['격리성', 'isolation'],
    ['파이어크래커', 'firecracker'],
    ['firecracker', 'firecracker'],
    ['카타 컨테이너', 'kata-containers'],
  ] as const) {
    await filterGlossary(page, '용어 찾기', query);
    await expect.poll(() => firstEntryId(page), query).toBe(id);
  }
  // A definition that says 리소스 is found by 자원 too.
  await filterGlossary(page, '용어 찾기', '자원');
  await expect(page.locator('#cgroup')).toBeVisible();

  await page.goto('/en/glossary');
  await filterGlossary(page, 'Find a term', '지바이저');
  await expect.poll(() => firstEntryId(page)).toBe('gvisor');
  await filterGlossary(page, 'Find a term', '1형 하이퍼바이저');
  await expect.poll(() => firstEntryId(page)).toBe('type-1-hypervisor');
});
