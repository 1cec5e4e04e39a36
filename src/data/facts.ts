/**
 * Figures the site states in several places (startup times, image sizes, overheads), written once
 * in both languages with their sources. `<Fact id="..." />` renders one in the docs (no import
 * needed: src/remark/mdxComponents.ts registers it), and `comparison.ts` and `glossary.ts` build
 * their text from the same records, so the table, the glossary and the pages say the same thing.
 *
 * To add a figure:
 * 1. Add its sources to `references.ts` first (a real page that states the figure; `editions:
 *    ['revised']`), then append a record below. `sources` takes their `id`s, and TypeScript
 *    rejects an id that is not there.
 * 2. `id` is kebab-case ASCII and never changes once a page uses it.
 * 3. `text` is a noun phrase, not a sentence: no full stop, lower case in English. A Korean
 *    particle depends on the last syllable, so the pages and the data never put one right after
 *    a fact: they use it in parentheses or after a colon, e.g.
 *    `훨씬 빨리 시작한다(<Fact id="container-startup" />).` /
 *    `start much faster (<Fact id="container-startup" />).`
 * 4. Pages, the comparison rows and the glossary state such figures only through a fact;
 *    `src/data/__tests__/facts.test.ts` fails on a startup time or an image size written out.
 */
import type { LocalizedText } from './localized';
import type { ReferenceId } from './references';

export interface Fact {
  /** Kebab-case ASCII; the value of `<Fact id="...">`. */
  readonly id: string;
  /** The figure as a noun phrase, in both languages. */
  readonly text: LocalizedText;
  /** Ids of the references (src/data/references.ts) that support it. */
  readonly sources: readonly ReferenceId[];
}

const FACT_LIST = [
  {
    // What the study measures: from the API request to a usable VM on AWS and GCP, so instance
    // placement and disk setup count as much as the guest OS boot.
    id: 'vm-startup',
    text: {
      ko: '클라우드에서 새 VM을 요청해 쓸 수 있게 되기까지 보통 수십 초에서 몇 분',
      en: 'typically tens of seconds to a few minutes from requesting a cloud VM to using it',
    },
    sources: ['vm-startup-times-study'],
  },
  {
    // A whole `docker run`, most of it runtime overhead (daemon, containerd, runc); creating the
    // namespaces themselves takes some milliseconds.
    id: 'container-startup',
    text: {
      ko: '이미지가 호스트에 있으면 docker run으로 띄우기까지 보통 1초 안팎',
      en: 'typically about a second from docker run to a running container, once the image is on the host',
    },
    sources: ['docker-startup-study'],
  },
  {
    // The size of the virtual disk the guest OS needs, not of a download: Debian's generic and
    // genericcloud images are a disk of a few GB (their .raw files) in a qcow2 file of a few hundred
    // MB (the vendor images, e.g. for Azure or EC2, can be larger); an installation asks for more
    // (Oracle Linux 8: 10 GB, 20 GB recommended; Windows Server: 32 GB).
    id: 'vm-image-size',
    text: {
      ko: '게스트 OS가 든 가상 디스크만 해도 리눅스 클라우드 이미지는 수 GB, 직접 설치한 OS는 보통 10GB에서 수십 GB',
      en: 'a few GB of virtual disk for the guest OS alone from a Linux cloud image, typically 10 GB to tens of GB for an OS you install yourself',
    },
    sources: [
      'debian-cloud-images',
      'oracle-linux-system-requirements',
      'windows-server-hardware-requirements',
    ],
  },
  {
    id: 'container-image-size',
    text: {
      ko: '보통 수 MB에서 수백 MB, GPU·머신러닝 이미지는 수 GB',
      en: 'typically a few MB to a few hundred MB, several GB for GPU and machine-learning images',
    },
    sources: ['docker-hub-alpine', 'docker-startup-study', 'eks-aiml-performance'],
  },
  {
    // Firecracker's figure ends when the guest's init starts: no application, no container yet.
    // It is not comparable with `container-startup`, which is a whole `docker run`.
    id: 'microvm-boot',
    text: {
      ko: 'Firecracker로 마이크로VM을 시작해 게스트의 init 프로세스가 뜨기까지 빠르면 125ms',
      en: "as little as 125 ms with Firecracker from starting a microVM to the guest's init process",
    },
    sources: ['firecracker'],
  },
  {
    // Felter et al.: negligible CPU and memory overhead except in extreme cases, once KVM was
    // tuned (huge pages, vCPU pinning, cache topology); the differences are in I/O.
    id: 'cpu-overhead',
    text: {
      ko: '하드웨어 지원 가상화에서 설정을 맞춘 VM이면 CPU 위주 작업도 네이티브에 가까운 속도',
      en: 'near-native speed for CPU-bound code in a tuned VM with hardware-assisted virtualization',
    },
    sources: ['felter-vm-container-performance'],
  },
] as const satisfies readonly Fact[];

/** The id of a fact, e.g. `'container-startup'`. */
export type FactId = (typeof FACT_LIST)[number]['id'];

export const FACTS: readonly Fact[] = FACT_LIST;

/** Every fact id, for error messages and build-time checks. */
export const FACT_IDS: readonly FactId[] = FACT_LIST.map((fact) => fact.id);

const byId = new Map<string, Fact>(FACT_LIST.map((fact) => [fact.id, fact]));

/** The fact with this id, or undefined (ids come from MDX, so any string may arrive). */
export function getFact(id: string): Fact | undefined {
  return byId.get(id);
}

/** The fact with this id; for the data modules, whose ids TypeScript checks. */
export function fact(id: FactId): Fact {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`No fact "${id}" in src/data/facts.ts`);
  return found;
}

/** The fact's text with its first letter upper-cased, to open a table cell or a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
