import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { StudyPathData } from '@site/src/components/StudyPath/steps';
import { useLatestVersion } from '@docusaurus/plugin-content-docs/client';
import { FinishedMark, ProgressSummary } from '@site/src/components/ReadingProgress';
import styles from './index.module.css';

/** The revised edition's study path: its sidebar, in this locale (src/plugins/studyPath). */
function useSteps(): StudyPathData['steps'] {
  return (usePluginData('study-path') as StudyPathData).steps;
}

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const steps = useSteps();
  const edition = useLatestVersion(undefined).name;
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: '가상머신과 컨테이너 학습 노트' })}
      description={siteConfig.tagline}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>
            <Translate id="home.hero.intro">
              가상머신은 하드웨어를, 컨테이너는 운영체제를 가상화한다. 그 차이가 배포를 어떻게
              바꿨는지 한 편의 학습 노트로 따라간다. 한국어와 영어로 읽을 수 있다.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/">
              <Translate id="home.hero.start">개정판으로 공부 시작하기</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/comparison">
              <Translate id="home.hero.comparison">정리 표 바로 보기</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main>
        <section className={styles.path} aria-labelledby="study-path">
          <div className="container">
            <Heading as="h2" id="study-path">
              <Translate id="home.path.title">학습 순서</Translate>
            </Heading>
            <ProgressSummary edition={edition} docIds={steps.map((step) => step.docId)} />
            <ol className={styles.steps}>
              {steps.map((step) => (
                <li key={step.href} className={styles.step}>
                  <Link to={step.href}>{step.label}</Link>
                  <FinishedMark edition={edition} docId={step.docId} />
                  {step.summary === '' ? null : <p>{step.summary}</p>}
                </li>
              ))}
            </ol>
          </div>
        </section>
        <section className={styles.editions} aria-labelledby="editions">
          <div className="container">
            <Heading as="h2" id="editions">
              <Translate id="home.editions.title">두 가지 판</Translate>
            </Heading>
            <p>
              <Translate
                id="home.editions.body"
                values={{
                  revised: (
                    <Link to="/docs/">
                      <Translate id="home.editions.revised">개정판</Translate>
                    </Link>
                  ),
                  original: (
                    <Link to="/docs/2021.02/">
                      <Translate id="home.editions.original">초판 (2021.02)</Translate>
                    </Link>
                  ),
                }}
              >
                {
                  '{revised}은 노트를 바로잡고 보완한 판으로, 처음 읽는다면 이것을 읽으면 된다. {original}은 2021년 2월에 쓴 노트의 문장을 하나도 고치지 않고 싣는다. 바뀐 것은 페이지 나누기와 제목 수준, 그림 대신 그린 도해, 사이트의 화면뿐이다.'
                }
              </Translate>
            </p>
          </div>
        </section>
      </main>
    </Layout>
  );
}
