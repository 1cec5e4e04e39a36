import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPARISON_TABLES } from '../../../data/comparison';
import { FACTS } from '../../../data/facts';
import { getGlossaryTerm, glossary } from '../../../data/glossary';
import { knowledgeChecksFor } from '../../../data/knowledgeChecks';
import { referencesFor } from '../../../data/references';
import { MDX_COMPONENT_MODULES } from '../../../remark/mdxComponents';
import { COMPONENTS } from '../components';
import type { MarkdownContext } from '../context';
import { MarkdownConversionError, mdxToMarkdown } from '../convert';
import { glossaryMarkdown } from '../glossary';
import { llmsFullTxt, llmsTxt } from '../llmsTxt';
import { markdownPath } from '../paths';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

function messages(locale: string): (id: string) => string {
  const json = JSON.parse(readFileSync(join(ROOT, 'i18n', locale, 'code.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  return (id) => {
    const message = json[id]?.message;
    if (message === undefined) throw new Error(`no message ${id}`);
    return message;
  };
}

function context(overrides: Partial<MarkdownContext> = {}): MarkdownContext {
  const locale = overrides.locale ?? 'ko';
  return {
    file: 'docs/test.mdx',
    docId: 'test',
    locale,
    edition: 'revised',
    link: (url) =>
      /^https?:/.test(url)
        ? url
        : `https://site.test/docs/test${url.startsWith('#') ? url : `/${url}`}`,
    message: messages(locale),
    studyPath: [
      { docId: 'index', label: 'Start', url: 'https://site.test/docs/', summary: '' },
      { docId: 'one', label: 'One', url: 'https://site.test/docs/one', summary: 'first page' },
      { docId: 'two', label: 'Two', url: 'https://site.test/docs/two', summary: '' },
    ],
    ...overrides,
  };
}

const md = (source: string, overrides: Partial<MarkdownContext> = {}): string =>
  mdxToMarkdown(source, context(overrides));

/** Markdown with no MDX left: no JSX tag, no expression, no import or export line. */
function expectNoMdx(markdown: string): void {
  expect(markdown).not.toMatch(/<\/?[A-Za-z][\w.]*[\s/>]/);
  expect(markdown).not.toContain('{/*');
  expect(markdown).not.toMatch(/^(import|export) /m);
}

describe('mdxToMarkdown', () => {
  it('drops front matter, import/export lines and {/* comments */}, keeping headings clean', () => {
    const out = md(
      "---\ntitle: T\n---\n\nimport X from '@site/x';\nexport const y = 1;\n\n# Title\n\n" +
        '## 섹션 {/* #section */}\n\nText{/* textlint-disable prh */} here{/* textlint-enable prh */}.\n',
    );
    expect(out).toBe('# Title\n\n## 섹션\n\nText here.\n');
  });

  it('renders <Term> as its text, or as the term name when it has no children', () => {
    expect(md('A <Term id="hypervisor">하이퍼바이저(hypervisor)</Term> runs VMs.\n')).toBe(
      'A 하이퍼바이저(hypervisor) runs VMs.\n',
    );
    expect(md('A <Term id="hypervisor" />.\n', { locale: 'en' })).toBe(
      `A ${getGlossaryTerm('hypervisor')?.name.en ?? ''}.\n`,
    );
  });

  it('fails on an unknown term id, naming the file and line', () => {
    expect(() => md('\n\nA <Term id="nope">x</Term>.\n')).toThrow(
      /docs\/test\.mdx:3:3: <Term id="nope">: no such glossary term/,
    );
  });

  it('renders <Fact> as the figure in the locale', () => {
    const fact = FACTS[0];
    if (fact === undefined) throw new Error('no facts');
    expect(md(`(<Fact id="${fact.id}" />)\n`, { locale: 'en' })).toBe(`(${fact.text.en})\n`);
  });

  it('renders the comparison table as a GFM table with every row', () => {
    for (const edition of ['original', 'revised'] as const) {
      const out = md(`<ComparisonTable edition="${edition}" />\n`, { locale: 'en' });
      const { rows, columns } = COMPARISON_TABLES[edition];
      const lines = out.split('\n').filter((line) => line.startsWith('|'));
      expect(lines[0]).toContain(columns.hypervisor.en);
      expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \|$/);
      expect(lines).toHaveLength(rows.length + 2);
      for (const row of rows) {
        expect(out).toContain(`| ${row.aspect.en.replaceAll('|', '\\|')} |`);
      }
      expectNoMdx(out);
    }
  });

  it('renders <ReferenceLinks> as a list of links', () => {
    const out = md('<ReferenceLinks edition="original" />\n');
    const references = referencesFor('original');
    expect(out.match(/^- \[/gm)).toHaveLength(references.length);
    for (const reference of references) expect(out).toContain(`](${reference.url})`);
  });

  it('renders <FactSources> as the figures with links to their sources', () => {
    const out = md('<FactSources />\n', { locale: 'en' });
    expect(out.match(/^- /gm)).toHaveLength(FACTS.length);
    expect(out).toContain('Sources: [');
  });

  it('renders a diagram as its caption and text description', () => {
    const message = messages('en');
    const out = md('<VmProblemsDiagram />\n', { locale: 'en' });
    expect(out).toBe(
      `> **${message('components.diagrams.vmProblems.title')}**\n>\n> ${message('components.diagrams.vmProblems.description')}\n`,
    );
  });

  it('renders <SelfCheck> as the question and its model answer (or where to find it)', () => {
    const revised = md('<SelfCheck edition="revised">\n\nThe **answer**.\n\n</SelfCheck>\n', {
      locale: 'en',
    });
    expect(revised).toContain(messages('en')('components.selfCheck.question'));
    expect(revised).toContain('The **answer**.');
    const original = md('<SelfCheck edition="original" />\n', { edition: 'original' });
    expect(original).toContain(
      '[개정판의 모범 답안](https://site.test/docs/test//docs/self-check)',
    );
    expect(original).not.toContain('{revisedAnswer}');
  });

  it('renders <KnowledgeCheck /> as the questions, choices, answer and explanation', () => {
    const questions = knowledgeChecksFor('vms-are-heavy');
    expect(questions.length).toBeGreaterThan(1);
    const out = md('## Heading {/* #vms-too-heavy */}\n\n<KnowledgeCheck />\n', {
      docId: 'vms-are-heavy',
      locale: 'en',
    });
    for (const question of questions) {
      expect(out).toContain(question.legend.en.replaceAll('*', '\\*'));
      expect(out).toContain(`(Explained in: [`);
      expect(out).toContain(`#${question.section})`);
    }
    expect(out.match(/^\*\*Answer: [A-D]\.\*\*/gm)).toHaveLength(questions.length);
    expect(out).toContain('[Heading](https://site.test/docs/test#vms-too-heavy)');
    expectNoMdx(out);
  });

  it('renders <StudyPath /> as the pages after the first, linked, with their summaries', () => {
    expect(md('<StudyPath />\n')).toBe(
      '1. [One](https://site.test/docs/one): first page\n2. [Two](https://site.test/docs/two)\n',
    );
  });

  it('shows a <details> list with its summary as a bold line', () => {
    expect(md('<details>\n<summary>바꾼 곳 2가지 보기</summary>\n\n- a\n- b\n\n</details>\n')).toBe(
      '**바꾼 곳 2가지 보기**\n\n- a\n- b\n',
    );
  });

  it('unwraps <span lang> and turns <code> into inline code', () => {
    expect(md('A <span lang="ko">한국어</span> word and <code>ls -l</code>.\n')).toBe(
      'A 한국어 word and `ls -l`.\n',
    );
  });

  it('makes links absolute', () => {
    expect(md('[a](#x) [b](./other.mdx#y) [c](https://example.org/)\n')).toBe(
      '[a](https://site.test/docs/test#x) [b](https://site.test/docs/test/./other.mdx#y) [c](https://example.org/)\n',
    );
  });

  it('fails on an element without a Markdown rendering, naming file, line and element', () => {
    expect(() => md('# T\n\nText.\n\n<Mystery prop="1" />\n')).toThrow(MarkdownConversionError);
    expect(() => md('# T\n\nText.\n\n<Mystery prop="1" />\n')).toThrow(
      /^docs\/test\.mdx:5:1: <Mystery> has no Markdown rendering/,
    );
    expect(() => md('Inline <video src="x" /> here.\n')).toThrow(/:1:8: <video> has no Markdown/);
  });

  it('fails on a JavaScript expression that is not a comment', () => {
    expect(() => md('Value {1 + 1}.\n')).toThrow(/:1:7: the expression \{1 \+ 1\}/);
  });

  it('has a Markdown rendering for every MDX component the pages can use', () => {
    for (const name of [...Object.keys(MDX_COMPONENT_MODULES), 'Term', 'StudyPath']) {
      expect(Object.keys(COMPONENTS)).toContain(name);
    }
  });
});

describe('every page of the site converts to Markdown with no MDX left', () => {
  const dirs = [
    'docs',
    'versioned_docs/version-2021.02',
    'i18n/en/docusaurus-plugin-content-docs/current',
    'i18n/en/docusaurus-plugin-content-docs/version-2021.02',
  ];
  const files = dirs.flatMap((dir) =>
    ['index', 'vms-are-heavy', 'comparison', 'self-check', 'references'].map(
      (id) => `${dir}/${id}.mdx`,
    ),
  );
  it.each(files)('%s', (file) => {
    const out = md(readFileSync(join(ROOT, file), 'utf8'), {
      file,
      locale: file.startsWith('i18n/en') ? 'en' : 'ko',
      edition: file.includes('2021.02') ? 'original' : 'revised',
    });
    expect(out).toMatch(/^# /);
    expectNoMdx(out);
  });
});

describe('glossaryMarkdown', () => {
  it('lists every term with its definitions and links to related entries', () => {
    const out = glossaryMarkdown({
      locale: 'en',
      message: messages('en'),
      pageUrl: 'https://site.test/en/glossary',
    });
    expect(out.match(/^## /gm)).toHaveLength(glossary.length);
    for (const term of glossary) expect(out).toContain(term.short.en);
    expect(out).toContain('](https://site.test/en/glossary#');
    expectNoMdx(out);
  });
});

describe('llms.txt', () => {
  it('has the title, the summary and a section of links with descriptions', () => {
    const entry = { title: 'Page', url: 'https://site.test/docs/page.md', description: 'What.' };
    expect(
      llmsTxt({
        title: 'Site',
        summary: 'About\nthe site.',
        docs: [entry],
        glossary: { ...entry, title: 'Glossary' },
        optional: [],
      }),
    ).toBe(
      '# Site\n\n> About the site.\n\n## Docs\n\n- [Page](https://site.test/docs/page.md): What.\n\n' +
        '## Glossary\n\n- [Glossary](https://site.test/docs/page.md): What.\n',
    );
    expect(llmsFullTxt({ title: 'Site', summary: 'S.', pages: ['# A\n', '# B\n'] })).toBe(
      '# Site\n\n> S.\n\n---\n\n# A\n\n---\n\n# B\n',
    );
  });
});

describe('markdownPath', () => {
  it.each([
    ['/docs/containers', '/docs/containers.md'],
    ['/en/docs/', '/en/docs/index.html.md'],
    ['/docs/2021.02/', '/docs/2021.02/index.html.md'],
    ['/glossary#x', '/glossary.md'],
  ])('%s → %s', (permalink, path) => {
    expect(markdownPath(permalink)).toBe(path);
  });
  it('rejects a relative path', () => {
    expect(() => markdownPath('docs/x')).toThrow(/starts with "\/"/);
  });
});
