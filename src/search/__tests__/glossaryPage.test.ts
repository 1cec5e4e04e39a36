import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../data/glossaryTypes';
import { createSearchExtension, glossaryPage, isGlossaryUrl, type ParsedPage } from '../build';

const term = (id: string, ko: string[], en: string[]): GlossaryTerm => ({
  id,
  name: { ko: id, en: id },
  aliases: { ko, en },
  short: { ko: '', en: '' },
  long: { ko: '', en: '' },
  tags: [],
  seeAlso: [],
});

const terms = [term('docker', ['도커 엔진'], ['Docker Engine']), term('cgroup', [], [])];

const entry = (
  id: string,
  ko: string,
  en: string,
  short: string,
  aliases = '<dl><div data-term-aliases=""><dt>다른 이름</dt><dd>도커 엔진, <span lang="en">Docker Engine</span></dd></div></dl>',
): string => `
  <article id="${id}" tabindex="-1" data-term-entry="${id}">
    <div><h3><span lang="ko">${ko}</span> <span lang="en">${en}</span></h3>
      <span><button type="button" aria-label="링크 복사"><svg><text>icon</text></svg></button></span></div>
    <p class="short">${short}</p>
    <p class="long">긴   설명은
      색인하지 않는다.</p>
    ${aliases}
    <dl><div><dt>주제</dt><dd>도구</dd></div></dl>
  </article>`;

const html = (lang: string, body: string): string =>
  `<html lang="${lang}"><body><main><h1>용어집</h1><p>소개</p>${body}</main></body></html>`;

const parsed: ParsedPage = {
  pageTitle: '용어집',
  description: '용어 모음',
  keywords: 'x',
  sections: [{ title: '용어집', hash: '', content: '소개 링크 복사 …' }],
  breadcrumb: [],
};

describe('isGlossaryUrl', () => {
  it('matches the glossary in every locale and under a base URL', () => {
    expect(isGlossaryUrl('/glossary')).toBe(true);
    expect(isGlossaryUrl('/en/glossary/')).toBe(true);
    expect(isGlossaryUrl('/vm/en/glossary')).toBe(true);
    expect(isGlossaryUrl('/docs/glossary-terms')).toBe(false);
    expect(isGlossaryUrl('/docs/')).toBe(false);
  });
});

describe('glossaryPage', () => {
  it('makes one section per term: its names, its one-sentence definition, its aliases', () => {
    const page = glossaryPage(
      parsed,
      html(
        'ko-KR',
        entry('docker', '도커', 'Docker', '컨테이너 이미지를 만드는 도구다.') +
          entry('cgroup', 'cgroup', '', '자원을 제한하는 커널 기능이다.', ''),
      ),
      terms,
      '/glossary',
    );
    expect(page.sections).toEqual([
      {
        title: '도커 Docker',
        hash: '#docker',
        content: '컨테이너 이미지를 만드는 도구다. (도커 엔진, Docker Engine)',
      },
      { title: 'cgroup', hash: '#cgroup', content: '자원을 제한하는 커널 기능이다.' },
    ]);
    expect(page.keywords).toBe('');
    expect(page.pageTitle).toBe('용어집');
  });

  it('takes the aliases as the page orders them, in its language, without the row’s label', () => {
    const aliases =
      '<dl><div data-term-aliases=""><dt>Also called</dt><dd>Docker Engine, <span lang="ko">도커 엔진</span></dd></div></dl>';
    const page = glossaryPage(
      parsed,
      html('en', entry('docker', 'Docker', '도커', 'The tool.', aliases)),
      terms,
      '/en/glossary',
    );
    expect(page.sections[0]?.content).toBe('The tool. (Docker Engine, 도커 엔진)');
  });

  it('fails, naming the page and entry, when a term with aliases has no aliases row', () => {
    const broken = html('ko', entry('docker', '도커', 'Docker', '도구다.', '<dl></dl>'));
    expect(() => glossaryPage(parsed, broken, terms, '/glossary')).toThrow(
      /\/glossary: glossary entry "docker" has aliases in src\/data\/glossary.ts but no \[data-term-aliases\]/,
    );
  });

  it('fails, naming the page and entry, when an entry has no definition', () => {
    const broken = html(
      'ko',
      '<article id="docker" data-term-entry="docker"><h3>도커</h3></article>',
    );
    expect(() => glossaryPage(parsed, broken, terms, '/glossary')).toThrow(
      /\/glossary: glossary entry "docker" has no p definition/,
    );
  });

  it('fails when the page has no entries (the markup changed)', () => {
    expect(() => glossaryPage(parsed, html('ko', '<p>empty</p>'), terms, '/glossary')).toThrow(
      /has no article\[data-term-entry\]/,
    );
  });
});

describe('the extension', () => {
  const extension = createSearchExtension(process.cwd(), terms, { version: 1, rules: [] });

  it('rewrites the glossary page and leaves the others alone', () => {
    const other = { ...parsed, pageTitle: '문서' };
    expect(
      extension.transformPage({ url: '/docs/x', html: '<html></html>', type: 'docs', page: other }),
    ).toBe(other);
    const glossary = extension.transformPage({
      url: '/glossary',
      html: html('ko', entry('docker', '도커', 'Docker', '도구다.')),
      type: 'page',
      page: parsed,
    });
    expect(glossary?.sections.map((section) => section.hash)).toEqual(['#docker']);
  });

  it('adds no keywords to the glossary page', () => {
    expect(
      extension.extraKeywords(
        { url: '/glossary', html: '<p>도커 엔진</p>', page: { pageTitle: '용어집', sections: [] } },
        undefined as never,
      ),
    ).toBe('');
  });

  it('names the client module of the links offered when nothing is found', () => {
    expect(extension.clientModule).toMatch(/src\/search\/noResults\.ts$/);
  });
});
