import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EDITIONS,
  LOCALES,
  ROOT,
  SLUGS,
  docFile,
  docUrl,
  extractHeadings,
  headingIdProblems,
  noteProseLines,
  proseOf,
  readDoc,
  sectionIds,
  strayHangul,
} from '../lib/docs';

describe('extractHeadings', () => {
  it('reads explicit ids in the MDX comment form and ignores code blocks and front matter', () => {
    const source = [
      '---',
      '# not a heading: front matter',
      '---',
      '# Title',
      '## 전통적인 배포 {/* #traditional-deployment */}',
      '```',
      '## inside code',
      '```',
      '### No id here',
    ].join('\n');
    expect(extractHeadings(source)).toEqual([
      { level: 1, text: 'Title', id: null, line: 4 },
      { level: 2, text: '전통적인 배포', id: 'traditional-deployment', line: 5 },
      { level: 3, text: 'No id here', id: null, line: 9 },
    ]);
  });
});

describe('headingIdProblems', () => {
  it('accepts explicit lower-case ASCII ids', () => {
    expect(headingIdProblems('ok.mdx', '## 단점 {/* #drawbacks */}\n### A {/* #a-1 */}')).toEqual(
      [],
    );
  });

  it.each([
    ['a missing id', '## 가상머신의 문제점', /no explicit id/],
    ['a Korean id', '## 문제점 {/* #문제점 */}', /lower-case ASCII/],
    ['an upper-case id', '## Problems {/* #VM-Problems */}', /lower-case ASCII/],
    ['a duplicate id', '## A {/* #same */}\n## B {/* #same */}', /used twice/],
  ])('reports %s with the file, line and heading', (_name, source, message) => {
    const problems = headingIdProblems('docs/x.mdx', source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).toMatch(/^docs\/x\.mdx:\d+ "/);
  });
});

describe('strayHangul', () => {
  it('ignores MDX comments and elements marked lang="ko" but finds Korean elsewhere', () => {
    const source = [
      '{/* image: 가상화 */}',
      'The note says <span lang="ko">보완성</span> here.',
      'Left untranslated: 컨테이너',
    ].join('\n');
    expect(strayHangul(source)).toEqual([{ line: 3, text: 'Left untranslated: 컨테이너' }]);
  });
});

describe('the docs tree', () => {
  const combos = LOCALES.flatMap((locale) =>
    EDITIONS.flatMap((edition) => SLUGS.map((slug) => ({ locale, edition, slug }))),
  );

  it('has all 36 page/locale/edition combinations', () => {
    expect(combos).toHaveLength(36);
    const missing = combos
      .map(({ locale, edition, slug }) => docFile(locale, edition, slug))
      .filter((file) => !existsSync(join(ROOT, file)));
    expect(missing).toEqual([]);
  });

  it.each(combos)('$locale/$edition/$slug: every h2/h3 has an explicit ASCII id', (c) => {
    const file = docFile(c.locale, c.edition, c.slug);
    expect(headingIdProblems(file, readDoc(file))).toEqual([]);
  });

  it.each(EDITIONS.flatMap((edition) => SLUGS.map((slug) => ({ edition, slug }))))(
    '$edition/$slug: Korean and English have the same section ids',
    ({ edition, slug }) => {
      const ko = sectionIds(readDoc(docFile('ko', edition, slug)));
      const en = sectionIds(readDoc(docFile('en', edition, slug)));
      expect(en).toEqual(ko);
    },
  );

  it.each(EDITIONS.flatMap((edition) => SLUGS.map((slug) => ({ edition, slug }))))(
    'en/$edition/$slug: no Korean left outside comments and lang="ko" elements',
    ({ edition, slug }) => {
      expect(strayHangul(readDoc(docFile('en', edition, slug)))).toEqual([]);
    },
  );

  it('maps pages to the URLs of the site contract', () => {
    expect(docUrl('ko', 'current', 'index')).toBe('/docs/');
    expect(docUrl('ko', 'current', 'vm-problems')).toBe('/docs/vm-problems');
    expect(docUrl('ko', '2021.02', 'comparison')).toBe('/docs/2021.02/comparison');
    expect(docUrl('en', '2021.02', 'index')).toBe('/en/docs/2021.02/');
  });
});

describe('the original edition (2021.02)', () => {
  const note = readFileSync(join(ROOT, 'source', 'vm-vs-container.ko.md'), 'utf8');
  const edition = SLUGS.map((slug) => readDoc(docFile('ko', '2021.02', slug)));
  const editionLines = new Set(edition.flatMap((doc) => doc.split('\n').map(proseOf)));

  it('keeps the repository copy of the note identical to the shared source', () => {
    const shared = join(ROOT, '..', 'shared', 'source', 'vm-vs-container.ko.md');
    if (existsSync(shared)) expect(readFileSync(shared, 'utf8')).toBe(note);
    expect(note).toContain('보완성 제공!');
  });

  it('carries every line of the note word for word, in the note order', () => {
    const lines = noteProseLines(note);
    expect(lines.length).toBeGreaterThan(70);
    expect(lines.filter((line) => !editionLines.has(line))).toEqual([]);
    const joined = edition.map((doc) => doc.split('\n').map(proseOf).join('\n')).join('\n');
    let cursor = 0;
    for (const line of lines) {
      const at = joined.indexOf(line, cursor);
      expect(at, `"${line}" is out of order`).toBeGreaterThanOrEqual(0);
      cursor = at;
    }
  });

  it('keeps the typo, the quiz and the code block of 장점', () => {
    const all = edition.join('\n');
    expect(all).toContain(
      '- VM 간에 애플리케이션을 격리 -> 서로 자유로운 접근 불가 -> 보완성 제공!',
    );
    expect(all).toContain('```\n장점\n');
    expect(all).toContain('- *컨테이너는 멀티 OS환경을 어떻게 실현할까?*');
  });

  it('leaves out every image of the note with a comment naming it, and no image tag', () => {
    const images = [...note.matchAll(/!\[[^\]]*\]\((images\/[^)]+)\)/g)].map((m) => m[1]);
    expect(images).toHaveLength(5);
    const all = edition.join('\n');
    const comments = all.split('\n').filter((line) => line.startsWith('{/* Image omitted'));
    for (const image of images) {
      expect(
        comments.filter((line) => line.includes(image ?? '')),
        image,
      ).toHaveLength(1);
    }
    expect(all).not.toMatch(/!\[[^\]]*\]\(/);
  });
});
