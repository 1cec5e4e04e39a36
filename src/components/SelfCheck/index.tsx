import { useId, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export type SelfCheckEdition = 'original' | 'revised';

/**
 * `original`: the note's question as written; the note has no answer, so the disclosure points to
 * the revised edition's. `revised`: the question with its model answer, written in the page's
 * MDX as the children (so that translation freshness tracks it with the rest of the page).
 */
export type SelfCheckProps =
  | { readonly edition: 'original'; readonly children?: never }
  | { readonly edition: 'revised'; readonly children: ReactNode };

function Question(): ReactNode {
  return (
    <Translate
      id="components.selfCheck.question"
      description="The note's self-check question; the Korean text is the note's, word for word"
    >
      컨테이너는 멀티 OS환경을 어떻게 실현할까?
    </Translate>
  );
}

function OriginalHasNoAnswer(): ReactNode {
  return (
    <p>
      <Translate
        id="components.selfCheck.noAnswer"
        description="Shown in the original edition, whose note has no answer to the question"
        values={{
          revisedAnswer: (
            <Link to="/docs/self-check">
              <Translate
                id="components.selfCheck.noAnswer.link"
                description="Link from the original edition to the model answer in the revised edition"
              >
                개정판의 모범 답안
              </Translate>
            </Link>
          ),
        }}
      >
        {
          '2021년 2월의 노트에는 답이 적혀 있지 않습니다. 스스로 답해 본 뒤 {revisedAnswer}과 비교해 보세요.'
        }
      </Translate>
    </p>
  );
}

/** The self-check question, with its answer behind a disclosure button. */
export default function SelfCheck({ edition, children }: SelfCheckProps): ReactNode {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className={styles.card}>
      <p className={edition === 'original' ? styles.noteQuestion : styles.question}>
        <span className={styles.label}>
          <Translate
            id="components.selfCheck.label"
            description="Label before the self-check question"
          >
            질문
          </Translate>
        </span>
        <Question />
      </p>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        <span className={styles.chevron} aria-hidden="true" />
        {edition === 'revised' ? (
          <Translate
            id="components.selfCheck.toggle.answer"
            description="Button that shows or hides the model answer"
          >
            모범 답안
          </Translate>
        ) : (
          <Translate
            id="components.selfCheck.toggle.original"
            description="Button in the original edition that shows or hides where the answer is"
          >
            답은 어디에?
          </Translate>
        )}
      </button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        {edition === 'revised' ? children : <OriginalHasNoAnswer />}
      </div>
    </section>
  );
}
