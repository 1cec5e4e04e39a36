import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossary } from '../../src/data/glossary';
import { ROOT } from '../lib/docs';
import { firstUseProblems, termUses, type FirstUseProblem } from '../lib/mdxText';
import { revisedPages } from '../lib/sitePages';

/**
 * The site's rule (architecture.md, "Korean writing"; docs/index.mdx): on each Korean page, a
 * term's first use gives the English in parentheses, e.g. `<Term id="hypervisor">하이퍼바이저
 * (hypervisor)</Term>`; later uses are plain. A glossary name in running text before the term's
 * first `<Term>` is that first use, and is reported.
 */

const NAMES = glossary.map((term) => ({ id: term.id, ko: term.name.ko }));

function read(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

function lines(problems: readonly FirstUseProblem[]): string[] {
  return problems.map((p) => `${p.file}:${String(p.line)} ${p.id}: ${p.message}`);
}

describe('firstUseProblems (fixtures)', () => {
  const fixture = (name: string): string => `scripts/__tests__/fixtures/${name}`;

  it('accepts a gloss in the Term or right after it, Latin names, later plain uses', () => {
    const file = fixture('term-first-use-pass.mdx');
    expect(lines(firstUseProblems(file, read(file), NAMES))).toEqual([]);
  });

  it('reports a first Term without English and a plain first use, with file, line and term', () => {
    const file = fixture('term-first-use-fail.mdx');
    expect(lines(firstUseProblems(file, read(file), NAMES))).toEqual([
      `${file}:8 hypervisor: the first <Term id="hypervisor"> ("하이퍼바이저") gives no English in parentheses`,
      `${file}:10 virtual-machine: "가상머신" is first used in plain text, before its <Term id="virtual-machine"> at line 10: make this use the <Term> with the English in parentheses`,
      `${file}:12 kernel: the first <Term id="kernel"> ("커널") gives no English in parentheses`,
    ]);
  });

  it('reads particles, compounds, headings, code and citations the way a reader would', () => {
    const source = [
      '# 컨테이너 제목',
      '',
      '배포판은 배포가 아니다. `컨테이너`는 코드다. [컨테이너 문서](https://example.com/).',
      '컨테이너화는 다른 용어다. 컨테이너를 쓴다.',
      '<Term id="container">컨테이너(container)</Term>',
    ].join('\n');
    const uses = termUses(source, NAMES).map((use) => `${use.kind}:${use.id}:${String(use.line)}`);
    expect(uses).toEqual([
      'plain:deployment:3',
      'plain:containerization:4',
      'plain:container:4',
      'term:container:5',
    ]);
  });
});

describe('the Korean revised edition', () => {
  for (const { file } of revisedPages().filter((page) => page.locale === 'ko')) {
    it(`${file}: each term's first use gives the English in parentheses`, () => {
      expect(lines(firstUseProblems(file, read(file), NAMES))).toEqual([]);
    });
  }
});
