import { useId, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export type SelfCheckEdition = 'original' | 'revised';

export interface SelfCheckProps {
  /**
   * `original`: the note's question as written; the note has no answer, so the disclosure
   * points to the revised edition's. `revised`: the question with its model answer.
   */
  readonly edition: SelfCheckEdition;
}

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

/** A shell command, shown as code in every language. */
const KERNEL_RELEASE_COMMAND = 'uname -r';

function ModelAnswer(): ReactNode {
  return (
    <>
      <p>
        <Translate
          id="components.selfCheck.answer.summary"
          description="Model answer, 1/4: the short answer"
        >
          컨테이너는 여러 OS를 띄우지 않는다. 호스트 커널 하나를 모든 컨테이너가 공유하고, 그 위에서
          서로 다른 리눅스 배포판의 유저랜드(userland)를 격리된 환경으로 실행할 뿐이다.
        </Translate>
      </p>
      <p>
        <Translate
          id="components.selfCheck.answer.userland"
          description="Model answer, 2/4: images carry a distribution's userland, not a kernel. {command} is a shell command, kept as is"
          values={{ command: <code>{KERNEL_RELEASE_COMMAND}</code> }}
        >
          {
            '컨테이너 이미지에는 커널이 없고, 애플리케이션과 함께 흔히 배포판의 유저랜드(라이브러리, 셸, 패키지 관리자 등)가 들어 있다. 그래서 Ubuntu 호스트에서 Rocky Linux, Alpine, Debian 이미지를 나란히 실행할 수 있지만, 어느 컨테이너에서 {command} 명령을 실행해도 보이는 커널은 호스트의 리눅스 커널 하나다.'
          }
        </Translate>
      </p>
      <p>
        <Translate
          id="components.selfCheck.answer.isolation"
          description="Model answer, 3/4: how the kernel keeps containers apart"
        >
          서로를 떼어 놓는 것도 커널 기능이다. 네임스페이스(namespace)가 프로세스, 네트워크, 마운트
          등 보이는 범위를 나누고, cgroup이 CPU와 메모리 같은 리소스 사용량을 제한한다.
        </Translate>
      </p>
      <p>
        <Translate
          id="components.selfCheck.answer.limits"
          description="Model answer, 4/4: what containers alone cannot do"
        >
          따라서 컨테이너만으로는 다른 커널 버전이나 다른 OS 계열(예: 리눅스 호스트에서 Windows)을
          실행할 수 없다. 그러려면 가상머신이 필요하다. macOS나 Windows의 Docker Desktop도 리눅스
          컨테이너를 경량 리눅스 VM 안에서 실행한다.
        </Translate>
      </p>
    </>
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
export default function SelfCheck({ edition }: SelfCheckProps): ReactNode {
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
        {edition === 'revised' ? <ModelAnswer /> : <OriginalHasNoAnswer />}
      </div>
    </section>
  );
}
