/**
 * The search-quality suite: what readers type, and the pages that must be among the first five
 * pages of the search bar's results. Each query aims at what a page is about in every version of
 * its text (the note's own sections, kept in both editions), not at a sentence that may be
 * reworded. Slugs are those of the site contract ('' is the docs index page).
 */
import type { Edition, Locale } from './metrics';

export type QueryKind =
  | 'korean with particles'
  | 'korean, text has particles'
  | 'multi-word'
  | 'inner compound'
  | 'english'
  | 'cross-language';

export interface BenchQuery {
  readonly query: string;
  readonly locale: Locale;
  readonly edition: Edition;
  readonly kind: QueryKind;
  readonly expect: readonly string[];
}

const ko = (
  kind: QueryKind,
  query: string,
  expect: readonly string[],
  edition: Edition = 'revised',
): BenchQuery => ({ query, locale: 'ko', edition, kind, expect });

const en = (
  kind: QueryKind,
  query: string,
  expect: readonly string[],
  edition: Edition = 'revised',
): BenchQuery => ({ query, locale: 'en', edition, kind, expect });

export const QUERIES: readonly BenchQuery[] = [
  // A word with a particle or ending the text does not use with it.
  ko('korean with particles', '컨테이너를', ['containers']),
  ko('korean with particles', '가상머신의', ['vm-problems', 'vms-are-heavy']),
  ko('korean with particles', '하이퍼바이저를', ['deployment-evolution']),
  ko('korean with particles', '라이선스가', ['vm-problems']),
  ko('korean with particles', '마이그레이션이', ['vm-problems']),
  ko('korean with particles', '이식성은', ['vms-are-heavy']),
  ko('korean with particles', '스케일 아웃을', ['vms-are-heavy']),
  ko('korean with particles', '커널에서', ['container-drawbacks']),
  ko('korean with particles', '단점은', ['container-drawbacks']),
  ko('korean with particles', '가상화된', ['deployment-evolution']),
  ko('korean with particles', '에뮬레이션하는', ['deployment-evolution']),
  ko('korean with particles', '하이퍼바이저에서', ['deployment-evolution']),
  ko('korean with particles', '물리 서버에서', ['deployment-evolution']),
  ko('korean with particles', '격리 수준이', ['container-drawbacks']),
  ko('korean with particles', '컨테이너에서', ['containers'], 'original'),
  ko('korean with particles', '불변 인프라로', ['vms-are-heavy'], 'original'),
  ko('korean with particles', '게스트OS가', ['vm-problems'], 'original'),
  ko('korean with particles', '하이퍼바이저로', ['deployment-evolution'], 'original'),
  // The bare word, where the text mostly writes it with particles.
  ko('korean, text has particles', '가상머신', ['vm-problems']),
  ko('korean, text has particles', '물리 서버', ['deployment-evolution']),
  ko('korean, text has particles', '리소스', ['deployment-evolution']),
  ko('korean, text has particles', '시작 시간', ['comparison']),
  ko('korean, text has particles', '불변 인프라', ['vms-are-heavy'], 'original'),
  // Several words, each with its own particle.
  ko('multi-word', '가상머신의 문제점은', ['vm-problems']),
  ko('multi-word', '컨테이너가 호스트 OS에 종속적인', ['container-drawbacks']),
  ko('multi-word', '컨테이너별로 커널을 구성', ['container-drawbacks']),
  ko('multi-word', '게스트 OS의 라이선스', ['vm-problems']),
  ko('multi-word', '도커와 쿠버네티스를', ['self-check']),
  ko('multi-word', '다음에 답해 보자', ['self-check']),
  ko('multi-word', '전통적인 배포의 문제점', ['deployment-evolution']),
  ko('multi-word', '코드로 관리하는 인프라를', ['vms-are-heavy']),
  ko('multi-word', '하이퍼바이저형 가상화와 컨테이너형 가상화를 비교', ['comparison'], 'original'),
  ko('multi-word', '이미지 크기가', ['comparison'], 'original'),
  // A word inside a Korean compound, or a compound the text spaces.
  ko('inner compound', '머신', ['vm-problems']),
  ko('inner compound', '바이저', ['deployment-evolution']),
  ko('inner compound', '하이퍼바이저형', ['deployment-evolution'], 'original'),
  ko('inner compound', '머신', ['vm-problems'], 'original'),
  // English.
  en('english', 'hypervisor', ['deployment-evolution']),
  en('english', 'guest OS license', ['vm-problems']),
  en('english', 'scale out', ['vms-are-heavy']),
  en('english', 'immutable infrastructure', ['vms-are-heavy']),
  en('english', 'host OS kernel', ['container-drawbacks']),
  en('english', 'traditional deployment', ['deployment-evolution']),
  en('english', 'Docker and Kubernetes', ['self-check']),
  en('english', 'virtual machine problems', ['vm-problems'], 'original'),
  en('english', 'startup time', ['comparison'], 'original'),
  // A glossary term in the other language.
  ko('cross-language', 'hypervisor', ['deployment-evolution']),
  ko('cross-language', 'portability', ['vms-are-heavy']),
  ko('cross-language', 'kernel', ['container-drawbacks']),
  ko('cross-language', 'license', ['vm-problems']),
  ko('cross-language', 'immutable infrastructure', ['vms-are-heavy'], 'original'),
  en('cross-language', '하이퍼바이저', ['deployment-evolution']),
  en('cross-language', '이식성', ['vms-are-heavy']),
  en('cross-language', '커널', ['container-drawbacks']),
  en('cross-language', '게스트 OS', ['vm-problems'], 'original'),
  en('cross-language', '컨테이너', ['containers'], 'original'),
  // A product the page writes in Latin letters, typed in Hangul (glossary aliases).
  ko('cross-language', '파이어크래커를', ['container-drawbacks']),
  ko('cross-language', '카타 컨테이너', ['container-drawbacks']),
  ko('cross-language', '도커 데스크톱', ['container-drawbacks']),
  en('cross-language', '지바이저', ['container-drawbacks']),
];
