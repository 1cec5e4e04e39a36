import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, extractHeadings } from '../lib/docs';
import { descriptionProblem, frontMatterOf, sitePages } from '../lib/sitePages';

/**
 * Link previews (issue 12): every page of every edition and locale has a front matter
 * `description` that says what the page teaches, not a bare title.
 */

describe('descriptionProblem', () => {
  const long =
    '전통적인 배포에서 가상화된 배포를 거쳐 컨테이너 배포에 이르기까지, 각 시대의 배포 방식과 장점, 그리고 남은 문제를 정리한다.';

  it('accepts a sentence on what the page teaches', () => {
    expect(
      descriptionProblem('a.mdx', { title: '컨테이너 개발 시대까지의 과정', description: long }),
    ).toBeNull();
  });

  it.each([
    ['a missing description', { title: '참고' }, /a\.mdx: no front matter description/],
    [
      'a short one',
      { title: '참고', description: '이 노트가 참고한 자료 목록.' },
      /has 16 characters; .* at least 50/,
    ],
    [
      'the title again',
      { title: 'References', description: '(References)' },
      /only repeats the title/,
    ],
  ])('reports %s with the file', (_name, frontMatter, message) => {
    expect(descriptionProblem('a.mdx', frontMatter)).toMatch(message);
  });

  it('compares with the page heading too', () => {
    const description = 'What you will learn in this section about virtual machines and containers';
    expect(descriptionProblem('a.mdx', { description }, [description])).toMatch(
      /repeats the title/,
    );
  });
});

describe('every page', () => {
  for (const { file } of sitePages()) {
    it(`${file}: has a description of what it teaches`, async () => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const titles = extractHeadings(source)
        .filter((heading) => heading.level === 1)
        .map((heading) => heading.text);
      expect([descriptionProblem(file, await frontMatterOf(file), titles)]).toEqual([null]);
    });
  }
});
