/**
 * The knowledge checks' data (src/data/knowledgeChecks.ts): valid, present on every page of the
 * range the sidebar gives (from `vms-are-heavy` to `self-check`, so a page added between them
 * needs checks), and every explanation link lands on a heading of its page in every locale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHeadings } from '../../../scripts/lib/docs';
import { CURRENT, LOCALES, ROOT, docFile, editionPages } from '../../../scripts/lib/sitePages';
import {
  KNOWLEDGE_CHECKS,
  KNOWLEDGE_CHECK_RANGE,
  correctChoiceIndex,
  knowledgeChecksFor,
  validateKnowledgeChecks,
  type KnowledgeCheckQuestion,
  type KnowledgeChecks,
} from '../knowledgeChecks';

/** The revised edition's pages from the range's first to its last, in sidebar order. */
function pagesInRange(): string[] {
  const pages = editionPages(CURRENT);
  const first = pages.indexOf(KNOWLEDGE_CHECK_RANGE.first);
  const last = pages.indexOf(KNOWLEDGE_CHECK_RANGE.last);
  if (first < 0 || last < first) {
    throw new Error(
      `sidebars.ts: the knowledge-check range ${KNOWLEDGE_CHECK_RANGE.first}…${KNOWLEDGE_CHECK_RANGE.last} is not in the sidebar in that order`,
    );
  }
  return pages.slice(first, last + 1);
}

const question = (overrides: Partial<KnowledgeCheckQuestion> = {}): KnowledgeCheckQuestion => ({
  id: 'q',
  legend: { ko: '질문인가?', en: 'A question?' },
  choices: [
    { text: { ko: '가', en: 'a' }, correct: true },
    { text: { ko: '나', en: 'b' } },
    { text: { ko: '다', en: 'c' } },
  ],
  explanation: { ko: '설명이다.', en: 'Why.' },
  section: 'some-section',
  ...overrides,
});

const FILE = 'src/data/knowledgeChecks.ts';

/** Characters (code points), so Korean and English are counted alike. */
const length = (text: string): number => Array.from(text).length;

/** Whether the right answer is longer than every other choice in Korean or in English. */
function rightIsStrictlyLongest(q: KnowledgeCheckQuestion): boolean {
  const right = correctChoiceIndex(q);
  return (['ko', 'en'] as const).some((locale) => {
    const lengths = q.choices.map((choice) => length(choice.text[locale]));
    const rightLength = lengths[right] ?? 0;
    return lengths.every((n, index) => index === right || n < rightLength);
  });
}

/** The position (0-based) that holds the most right answers, and how many it holds. */
function mostCommonRightPosition(questions: readonly KnowledgeCheckQuestion[]): [number, number] {
  const counts = new Map<number, number>();
  for (const q of questions) {
    const right = correctChoiceIndex(q);
    counts.set(right, (counts.get(right) ?? 0) + 1);
  }
  return [...counts].reduce<[number, number]>(
    (best, entry) => (entry[1] > best[1] ? entry : best),
    [-1, 0],
  );
}

describe('the answer-cue checks (on made-up questions)', () => {
  const long = question({
    choices: [
      { text: { ko: '가나다라', en: 'a' }, correct: true },
      { text: { ko: '나', en: 'bb' } },
      { text: { ko: '다', en: 'c' } },
    ],
  });
  const tied = question({
    choices: [
      { text: { ko: '가나', en: 'aa' }, correct: true },
      { text: { ko: '나다', en: 'bbb' } },
      { text: { ko: '다', en: 'c' } },
    ],
  });
  const second = question({
    choices: [
      { text: { ko: '가', en: 'a' } },
      { text: { ko: '나', en: 'b' }, correct: true },
      { text: { ko: '다', en: 'c' } },
    ],
  });

  it('find a right answer that is the strictly longest in either language, not a tie', () => {
    expect(rightIsStrictlyLongest(long)).toBe(true);
    expect(rightIsStrictlyLongest(tied)).toBe(false);
  });

  it('find the position that holds the most right answers', () => {
    expect(mostCommonRightPosition([long, second, second])).toEqual([1, 2]);
  });
});

describe('validateKnowledgeChecks (bad input)', () => {
  const valid: KnowledgeChecks = { a: [question({ id: 'one' }), question({ id: 'two' })] };

  it('accepts valid data', () => {
    expect(validateKnowledgeChecks(valid, ['a'])).toEqual([]);
  });

  it('names the file, page, question and field of a question with no right answer or two', () => {
    const none = question({
      id: 'none',
      choices: [
        { text: { ko: '가', en: 'a' } },
        { text: { ko: '나', en: 'b' } },
        { text: { ko: '다', en: 'c' } },
      ],
    });
    const two = question({
      id: 'two',
      choices: [
        { text: { ko: '가', en: 'a' }, correct: true },
        { text: { ko: '나', en: 'b' }, correct: true },
        { text: { ko: '다', en: 'c' } },
      ],
    });
    expect(validateKnowledgeChecks({ a: [none, two] }, ['a'])).toEqual([
      `${FILE}: page "a", question 1 ("none"): field "choices" has 0 choices with "correct: true"; exactly one must be right`,
      `${FILE}: page "a", question 2 ("two"): field "choices" has 2 choices with "correct: true"; exactly one must be right`,
    ]);
  });

  it('fails on too few or too many questions per page', () => {
    const one = validateKnowledgeChecks({ a: [question()] }, ['a']);
    expect(one).toEqual([`${FILE}: page "a": has 1 questions; a page takes 2–4`]);
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => question({ id }));
    expect(validateKnowledgeChecks({ a: five }, ['a'])).toEqual([
      `${FILE}: page "a": has 5 questions; a page takes 2–4`,
    ]);
  });

  it('fails on a page of the range without checks and on a page outside it', () => {
    expect(validateKnowledgeChecks(valid, ['a', 'b'])).toEqual([
      `${FILE}: page "b" has no knowledge checks; every page from "a" to "b" needs 2–4 questions`,
    ]);
    expect(validateKnowledgeChecks({ ...valid, index: valid.a ?? [] }, ['a'])).toEqual([
      `${FILE}: page "index": not a page that takes knowledge checks (expected one of: a)`,
    ]);
  });

  it('fails on a missing language, naming the field', () => {
    const noEnglish = question({
      id: 'one',
      legend: { ko: '질문인가?', en: ' ' },
      explanation: { ko: '설명이다.' } as unknown as KnowledgeCheckQuestion['explanation'],
    });
    const choices = [
      { text: { ko: '가', en: 'a' }, correct: true },
      { text: { ko: '', en: 'b' } },
      { text: { ko: '다', en: 'c' } },
    ];
    expect(
      validateKnowledgeChecks({ a: [noEnglish, question({ id: 'two', choices })] }, ['a']),
    ).toEqual([
      `${FILE}: page "a", question 1 ("one"): field "legend.en" is empty`,
      `${FILE}: page "a", question 1 ("one"): field "explanation.en" is empty`,
      `${FILE}: page "a", question 2 ("two"): field "choices[1].text.ko" is empty`,
    ]);
  });

  it('fails on bad or repeated ids, too few choices and a bad section', () => {
    const problems = validateKnowledgeChecks(
      {
        a: [
          question({ id: 'Same' }),
          question({ id: 'x', section: '컨테이너' }),
          question({ id: 'x', choices: [{ text: { ko: '가', en: 'a' }, correct: true }] }),
        ],
      },
      ['a'],
    );
    expect(problems).toEqual([
      `${FILE}: page "a", question 1 ("Same"): field "id" must be lower-case ASCII in kebab-case`,
      `${FILE}: page "a", question 2 ("x"): field "section" must be a heading id of the page ("컨테이너" is not lower-case ASCII in kebab-case)`,
      `${FILE}: page "a", question 3 ("x"): field "id" repeats an earlier question's id`,
      `${FILE}: page "a", question 3 ("x"): field "choices" has 1 choices; a question takes 3–4`,
    ]);
  });
});

describe('the knowledge checks', () => {
  it('cover exactly the revised pages from vms-are-heavy to self-check, and are valid', () => {
    const range = pagesInRange();
    expect(range).toContain('containers');
    expect(range).not.toContain('index');
    expect(range).not.toContain('references');
    expect(validateKnowledgeChecks(KNOWLEDGE_CHECKS, range)).toEqual([]);
  });

  it('put the right answer in different places (not always the same choice)', () => {
    const positions = new Set(
      Object.values(KNOWLEDGE_CHECKS).flatMap((questions) => questions.map(correctChoiceIndex)),
    );
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('do not give the right answer away by its length (strictly longest in at most half the questions)', () => {
    const questions = Object.values(KNOWLEDGE_CHECKS).flat();
    const longest = questions.filter(rightIsStrictlyLongest).map((q) => q.id);
    expect(
      longest.length,
      `${FILE}: the right answer is the strictly longest choice in ${String(longest.length)} of ${String(questions.length)} questions (${longest.join(', ')}); shorten right answers or lengthen distractors until it is at most half`,
    ).toBeLessThanOrEqual(questions.length / 2);
  });

  it('do not put more than half the right answers in the same position', () => {
    const questions = Object.values(KNOWLEDGE_CHECKS).flat();
    const [position, count] = mostCommonRightPosition(questions);
    expect(
      count,
      `${FILE}: ${String(count)} of ${String(questions.length)} right answers are choice ${String(position + 1)}; move some elsewhere`,
    ).toBeLessThanOrEqual(questions.length / 2);
  });

  it('are found by doc id, and a page without checks gets none', () => {
    expect(knowledgeChecksFor('containers')).toBe(KNOWLEDGE_CHECKS.containers);
    expect(knowledgeChecksFor('index')).toEqual([]);
    expect(knowledgeChecksFor('toString')).toEqual([]);
  });

  for (const pageId of Object.keys(KNOWLEDGE_CHECKS)) {
    for (const locale of LOCALES) {
      const file = docFile(locale, CURRENT, pageId);
      it(`${file}: every explanation links to a heading id of the page and the page ends its text with <KnowledgeCheck />`, () => {
        const source = readFileSync(join(ROOT, file), 'utf8');
        const ids = new Set(extractHeadings(source).map((heading) => heading.id));
        const missing = knowledgeChecksFor(pageId)
          .filter((q) => !ids.has(q.section))
          .map(
            (q) =>
              `${FILE}: page "${pageId}", question "${q.id}": field "section" is "#${q.section}", which is not a heading id of ${file}`,
          );
        expect(missing).toEqual([]);
        expect(ids.has('knowledge-check')).toBe(true);
        expect(source.match(/^<KnowledgeCheck \/>$/gm)).toHaveLength(1);
      });
    }
  }
});
