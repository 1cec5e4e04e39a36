/**
 * `<KnowledgeCheck />` at the end of a revised-edition page: that page's multiple-choice
 * questions from src/data/knowledgeChecks.ts, in the page's language. The remark plugin
 * src/remark/knowledgeChecks.ts looks them up by the doc id at build time and passes them as the
 * `questions` prop, so a page ships its own questions only; `useDoc()` gives the permalink and
 * the section titles. Each question is a `<fieldset>` with its `<legend>`, radio choices and its own check
 * button; the feedback (right or wrong, why, and a link to the section that explains it) goes to
 * a live region. Without JavaScript the questions still show, the button stays disabled, and each
 * answer can be revealed with a native `<details>`. Once every question has been checked,
 * `announceChecksAnswered` tells reading progress (src/utils/studyEvents.ts).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import CodeInline from '@theme/CodeInline';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { announceChecksAnswered } from '@site/src/utils/studyEvents';
import type { LocalizedQuestion } from './types';
import styles from './styles.module.css';

export type { LocalizedQuestion };

export interface KnowledgeCheckProps {
  /**
   * The page's questions in its language, as JSON: added by src/remark/knowledgeChecks.ts from
   * src/data/knowledgeChecks.ts. Never written by hand in the MDX.
   */
  readonly questions?: string;
}

/**
 * Plain text in which `backticks` mark code, as the data module's doc comment says: the theme's
 * inline code, as in the page's text (src/theme/CodeInline keeps a command's words whole).
 */
export function InlineText({ text }: { readonly text: string }): ReactNode {
  return text
    .split(/`([^`]+)`/)
    .map((part, index) =>
      index % 2 === 1 ? <CodeInline key={String(index)}>{part}</CodeInline> : part,
    );
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
};

/** A table-of-contents entry's value (HTML) as text. */
function headingText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

type Result = 'right' | 'wrong' | 'no-choice';

interface QuestionProps {
  readonly question: LocalizedQuestion;
  readonly number: number;
  /** Prefix of the form controls' names: unique per page and locale. */
  readonly namePrefix: string;
  /** The title of the section that explains the answer, when the page has it. */
  readonly sectionTitle: string | undefined;
  readonly onChecked: (id: string) => void;
}

function SectionLink({
  section,
  title,
}: {
  readonly section: string;
  readonly title: string | undefined;
}): ReactNode {
  return (
    <p className={styles.readMore}>
      <Translate
        id="components.knowledgeCheck.readMore"
        description="After a knowledge-check explanation: the link to the section of the page that explains it"
        values={{
          section: (
            <Link to={`#${section}`}>
              {title ?? (
                <Translate
                  id="components.knowledgeCheck.readMore.fallback"
                  description="Link text to the section that explains an answer, when its title is unknown"
                >
                  이 내용을 설명하는 절
                </Translate>
              )}
            </Link>
          ),
        }}
      >
        {'더 읽어 보기: {section}'}
      </Translate>
    </p>
  );
}

/**
 * The button that checks an answer: disabled until the page has hydrated (without a script it
 * would do nothing). Its own component, so that hydration ending re-renders this button only,
 * not the question's radio buttons (React sets every attribute of a re-rendered radio input
 * again: on a doc page with four questions, a few dozen DOM writes in the commit that follows
 * hydration, a long task on phones).
 */
function CheckButton({ onClick }: { readonly onClick: () => void }): ReactNode {
  const isBrowser = useIsBrowser();
  return (
    <button type="button" className={styles.check} disabled={!isBrowser} onClick={onClick}>
      <Translate
        id="components.knowledgeCheck.check"
        description="Button that checks the answer chosen for one knowledge-check question"
      >
        답 확인
      </Translate>
    </button>
  );
}

function Question({
  question,
  number,
  namePrefix,
  sectionTitle,
  onChecked,
}: QuestionProps): ReactNode {
  const [chosen, setChosen] = useState<number | null>(null);
  const [result, setResult] = useState<{ readonly kind: Result; readonly attempt: number } | null>(
    null,
  );
  // An answer chosen before the page hydrated (the radio buttons work without a script), or
  // restored by the browser, is still checked in the page: hydration keeps it. Take it as the
  // reader's choice, so that the check button judges what the page shows.
  const fieldset = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const checked = fieldset.current?.querySelector<HTMLInputElement>('input:checked');
    if (checked) setChosen(Number(checked.value));
  }, []);
  const right = question.choices.findIndex((choice) => choice.correct);
  const name = `${namePrefix}-${question.id}`;
  const rightChoice = question.choices[right];

  const check = (): void => {
    const kind: Result = chosen === null ? 'no-choice' : chosen === right ? 'right' : 'wrong';
    setResult((previous) => ({ kind, attempt: (previous?.attempt ?? 0) + 1 }));
    if (kind !== 'no-choice') onChecked(question.id);
  };

  return (
    <fieldset ref={fieldset} className={styles.question} data-question={question.id}>
      <legend className={styles.legend}>
        <span className={styles.number}>{`${String(number)}.`}</span>{' '}
        <InlineText text={question.legend} />
      </legend>
      <ul className={styles.choices}>
        {question.choices.map((choice, index) => (
          <li key={choice.text}>
            <label className={styles.choice}>
              <input
                type="radio"
                name={name}
                value={String(index)}
                checked={chosen === index}
                onChange={() => {
                  setChosen(index);
                  // A verdict is about the answer checked: another answer takes it back.
                  setResult(null);
                }}
              />
              <span>
                <InlineText text={choice.text} />
              </span>
            </label>
          </li>
        ))}
      </ul>
      <CheckButton onClick={check} />
      <div role="status" className={styles.status}>
        {result === null ? null : (
          // A new key per attempt: the same message checked twice is announced again.
          <div
            key={result.attempt}
            className={
              result.kind === 'right'
                ? styles.right
                : result.kind === 'wrong'
                  ? styles.wrong
                  : styles.noChoice
            }
            data-result={result.kind}
          >
            <p className={styles.verdict}>
              {result.kind === 'right' ? (
                <Translate
                  id="components.knowledgeCheck.right"
                  description="Feedback when the chosen answer is right"
                >
                  정답입니다.
                </Translate>
              ) : result.kind === 'wrong' ? (
                <Translate
                  id="components.knowledgeCheck.wrong"
                  description="Feedback when the chosen answer is wrong"
                >
                  틀렸습니다.
                </Translate>
              ) : (
                <Translate
                  id="components.knowledgeCheck.noChoice"
                  description="Feedback when the check button is pressed before choosing an answer"
                >
                  먼저 답을 하나 고르십시오.
                </Translate>
              )}
            </p>
            {result.kind === 'no-choice' ? null : (
              <>
                <p>
                  <InlineText text={question.explanation} />
                </p>
                <SectionLink section={question.section} title={sectionTitle} />
              </>
            )}
          </div>
        )}
      </div>
      <details className={styles.reveal}>
        <summary>
          <Translate
            id="components.knowledgeCheck.reveal"
            description="Disclosure that reveals the right answer of a knowledge-check question and why"
          >
            정답과 풀이 보기
          </Translate>
        </summary>
        <p>
          <Translate
            id="components.knowledgeCheck.answer"
            description="In the answer disclosure: the right choice, by its text"
            values={{
              answer: (
                <strong>
                  <InlineText text={rightChoice?.text ?? ''} />
                </strong>
              ),
            }}
          >
            {'정답: {answer}'}
          </Translate>
        </p>
        <p>
          <InlineText text={question.explanation} />
        </p>
        <SectionLink section={question.section} title={sectionTitle} />
      </details>
    </fieldset>
  );
}

/** The knowledge check of the doc page it is written in (the remark plugin adds `questions`). */
export default function KnowledgeCheck({ questions: json }: KnowledgeCheckProps): ReactNode {
  const { metadata, toc } = useDoc();
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  const checked = useRef(new Set<string>());
  const announced = useRef(false);
  const questions = json === undefined ? [] : (JSON.parse(json) as LocalizedQuestion[]);
  if (questions.length === 0) {
    throw new Error(
      `${metadata.source}: <KnowledgeCheck /> has no questions for the doc id "${metadata.id}": ` +
        'add them to src/data/knowledgeChecks.ts (src/remark/knowledgeChecks.ts passes them in).',
    );
  }
  const titles = new Map(toc.map((entry) => [entry.id, headingText(entry.value)]));
  const onChecked = (id: string): void => {
    checked.current.add(id);
    if (!announced.current && questions.every((question) => checked.current.has(question.id))) {
      announced.current = true;
      announceChecksAnswered(metadata.permalink);
    }
  };
  const namePrefix = `knowledge-check-${currentLocale}-${metadata.id}`;
  return (
    <div className={styles.checks} data-knowledge-check={metadata.id}>
      {questions.map((question, index) => (
        <Question
          key={question.id}
          question={question}
          number={index + 1}
          namePrefix={namePrefix}
          sectionTitle={titles.get(question.section)}
          onChecked={onChecked}
        />
      ))}
    </div>
  );
}
