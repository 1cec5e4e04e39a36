import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LOCALES,
  ROOT,
  docFile,
  docUrl,
  extractHeadings,
  headingIdProblems,
  noteProseLines,
  proseOf,
  readDoc,
  sectionIdParityProblems,
  strayHangul,
  strayHangulProblems,
} from '../lib/docs';
import { editionPages, sitePages, translationPairs, unlistedDocFiles } from '../lib/sitePages';
import { COMPARISON_TABLES } from '../../src/data/comparison';
import { referencesFor } from '../../src/data/references';

/**
 * The original edition renders three parts of the note from typed data through components.
 * These rebuild, from that same data, the Markdown lines of the note each component stands for,
 * so that the note's words can be checked in the edition as readers get it.
 */
function originalComponentLines(): Record<string, string[]> {
  const { columns, rows } = COMPARISON_TABLES.original;
  const koMessages = JSON.parse(readDoc('i18n/ko/code.json')) as Record<
    string,
    { message: string }
  >;
  const question = koMessages['components.selfCheck.question']?.message ?? '(missing)';
  return {
    '<ComparisonTable edition="original" />': [
      `| | **${columns.hypervisor.ko}** | **${columns.container.ko}** |`,
      ...rows.map((row) => `| ${row.aspect.ko} | ${row.hypervisor.ko} | ${row.container.ko} |`),
    ],
    '<ReferenceLinks edition="original" />': referencesFor('original').map(
      (reference) => `- [${reference.title.replace(/\|/g, '\\|')}](${reference.url})`,
    ),
    '<SelfCheck edition="original" />': [`- *${question}*`],
  };
}

function expandOriginalComponents(doc: string): string {
  const expansions = originalComponentLines();
  return doc
    .split('\n')
    .flatMap((line) => expansions[line.trim()] ?? [line])
    .join('\n');
}

/** The note's images and, for those the site draws, the component that draws each. */
const NOTE_IMAGES: Record<string, string | null> = {
  'images/image-20210223182903992.png': 'DeploymentEvolutionDiagram',
  'images/%EA%B0%80%EC%83%81%ED%99%94%EA%B8%B0%EC%88%A0%EC%9D%98-%EB%AC%B8%EC%A0%9C%EC%A0%90.png':
    'VmProblemsDiagram',
  'images/%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88%EB%A5%BC-%EC%9D%B4%EC%9A%A9%ED%95%9C-%EA%B0%80%EC%83%81%ED%99%94%EA%B8%B0%EC%88%A0-%EB%AC%B8%EC%A0%9C-%ED%95%B4%EA%B2%B0.png':
    'ContainerSolutionDiagram',
  'images/1024_%EC%8A%AC%EB%9D%BC%EC%9D%B4%EB%93%9C10.png': 'StackComparisonDiagram',
  // The author's handwritten summary: its content is unknown, so it is not drawn.
  'images/SmartSelect_20210224-112224_Samsung%20Notes.jpg': null,
};

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

describe('sectionIdParityProblems', () => {
  const ko = '## 가 {/* #a */}\n\n## 나 {/* #b */}\n';

  it('accepts the same ids in the same order', () => {
    expect(
      sectionIdParityProblems('ko.mdx', ko, 'en.mdx', '## A {/* #a */}\n## B {/* #b */}'),
    ).toEqual([]);
  });

  it('names an id only the translation has and the one it lacks, with file and line', () => {
    expect(
      sectionIdParityProblems('ko.mdx', ko, 'en.mdx', '## A {/* #a */}\n## B {/* #bee */}'),
    ).toEqual([
      'en.mdx:2 "B": id "bee" is not in ko.mdx; use the id of the matching heading there (ids are identical in every locale)',
      'en.mdx: no heading with id "b", which ko.mdx:3 "나" has',
    ]);
  });

  it('reports the same ids in another order', () => {
    expect(
      sectionIdParityProblems('ko.mdx', ko, 'en.mdx', '## B {/* #b */}\n## A {/* #a */}'),
    ).toEqual(['en.mdx: sections in another order than ko.mdx (b, a instead of a, b)']);
  });
});

// Every page of every edition and locale, from the sidebars and the config: a page added to a
// sidebar is checked here with no list to update (scripts/lib/sitePages.ts).
describe('the docs tree', () => {
  const pages = sitePages();

  it('has a file for every page of every sidebar, in every locale', () => {
    expect(pages.length).toBeGreaterThan(0);
    const missing = pages
      .filter((page) => !existsSync(join(ROOT, page.file)))
      .map(
        (page) =>
          `${page.file}: missing (${page.locale}, ${page.edition}, sidebar id "${page.id}")`,
      );
    expect(missing).toEqual([]);
  });

  it('has no doc file that a sidebar does not list', () => {
    expect(unlistedDocFiles()).toEqual([]);
  });

  it.each(pages.map((page) => ({ ...page })))(
    '$locale/$edition/$id: every h2/h3 has an explicit ASCII id',
    ({ file }) => {
      expect(headingIdProblems(file, readDoc(file))).toEqual([]);
    },
  );

  it.each(translationPairs())(
    '$locale/$edition/$id: the same section ids as the source page',
    ({ source, translation }) => {
      expect(
        sectionIdParityProblems(source, readDoc(source), translation, readDoc(translation)),
      ).toEqual([]);
    },
  );

  it.each(translationPairs())(
    '$locale/$edition/$id: no Korean left outside comments and lang="ko" elements',
    ({ translation }) => {
      expect(strayHangulProblems(translation, readDoc(translation))).toEqual([]);
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
  const sources = editionPages('2021.02').map((id) => readDoc(docFile('ko', '2021.02', id)));
  const edition = sources.map(expandOriginalComponents);
  const editionLines = new Set(edition.flatMap((doc) => doc.split('\n').map(proseOf)));

  it('keeps the note byte for byte (source/README.md: corrections go to the revised edition)', () => {
    const bytes = readFileSync(join(ROOT, 'source', 'vm-vs-container.ko.md'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      'bf0397baa6742de861a7b706248f8e5448a1ea15d978967356861d33094f8ad8',
    );
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

  it.each(
    LOCALES.flatMap((locale) =>
      (
        [
          ['comparison', '<ComparisonTable edition="original" />', /^\s*\|/m],
          ['references', '<ReferenceLinks edition="original" />', /\]\(https?:/],
          ['self-check', '<SelfCheck edition="original" />', /^\s*- \*/m],
        ] as const
      ).map(([slug, tag, markdown]) => ({ locale, slug, tag, markdown })),
    ),
  )(
    '$locale/2021.02/$slug: renders that part of the note with $tag, not Markdown',
    ({ locale, slug, tag, markdown }) => {
      const doc = readDoc(docFile(locale, '2021.02', slug));
      expect(doc.split('\n').filter((line) => line.trim() === tag)).toHaveLength(1);
      expect(doc).not.toMatch(markdown);
    },
  );

  it.each(LOCALES)(
    '%s: replaces each image of the note by its diagram (or, if unknown, a comment naming it)',
    (locale) => {
      const images = [...note.matchAll(/!\[[^\]]*\]\((images\/[^)]+)\)/g)].map((m) => m[1]);
      expect(images).toHaveLength(5);
      expect([...images].sort()).toEqual(Object.keys(NOTE_IMAGES).sort());
      const lines = editionPages('2021.02')
        .map((id) => readDoc(docFile(locale, '2021.02', id)))
        .join('\n')
        .split('\n');
      for (const [image, component] of Object.entries(NOTE_IMAGES)) {
        const at = lines.flatMap((line, index) =>
          line.startsWith('{/* Image') && line.includes(image) ? [index] : [],
        );
        expect(at, `a comment naming ${image}`).toHaveLength(1);
        const next = lines[(at[0] ?? 0) + 1]?.trim();
        if (component === null) {
          expect(lines[at[0] ?? 0]).toMatch(/^\{\/\* Image omitted/);
          expect(next, `nothing is drawn for ${image}`).not.toMatch(/^</);
        } else {
          expect(next, `the component drawing ${image}`).toBe(`<${component} />`);
          expect(lines.filter((line) => line.includes(`<${component}`))).toHaveLength(1);
        }
      }
      expect(lines.join('\n')).not.toMatch(/!\[[^\]]*\]\(/);
    },
  );
});
