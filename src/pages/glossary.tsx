import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import useBaseUrl from '@docusaurus/useBaseUrl';
import CopyMarkdown from '@site/src/theme/DocItem/Footer/CopyMarkdown';
import Glossary from '@site/src/components/Glossary';
import styles from './glossary.module.css';

/** `/glossary` and `/en/glossary`: every term, rendered in full at build time. */
export default function GlossaryPage(): ReactNode {
  // The glossary's Markdown copy (src/plugins/llms), for a wiki or an assistant.
  const permalink = useBaseUrl('/glossary');
  return (
    <Layout
      title={translate({
        id: 'glossary.page.title',
        message: '용어집',
        description: 'Title of the glossary page',
      })}
      description={translate({
        id: 'glossary.page.description',
        message: '가상머신과 컨테이너를 공부하며 만나는 용어를 한국어와 영어로 함께 풀이한 용어집.',
        description: 'Meta description of the glossary page',
      })}
    >
      <main className={styles.page}>
        <Heading as="h1">
          <Translate id="glossary.page.heading" description="Heading of the glossary page">
            용어집
          </Translate>
        </Heading>
        <p className={styles.intro}>
          <Translate
            id="glossary.page.intro"
            description="Introduction at the top of the glossary page"
          >
            가상머신과 컨테이너를 공부하며 만나는 용어를 한국어와 영어 이름, 한 문장 정의, 자세한
            설명과 함께 모았다. 문서 본문에서 점선 밑줄이 그어진 용어에 마우스를 올리거나, 키보드로
            초점을 옮기거나, 손가락으로 누르면 여기 있는 정의를 미리 볼 수 있다.
          </Translate>
        </p>
        <CopyMarkdown permalink={permalink} />
        <Glossary />
      </main>
    </Layout>
  );
}
