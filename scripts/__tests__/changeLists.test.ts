import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossary } from '../../src/data/glossary';
import { ROOT } from '../lib/docs';
import { MAX_CHANGE_LIST_SHARE, changeListReport, type TextOptions } from '../lib/mdxText';
import { revisedPages } from '../lib/sitePages';

/**
 * decisions.md §2: each revised page keeps its "what changed" list under
 * `## … {/* #changes-from-original *\/}`, collapsed in a `<details>` whose summary gives the
 * number of items, and what that section shows without opening anything (heading, summary and
 * anything left outside the `<details>`) is at most 15% of the page's visible text.
 */

function textOptions(locale: string): TextOptions {
  const names = new Map(
    glossary.map((term) => [term.id, locale === 'ko' ? term.name.ko : term.name.en]),
  );
  return { termName: (id) => names.get(id) ?? '' };
}

function read(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

describe('changeListReport (fixtures)', () => {
  const fixture = (name: string): string => `scripts/__tests__/fixtures/${name}`;

  it('passes a collapsed list whose summary counts its items', () => {
    const file = fixture('change-list-pass.mdx');
    const report = changeListReport(file, read(file), textOptions('ko'));
    expect(report.problems).toEqual([]);
    expect(report.items).toBe(3);
    // Heading and summary only: the items inside the closed <details> are not visible text.
    expect(report.sectionChars).toBe('초판에서달라진점바꾼곳3가지보기'.length);
    expect(report.share).toBeLessThanOrEqual(MAX_CHANGE_LIST_SHARE);
  });

  it('fails on a list in the reading flow, with the file and the percentage, and a miscount', () => {
    const file = fixture('change-list-fail.mdx');
    const { problems, share } = changeListReport(file, read(file), textOptions('en'));
    expect(share).toBeGreaterThan(MAX_CHANGE_LIST_SHARE);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^scripts\/__tests__\/fixtures\/change-list-fail\.mdx:10 #changes-from-original: the change list shows \d+\.\d% of the page's visible text/,
    );
    expect(problems[1]).toMatch(/change-list-fail\.mdx:14: a list .* is not inside <details>/);
    expect(problems[2]).toMatch(/change-list-fail\.mdx:16: .*says 3, but the list has 2 items/);
  });

  it('counts what a closed <details> hides in neither the section nor the page', () => {
    const open = changeListReport(
      'open.mdx',
      '# T\n\nBody text.\n\n## C {/* #changes-from-original */}\n\n<details open>\n<summary>Show the 1 change</summary>\n\n- a long change\n\n</details>\n',
    );
    const closed = changeListReport(
      'closed.mdx',
      '# T\n\nBody text.\n\n## C {/* #changes-from-original */}\n\n<details>\n<summary>Show the 1 change</summary>\n\n- a long change\n\n</details>\n',
    );
    expect(open.pageChars - closed.pageChars).toBe('alongchange'.length);
    expect(open.sectionChars - closed.sectionChars).toBe('alongchange'.length);
    expect(closed.problems.filter((p) => !p.includes('% of the page'))).toEqual([]);
  });
});

describe('the revised edition', () => {
  for (const { file, locale } of revisedPages()) {
    it(`${file}: the change list is collapsed, counted and at most ${String(MAX_CHANGE_LIST_SHARE * 100)}% of the visible text`, () => {
      expect(changeListReport(file, read(file), textOptions(locale)).problems).toEqual([]);
    });
  }
});
