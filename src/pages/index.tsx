import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import styles from './index.module.css';

interface Step {
  readonly to: string;
  readonly title: string;
  readonly summary: string;
}

function useSteps(): readonly Step[] {
  return [
    {
      to: '/docs/vms-are-heavy',
      title: translate({ id: 'home.steps.vmsAreHeavy.title', message: '가상머신은 너무 무거워!' }),
      summary: translate({
        id: 'home.steps.vmsAreHeavy.summary',
        message: '배포 환경 차이와 스케일 아웃을 가상머신으로 풀면 왜 무거운가.',
      }),
    },
    {
      to: '/docs/deployment-evolution',
      title: translate({
        id: 'home.steps.deploymentEvolution.title',
        message: '컨테이너 개발 시대까지의 과정',
      }),
      summary: translate({
        id: 'home.steps.deploymentEvolution.summary',
        message: '전통적인 배포에서 가상화된 배포, 그리고 컨테이너 배포까지.',
      }),
    },
    {
      to: '/docs/vm-problems',
      title: translate({ id: 'home.steps.vmProblems.title', message: '가상머신의 문제점' }),
      summary: translate({
        id: 'home.steps.vmProblems.summary',
        message: '게스트 OS를 통째로 싣는 대가: 라이선스, OS별 차이, 커지는 이미지.',
      }),
    },
    {
      to: '/docs/containers',
      title: translate({ id: 'home.steps.containers.title', message: '컨테이너 개발 시대' }),
      summary: translate({
        id: 'home.steps.containers.summary',
        message: '커널을 공유하는 운영체제 수준 가상화가 문제를 푸는 방법.',
      }),
    },
    {
      to: '/docs/comparison',
      title: translate({ id: 'home.steps.comparison.title', message: '정리 표' }),
      summary: translate({
        id: 'home.steps.comparison.summary',
        message: '하이퍼바이저형 가상화와 컨테이너형 가상화를 한눈에 비교.',
      }),
    },
    {
      to: '/docs/container-drawbacks',
      title: translate({
        id: 'home.steps.containerDrawbacks.title',
        message: '컨테이너의 단점',
      }),
      summary: translate({
        id: 'home.steps.containerDrawbacks.summary',
        message: '호스트 커널 하나를 나눠 쓰기 때문에 생기는 한계.',
      }),
    },
    {
      to: '/docs/self-check',
      title: translate({ id: 'home.steps.selfCheck.title', message: '다 이해했어?' }),
      summary: translate({
        id: 'home.steps.selfCheck.summary',
        message: '스스로 답해 보는 질문, 그리고 도커와 쿠버네티스로.',
      }),
    },
  ];
}

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const steps = useSteps();
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
            <ol className={styles.steps}>
              {steps.map((step) => (
                <li key={step.to} className={styles.step}>
                  <Link to={step.to}>{step.title}</Link>
                  <p>{step.summary}</p>
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
