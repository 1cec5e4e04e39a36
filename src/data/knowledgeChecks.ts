/**
 * The knowledge checks: 2–4 multiple-choice questions at the end of each revised-edition content
 * page (the sidebar's pages from `vms-are-heavy` through `self-check`), in Korean and English,
 * written from that page's own text. `<KnowledgeCheck />` (src/components/KnowledgeCheck) shows a
 * page's questions: src/remark/knowledgeChecks.ts looks them up by the doc id at build time and
 * passes the page's own, in its language, so a page does not ship this whole module. The Markdown
 * copies (llms.txt) render the same data.
 *
 * How to add or change a question:
 * 1. Add a record to the page's list below. `id`: lower-case ASCII, unique on the page (it names
 *    the form controls, so never reuse one for another question). `legend`: the question.
 *    `choices`: 3 or 4, exactly one with `correct: true`; the others plausible but plainly wrong
 *    by the page's own text. `explanation`: why the right answer is right and the others are not.
 *    `section`: the heading id (`{/* #id *\/}`) of the section of the SAME page that explains it.
 * 2. Korean is 평어체 like the pages (terminology: TERMINOLOGY.md); English follows the English page.
 *    Text is plain; `backticks` mark code (commands, options), as in Markdown.
 * 3. `npx vitest run --project unit src/data` names the page, question and field of any problem
 *    (validateKnowledgeChecks below) and checks that every `section` is a heading of that page in
 *    both locales; `npm run lint:prose` proofreads the text.
 */
import type { LocalizedText } from './localized';

/** One answer a reader can pick. */
export interface KnowledgeCheckChoice {
  readonly text: LocalizedText;
  /** `true` on the one right answer of its question; absent (or false) on the others. */
  readonly correct?: boolean;
}

/**
 * One multiple-choice question of a page's knowledge check, in both languages. Text fields are
 * plain text in which `backticks` mark inline code (as in Markdown); nothing else is markup.
 */
export interface KnowledgeCheckQuestion {
  /** Lower-case ASCII (kebab-case), unique within its page; stable: it names the form controls. */
  readonly id: string;
  /** The question, shown as the `<legend>` of its `<fieldset>`. */
  readonly legend: LocalizedText;
  /** 3 or 4 choices, in the order shown; exactly one has `correct: true`. */
  readonly choices: readonly KnowledgeCheckChoice[];
  /** Why the right answer is right (and the others are not): shown after checking and in the answer disclosure. */
  readonly explanation: LocalizedText;
  /** Heading id (`{/* #id *\/}` in the MDX) of the section of the same page that explains the answer. */
  readonly section: string;
}

/** The questions of each page, keyed by doc id (`vms-are-heavy`...), in the order shown. */
export type KnowledgeChecks = Readonly<Record<string, readonly KnowledgeCheckQuestion[]>>;

/** The first and last doc of the range of pages that have knowledge checks, in sidebar order. */
export const KNOWLEDGE_CHECK_RANGE = { first: 'vms-are-heavy', last: 'self-check' } as const;

export const MIN_QUESTIONS = 2;
export const MAX_QUESTIONS = 4;
export const MIN_CHOICES = 3;
export const MAX_CHOICES = 4;

export const KNOWLEDGE_CHECKS: KnowledgeChecks = {
  'vms-are-heavy': [
    {
      id: 'why-vms-are-heavy',
      legend: {
        ko: 'VM으로 배포 환경 차이와 스케일 아웃 문제를 풀면 "너무 무겁다"고 하는 까닭은 무엇인가?',
        en: 'Why is solving the environment and scale-out problems with VMs called "too heavy"?',
      },
      choices: [
        {
          text: {
            ko: 'VM 안에서는 하이퍼바이저가 모든 CPU 명령을 소프트웨어로 흉내 내어 계산이 몇 배 느리기 때문이다.',
            en: 'Inside a VM the hypervisor imitates every CPU instruction in software, so computation is several times slower.',
          },
        },
        {
          text: {
            ko: 'VM 이미지마다 커널과 시스템 서비스까지 갖춘 게스트 OS가 통째로 들어 있어, 이미지가 크고 인스턴스마다 OS 부팅과 메모리가 든다.',
            en: 'Every VM image carries a whole guest OS, kernel and services included: large images, an OS boot and memory for every instance.',
          },
          correct: true,
        },
        {
          text: {
            ko: 'VM들이 호스트 커널 하나를 공유해서, VM 하나의 문제가 다른 VM에도 번지기 때문이다.',
            en: "VMs share one host kernel, so one VM's problem spreads to the others.",
          },
        },
        {
          text: {
            ko: 'VM 이미지는 복제할 수 없어서, 인스턴스를 늘릴 때마다 OS를 처음부터 손으로 설치해야 하기 때문이다.',
            en: 'VM images cannot be copied, so every new instance needs the OS installed by hand from scratch.',
          },
        },
      ],
      explanation: {
        ko: '무게는 게스트 OS에서 온다. VM 이미지에는 항상 자기 커널과 시스템 서비스까지 갖춘 게스트 OS가 붙어 있어서 이미지가 크고, 인스턴스를 하나 늘릴 때마다 새 VM을 만들어 OS까지 부팅해야 하며, 인스턴스마다 게스트 OS가 메모리를 따로 차지한다. VM 안의 CPU 위주 계산은 네이티브에 가깝고, VM끼리 커널을 공유하지도 않으며, 이미지를 복제하면 스케일 아웃도 된다.',
        en: 'The weight comes from the guest OS. A VM image always carries a whole guest OS, kernel and system services included, so images are large, every added instance means creating a VM and booting an OS, and every instance keeps a guest OS in memory. CPU-bound computation in a VM runs at near-native speed, VMs do not share a kernel, and copying the image does give you scale-out.',
      },
      section: 'vms-too-heavy',
    },
    {
      id: 'where-portability-comes-from',
      legend: {
        ko: '이 페이지에 따르면 컨테이너의 이식성은 무엇에서 오는가?',
        en: 'According to this page, where does the portability of containers come from?',
      },
      choices: [
        {
          text: {
            ko: '코드로 관리하는 인프라와 불변 인프라라는 두 운영 방식에서 온다.',
            en: 'From two ways of operating: infrastructure as code and immutable infrastructure.',
          },
        },
        {
          text: {
            ko: '이미지에 호스트와 같은 커널이 함께 들어 있어서, 어느 호스트에서나 같은 커널로 돌기 때문이다.',
            en: 'The image carries the same kernel as the host, so it runs on the same kernel on any host.',
          },
        },
        {
          text: {
            ko: '애플리케이션과 종속성을 커널 없는 가벼운 이미지 하나로 묶고, 그 형식과 실행 방법을 OCI 표준이 정해 두었기 때문이다.',
            en: 'Bundling the application and its dependencies into one light, kernel-less image whose format and execution the OCI standards define.',
          },
          correct: true,
        },
        {
          text: {
            ko: '이미지 하나가 CPU 아키텍처와 커널을 가리지 않고 어느 호스트에서나 그대로 돌기 때문이다.',
            en: 'One image runs unchanged on any host, whatever its CPU architecture and kernel.',
          },
        },
      ],
      explanation: {
        ko: '이미지는 애플리케이션과 종속성을 함께 담고 커널은 빼서 가볍고, 형식과 실행 방법이 OCI 표준으로 정해져 있어서 표준을 따르는 어느 런타임으로든 실행할 수 있다. 코드로 관리하는 인프라와 불변 인프라는 이 이식성을 실무에서 살리는 운영 방식이지 그 원인이 아니다. 그리고 컨테이너는 호스트의 커널을 빌려 쓰므로, 이미지가 기대하는 커널과 CPU 아키텍처가 호스트와 맞아야 한다.',
        en: 'An image bundles the application with its dependencies and leaves out the kernel, which keeps it light, and the OCI standards fix its format and how it is run, so any runtime that follows the standards can run it. Infrastructure as code and immutable infrastructure put that portability to use in operations; they are not its cause. And since a container borrows the host kernel, the kernel and CPU architecture the image expects must match the host.',
      },
      section: 'portability',
    },
    {
      id: 'containers-and-devops',
      legend: {
        ko: '컨테이너와 데브옵스(DevOps)의 관계를 이 페이지는 어떻게 설명하는가?',
        en: 'How does this page describe the relation between containers and DevOps?',
      },
      choices: [
        {
          text: {
            ko: '컨테이너는 데브옵스를 돕는다. 빌드한 이미지 하나를 테스트와 운영에서 그대로 쓰게 해 준다.',
            en: 'Containers help DevOps: one built image is tested and then run unchanged in production.',
          },
          correct: true,
        },
        {
          text: {
            ko: '데브옵스는 컨테이너가 나온 뒤에야 가능해졌고, 컨테이너를 쓰면 데브옵스가 저절로 이루어진다.',
            en: 'DevOps only became possible once containers existed, and using containers makes it happen by itself.',
          },
        },
        {
          text: {
            ko: '데브옵스는 도커와 쿠버네티스 같은 도구 묶음의 이름이어서, 그 도구를 설치하면 데브옵스를 하는 것이다.',
            en: 'DevOps is the name for a tool set such as Docker and Kubernetes; installing them means doing DevOps.',
          },
        },
      ],
      explanation: {
        ko: '데브옵스는 개발과 운영이 함께 일하며 자주, 안정적으로 배포하려는 문화이자 일하는 방식이다. 그래서 컨테이너 없이도 실천할 수 있고, 컨테이너를 쓴다고 저절로 되지도 않는다. 컨테이너는 빌드한 이미지 하나를 테스트와 운영에서 그대로 쓰게 해서 그 실천을 돕는다. 도커나 쿠버네티스 같은 도구를 설치한다고 데브옵스가 되는 것도 아니다.',
        en: 'DevOps is a culture and a way of working in which development and operations deploy often and reliably together. It can be practiced without containers, and using containers does not bring it about by itself. Containers help by letting one built image be tested and run in production unchanged. Nor does installing tools such as Docker and Kubernetes amount to doing DevOps.',
      },
      section: 'why-containers-matter',
    },
  ],

  'deployment-evolution': [
    {
      id: 'traditional-resource-limits',
      legend: {
        ko: '전통적인 배포에서 한 물리 서버에 여러 애플리케이션을 올리면 무엇이 문제였는가?',
        en: 'In traditional deployment, what was the problem with running several applications on one physical server?',
      },
      choices: [
        {
          text: {
            ko: '애플리케이션 단위로 리소스 경계를 정할 실용적인 방법이 없어서, 한 애플리케이션이 CPU나 메모리를 거의 다 차지하면 다른 애플리케이션의 성능이 떨어졌다.',
            en: 'There was no practical way to set resource boundaries per application, so when one took nearly all the CPU or memory, the others slowed down.',
          },
          correct: true,
        },
        {
          text: {
            ko: '`setrlimit`와 `nice`로 애플리케이션 하나가 쓰는 CPU와 메모리의 총량을 정확히 제한할 수 있었지만, 설정이 번거로웠다.',
            en: '`setrlimit` and `nice` could cap exactly how much CPU and memory an application used in total, but they were tedious to set up.',
          },
        },
        {
          text: {
            ko: 'cgroup이 모든 애플리케이션에 같은 한도를 걸어 버려서, 애플리케이션마다 다른 한도를 줄 수 없었다.',
            en: 'cgroups imposed the same limit on every application, so no application could get a limit of its own.',
          },
        },
        {
          text: {
            ko: '물리 서버 하나에는 애플리케이션을 하나만 설치할 수 있었다.',
            en: 'A physical server could only have one application installed.',
          },
        },
      ],
      explanation: {
        ko: '흔히 쓰던 리눅스 서버의 전통적인 배포에는 애플리케이션 단위로 리소스 경계를 정할 실용적인 방법이 없었다(Solaris나 AIX 같은 상용 유닉스에는 비슷한 도구가 먼저 있었다). `setrlimit`(`ulimit`)와 `nice`는 프로세스 하나하나에 한도나 우선순위를 걸 뿐, 여러 프로세스로 이루어진 애플리케이션 전체의 사용량은 정할 수 없었다. 프로세스 묶음을 제한하는 cgroup은 2008년 리눅스 2.6.24에야 들어왔다. 그래서 애플리케이션마다 서버를 따로 두는 대안이 나왔고, 그 대가는 낮은 활용률과 서버 유지 비용이었다.',
        en: 'Traditional deployment on the Linux servers most people ran had no practical way to set resource boundaries per application (commercial Unix systems such as Solaris and AIX had similar tools earlier). `setrlimit` (`ulimit`) and `nice` set limits or priorities on single processes, not on the total use of an application made of several processes. cgroups, which limit groups of processes, only arrived in Linux 2.6.24 in 2008. Hence the alternative of one server per application, at the price of idle resources and the cost of many servers.',
      },
      section: 'traditional-deployment',
    },
    {
      id: 'vm-cpu-speed',
      legend: {
        ko: '오늘날의 하이퍼바이저에서 VM 안의 CPU 위주 계산이 네이티브에 가까운 속도로 도는 까닭은 무엇인가?',
        en: "Why does CPU-bound computation inside a VM run at near-native speed on today's hypervisors?",
      },
      choices: [
        {
          text: {
            ko: '하이퍼바이저가 CPU를 비롯한 하드웨어 전체를 에뮬레이션하는데, 그 에뮬레이션이 충분히 최적화되어 있기 때문이다.',
            en: 'The hypervisor emulates all the hardware, CPU included, and that emulation is well optimized.',
          },
        },
        {
          text: {
            ko: 'VM이 호스트 OS의 커널을 공유해서, 게스트 커널 없이 실행되기 때문이다.',
            en: "The VM shares the host OS's kernel and runs without a guest kernel.",
          },
        },
        {
          text: {
            ko: 'CPU의 가상화 확장 기능 덕분에 게스트 명령 대부분이 실제 CPU에서 실행되고, 특권 명령 같은 일부만 하이퍼바이저로 넘어가기 때문이다.',
            en: "With the CPU's virtualization extensions, most guest instructions run on the real CPU; only some, such as privileged ones, go to the hypervisor.",
          },
          correct: true,
        },
        {
          text: {
            ko: '게스트 OS가 부팅하지 않고 호스트의 프로세스로 바로 시작하기 때문이다.',
            en: 'The guest OS does not boot; it starts directly as a process of the host.',
          },
        },
      ],
      explanation: {
        ko: '하이퍼바이저는 하드웨어 전체를 에뮬레이션하지 않는다. CPU의 가상화 확장 기능 아래에서 게스트의 명령은 대부분 실제 CPU에서 실행되므로, VM 안의 CPU 위주 계산은 네이티브에 가깝다. CPU까지 소프트웨어로 흉내 내는 에뮬레이션은 훨씬 느려서 주로 다른 CPU 아키텍처용 시스템을 돌릴 때 쓴다. VM은 자기 커널을 가진 완전한 머신이고, 게스트 OS는 보통 BIOS나 UEFI 같은 가상 펌웨어로 부팅한다.',
        en: "Hypervisors do not emulate all the hardware. Under the CPU's virtualization extensions most guest instructions run on the real CPU, so CPU-bound computation in a VM runs at near-native speed. Emulating the CPU in software is far slower and is mostly used to run systems built for another CPU architecture. A VM is a complete machine with its own kernel, and its guest OS usually boots from virtual firmware such as a BIOS or UEFI.",
      },
      section: 'virtualized-deployment',
    },
    {
      id: 'hypervisor-types',
      legend: {
        ko: '타입 1 하이퍼바이저와 타입 2 하이퍼바이저의 차이를 바르게 말한 것은?',
        en: 'Which statement gets the difference between type 1 and type 2 hypervisors right?',
      },
      choices: [
        {
          text: {
            ko: '타입 1(VirtualBox 등)은 호스트 OS 위에서 프로그램으로 돌고, 타입 2(VMware ESXi, Xen 등)는 하드웨어 위에서 바로 돈다.',
            en: 'Type 1 (VirtualBox...) runs as a program on a host OS; type 2 (VMware ESXi, Xen...) runs directly on the hardware.',
          },
        },
        {
          text: {
            ko: '타입 1은 CPU를 에뮬레이션하고, 타입 2는 CPU의 가상화 확장 기능을 쓴다.',
            en: "Type 1 emulates the CPU; type 2 uses the CPU's virtualization extensions.",
          },
        },
        {
          text: {
            ko: '타입 1은 리눅스 게스트만, 타입 2는 Windows 게스트만 돌릴 수 있다.',
            en: 'Type 1 can only run Linux guests; type 2 can only run Windows guests.',
          },
        },
        {
          text: {
            ko: '타입 1(VMware ESXi, Xen 등)은 하드웨어 위에서 바로 돌고, 타입 2(VirtualBox 등)는 호스트 OS 위에서 프로그램으로 돈다.',
            en: 'Type 1 (VMware ESXi, Xen...) runs directly on the hardware; type 2 (VirtualBox...) runs as a program on a host OS.',
          },
          correct: true,
        },
      ],
      explanation: {
        ko: '두 타입은 하이퍼바이저가 어디서 도는지로 나뉜다. 타입 1은 하드웨어 위에서 바로, 타입 2는 호스트 OS 위의 프로그램으로 돈다. 리눅스의 KVM은 호스트 OS의 커널 자체를 하이퍼바이저로 만들며, Red Hat은 이를 타입 1로 분류한다. 데이터센터와 서버 환경에서는 타입 1이 가장 흔하다. 타입은 CPU를 에뮬레이션하는지와 관계가 없다. 오늘날은 두 타입 모두 CPU의 가상화 확장 기능을 쓰고, 어느 타입이든 게스트 OS의 종류를 정하지 않는다.',
        en: "The two types differ in where the hypervisor runs: type 1 directly on the hardware, type 2 as a program on a host OS. Linux KVM turns the host kernel itself into a hypervisor, and Red Hat classes it as type 1. Type 1 is the most common in data centers and servers. The types say nothing about emulation: today both use the CPU's virtualization extensions, and neither restricts which guest OSes run.",
      },
      section: 'virtualized-deployment',
    },
  ],

  'vm-problems': [
    {
      id: 'memory-per-vm',
      legend: {
        ko: '같은 OS를 쓰는 VM 열 개를 한 호스트에서 돌리면 메모리가 많이 드는 까닭은 무엇인가?',
        en: 'Why do ten VMs running the same OS on one host take so much memory?',
      },
      choices: [
        {
          text: {
            ko: 'VM 열 개가 호스트 커널 하나를 공유해서, 그 커널이 쓰든 안 쓰든 VM 수만큼 메모리를 미리 잡아 두기 때문이다.',
            en: 'The ten VMs share one host kernel, which reserves a fixed block of memory for each of them in advance, used or not.',
          },
        },
        {
          text: {
            ko: 'KSM(Kernel Samepage Merging)이 VM마다 메모리 페이지를 한 벌씩 복제해 두기 때문이다.',
            en: 'KSM (Kernel Samepage Merging) keeps a copy of the memory pages for each VM.',
          },
        },
        {
          text: {
            ko: '하이퍼바이저가 VM 안의 명령을 모두 에뮬레이션하느라 명령마다 메모리를 더 쓰기 때문이다.',
            en: 'The hypervisor emulates every instruction in the VM and uses extra memory for each one.',
          },
        },
        {
          text: {
            ko: 'VM마다 게스트 커널, 시스템 서비스, 파일 캐시가 따로 있어 거의 같은 내용이 메모리에 열 벌 올라가기 때문이다.',
            en: 'Each VM holds its own guest kernel, system services and file cache, so near-identical copies sit in memory ten times over.',
          },
          correct: true,
        },
      ],
      explanation: {
        ko: '게스트 커널, 시스템 서비스, 커널이 파일을 캐시해 두는 메모리가 VM마다 따로 있어서, 같은 OS를 쓰는 VM 열 개면 거의 같은 커널과 라이브러리가 메모리에 열 벌 올라간다. KSM은 거꾸로 이런 중복 페이지를 합쳐 한 서버에 VM을 더 많이 올리려고 KVM용으로 처음 만든 기능이다. VM끼리 커널을 공유하지 않으며, VM 안의 CPU 위주 계산은 네이티브에 가깝다.',
        en: 'Each VM keeps its own guest kernel, system services and the memory in which the kernel caches files, so ten VMs with the same OS hold ten near-identical copies of the kernel and libraries. KSM does the opposite of copying: it was first built for KVM to merge such duplicate pages and fit more VMs on a server. VMs do not share a kernel, and CPU-bound computation in a VM runs at near-native speed.',
      },
      section: 'boot-and-memory',
    },
    {
      id: 'configuration-drift',
      legend: {
        ko: '같은 이미지에서 출발한 VM들이 시간이 지나며 점점 서로 다른 서버가 된다. 이 현상을 무엇이라 하고, 이 페이지는 무엇을 답으로 드는가?',
        en: 'VMs started from the same image slowly become different servers. What does this page call this, and what does it give as the answer?',
      },
      choices: [
        {
          text: {
            ko: '라이브 마이그레이션 때문이다. VM을 다른 호스트로 옮길 때마다 설정이 바뀌므로, 마이그레이션을 하지 않는 것이 답이다.',
            en: 'Live migration: settings change each time a VM moves to another host, so the answer is not to migrate.',
          },
        },
        {
          text: {
            ko: '구성 드리프트다. 오래 켜 둔 VM을 그 자리에서 고쳐 쓰기 때문에 생기고, 새 이미지로 교체하는 불변 인프라가 답이다.',
            en: 'Configuration drift, from fixing long-running VMs in place; the answer is immutable infrastructure, replacing servers with new images.',
          },
          correct: true,
        },
        {
          text: {
            ko: '구성 드리프트(configuration drift)다. 하이퍼바이저가 VM마다 다른 가상 하드웨어를 주기 때문에 생기고, 모든 VM을 같은 물리 서버에 두는 것이 답이다.',
            en: 'Configuration drift: the hypervisor gives each VM different virtual hardware, and the answer is to keep all VMs on one physical server.',
          },
        },
        {
          text: {
            ko: '게스트 OS 라이선스 문제다. VM마다 라이선스 조건이 달라서 생기고, 무료 배포판을 쓰면 풀린다.',
            en: 'A guest OS licensing problem: each VM has different license terms, and using a free distribution solves it.',
          },
        },
      ],
      explanation: {
        ko: 'VM은 한 번 만들면 오래 켜 두고 그 자리에서 고쳐 쓰는 경우가 많아서, 패치 시점, 손으로 바꾼 설정, 설치한 패키지가 VM마다 다르게 쌓인다. 이렇게 시스템이 의도한 상태에서 조금씩 벗어나는 것이 구성 드리프트다. 답은 서버를 고쳐 쓰지 않고 새 이미지로 통째로 교체하는 불변 인프라이고, 컨테이너가 그것을 쉽게 만든다. 드리프트는 라이선스와 상관없이, 제자리에서 고쳐 쓰는 데서 생긴다.',
        en: 'VMs are often kept running for a long time and fixed in place, so patch dates, settings changed by hand and installed packages pile up differently on each one. This slow departure from the intended state is configuration drift. The answer is immutable infrastructure, replacing servers with new images instead of changing them, which containers make easy. Drift has nothing to do with licenses; it comes from fixing servers in place.',
      },
      section: 'guest-os-drift',
    },
    {
      id: 'cold-migration',
      legend: {
        ko: 'VM을 끄고 다른 하이퍼바이저를 쓰는 가상화 환경으로 옮길 때 흔히 드는 부담은 무엇인가?',
        en: 'What burden usually comes with shutting a VM down and moving it to a virtualization environment with another hypervisor?',
      },
      choices: [
        {
          text: {
            ko: '게스트 OS 전체를 담은 큰 디스크 이미지를 복사하고, 형식(VMDK, qcow2 등)을 `qemu-img convert` 같은 도구로 바꿔야 하는 경우가 많다.',
            en: 'Copying a large disk image holding the whole guest OS, often converting its format (VMDK, qcow2...) with a tool such as `qemu-img convert`.',
          },
          correct: true,
        },
        {
          text: {
            ko: '받는 쪽 하이퍼바이저가 다른 형식의 디스크 이미지도 그대로 읽으므로, 게스트 커널만 바꾸면 된다.',
            en: 'The other hypervisor reads any disk image format as is; only the guest kernel has to be replaced.',
          },
        },
        {
          text: {
            ko: 'VM 이미지에는 커널이 없어서, 받는 쪽 호스트의 커널 버전을 보내는 쪽과 맞춰야 한다.',
            en: "VM images contain no kernel, so the receiving host's kernel version must match the sending host's.",
          },
        },
      ],
      explanation: {
        ko: 'VM을 끄고 옮길 때는 디스크 이미지 전체를 복사한다. 게스트 OS를 통째로 담은 큰 파일을 네트워크로 보내야 하고, 하이퍼바이저마다 디스크 이미지 형식이 달라 형식을 바꿔야 하는 경우가 많다. 메모리 내용과 장치 상태를 보내며 VM을 계속 돌리는 것은 라이브 마이그레이션이고, 그것은 같은 하이퍼바이저와 보통 공유 스토리지가 있어야 하는 한 가상화 환경 안의 방법이다. VM 이미지에는 게스트 커널이 들어 있다.',
        en: 'Moving a VM that is shut down means copying its whole disk image: a large file holding the guest OS goes over the network, and since disk image formats differ between hypervisors it often has to be converted. Sending memory contents and device state while the VM keeps running is live migration, which works within one virtualization environment: the same hypervisor, and usually shared storage. A VM image does contain a guest kernel.',
      },
      section: 'images-and-migration',
    },
  ],

  containers: [
    {
      id: 'namespaces-and-cgroups',
      legend: {
        ko: '네임스페이스와 cgroup이 각각 맡는 일을 바르게 짝지은 것은?',
        en: 'Which pairing of namespaces and cgroups with what they do is right?',
      },
      choices: [
        {
          text: {
            ko: '네임스페이스는 CPU와 메모리 사용량을 제한하고, cgroup은 프로세스가 볼 수 있는 범위를 나눈다.',
            en: 'Namespaces limit CPU and memory use; cgroups divide what a process can see.',
          },
        },
        {
          text: {
            ko: '네임스페이스는 프로세스가 무엇을 볼 수 있는지 나누고, cgroup은 프로세스 그룹이 리소스를 얼마나 쓸 수 있는지 제한한다.',
            en: 'Namespaces divide what a process can see; cgroups limit how much of the resources a group of processes can use.',
          },
          correct: true,
        },
        {
          text: {
            ko: '둘 다 하이퍼바이저의 기능으로, 컨테이너마다 가상 하드웨어를 나눠 준다.',
            en: 'Both are hypervisor features that give each container its share of virtual hardware.',
          },
        },
        {
          text: {
            ko: '네임스페이스는 이미지의 레이어들을 겹쳐 하나의 파일시스템으로 보여 주고, cgroup은 레지스트리에서 이미지를 찾아 내려받는다.',
            en: "Namespaces merge an image's layers into one filesystem; cgroups find images in a registry and pull them to the host.",
          },
        },
      ],
      explanation: {
        ko: '"컨테이너"라는 커널 기능이 따로 있는 것은 아니고, 리눅스 커널의 기능을 조합해 격리된 프로세스를 만든다. 네임스페이스는 무엇이 보이는가(자기 프로세스, 자기 루트 파일시스템, 자기 네트워크 인터페이스)를, cgroup은 얼마나 쓸 수 있는가(CPU, 메모리, 블록 I/O)를 맡는다. 둘 다 하이퍼바이저가 아니라 커널의 기능이다. 레이어를 겹쳐 보여 주는 것은 유니언 파일시스템이다.',
        en: 'There is no single "container" feature in the kernel: a container is an isolated process built from several Linux kernel features. Namespaces decide what is visible (its own processes, root filesystem, network interfaces); cgroups decide how much can be used (CPU, memory, block I/O). Both are kernel features, not hypervisor ones. Merging layers is the job of a union filesystem.',
      },
      section: 'how-containers-work',
    },
    {
      id: 'root-in-docker',
      legend: {
        ko: '리눅스 호스트의 도커에서 rootless 모드나 `userns-remap`을 설정하지 않고 컨테이너를 실행했다. 컨테이너 안의 root는 호스트에서 누구인가?',
        en: 'A container runs under Docker on a Linux host without rootless mode or `userns-remap`. Who is root inside the container on the host?',
      },
      choices: [
        {
          text: {
            ko: '호스트의 권한 없는 일반 사용자다. 사용자 네임스페이스가 항상 켜져 있기 때문이다.',
            en: 'An unprivileged user of the host, because user namespaces are always on.',
          },
        },
        {
          text: {
            ko: '호스트에는 대응하는 사용자가 없다. 컨테이너의 사용자는 컨테이너의 게스트 OS에만 있다.',
            en: "No host user at all: container users exist only in the container's guest OS.",
          },
        },
        {
          text: {
            ko: '호스트에서도 root(UID 0)다. 도커는 사용자 네임스페이스를 기본으로 켜지 않는다.',
            en: 'Root (UID 0) on the host too: Docker leaves user namespaces off by default.',
          },
          correct: true,
        },
      ],
      explanation: {
        ko: '사용자 네임스페이스를 쓰면 컨테이너 안의 root를 호스트의 권한 없는 사용자에 대응시킬 수 있다. 하지만 도커는 이 기능을 기본으로 켜지 않아서, rootless 모드나 `userns-remap`을 설정하지 않으면 컨테이너 안의 root가 호스트에서도 root(UID 0)다. 다만 기본으로 capabilities 일부가 빠지고 seccomp 프로필이 걸려 있어 호스트 root의 권한을 모두 갖지는 않는다. 그래도 컨테이너를 벗어나면 root다. 컨테이너에는 게스트 OS가 없다. 그래서 컨테이너 안에서 root로 실행하지 않는 것 같은 방어를 여러 겹으로 더한다.',
        en: "User namespaces can map root in a container to an unprivileged user of the host. But Docker does not enable them by default, so without rootless mode or `userns-remap`, root in the container is root (UID 0) on the host. It runs with a reduced set of capabilities and a seccomp profile, so it lacks some of host root's powers, but once out of the container it is root. A container has no guest OS. That is why defenses such as not running as root inside the container are added in layers.",
      },
      section: 'namespaces',
    },
    {
      id: 'where-writes-go',
      legend: {
        ko: '실행 중인 컨테이너가 볼륨을 붙이지 않은 경로(예: `/app/report.txt`)에 파일을 새로 썼다. 그 파일은 어디에 저장되는가?',
        en: 'A running container writes a new file to a path with no volume mounted (say `/app/report.txt`). Where is it stored?',
      },
      choices: [
        {
          text: {
            ko: '이미지의 맨 위 레이어에 저장되어, 같은 이미지로 만든 다른 컨테이너에도 그대로 보인다.',
            en: "In the image's top layer, where other containers made from the same image see it too.",
          },
        },
        {
          text: {
            ko: '`Dockerfile`의 마지막 `RUN` 명령이 만든 레이어에 덧붙여진다.',
            en: 'It is appended to the layer that the last `RUN` instruction of the `Dockerfile` created.',
          },
        },
        {
          text: {
            ko: '이미지의 읽기 전용 레이어 위에 놓인, 그 컨테이너의 쓰기 가능 레이어에 저장된다.',
            en: "In the container's thin writable layer, on top of the image's read-only layers.",
          },
          correct: true,
        },
        {
          text: {
            ko: '호스트가 컨테이너마다 만들어 두는 가상 디스크 이미지(qcow2 등)에 저장된다.',
            en: 'In a virtual disk image (qcow2 or similar) that the host creates for each container.',
          },
        },
      ],
      explanation: {
        ko: '컨테이너 이미지는 읽기 전용 레이어를 쌓은 것이고, 레이어는 `RUN`, `COPY`, `ADD`처럼 파일시스템을 바꾸는 명령이 빌드할 때 만든다. 컨테이너를 실행하면 그 위에 얇은 쓰기 가능 레이어가 하나 올라가고, 유니언 파일시스템(리눅스에서는 주로 OverlayFS)이 이 레이어들을 겹쳐 하나의 파일시스템처럼 보여 준다. 이미지 레이어는 바뀌지 않으므로 같은 이미지로 만든 다른 컨테이너에는 영향이 없다.',
        en: 'A container image is a stack of read-only layers, made at build time by the instructions that change the filesystem, such as `RUN`, `COPY` and `ADD`. Running a container adds one thin writable layer on top, and a union filesystem (on Linux usually OverlayFS) presents the layers as one filesystem. The image layers do not change, so other containers made from the same image are not affected.',
      },
      section: 'layered-images',
    },
    {
      id: 'cpu-architecture',
      legend: {
        ko: 'amd64 호스트용으로 빌드한 이미지가 arm64 호스트에서 실행되지 않는다. 이유와 흔한 해결책은 무엇인가?',
        en: 'An image built for amd64 hosts does not run on an arm64 host. Why, and what is the usual fix?',
      },
      choices: [
        {
          text: {
            ko: '이미지 속 바이너리는 특정 CPU 아키텍처용이다. 아키텍처별 이미지를 한 이름으로 묶은 멀티 플랫폼 이미지를 만들어, 호스트가 자기 아키텍처에 맞는 것을 받게 한다.',
            en: 'The binaries in an image are built for one CPU architecture. Build a multi-platform image, one name for per-architecture images, so each host pulls the one for its architecture.',
          },
          correct: true,
        },
        {
          text: {
            ko: '이미지에 들어 있는 커널이 amd64용이다. arm64용 커널을 이미지에 더하면 된다.',
            en: 'The kernel inside the image is built for amd64; adding an arm64 kernel to the image fixes it.',
          },
        },
        {
          text: {
            ko: 'OCI 표준이 아키텍처마다 다른 이미지 형식을 정한다. 이미지를 arm64 형식으로 변환하면 된다.',
            en: 'The OCI standards define a different image format per architecture; converting the image to the arm64 format fixes it.',
          },
        },
        {
          text: {
            ko: 'arm64 호스트의 cgroup 버전이 달라서다. 호스트를 cgroup v1로 되돌리면 된다.',
            en: "The arm64 host's cgroup version differs; switching the host back to cgroup v1 fixes it.",
          },
        },
      ],
      explanation: {
        ko: '이미지에 빠진 것, 즉 커널과 하드웨어는 호스트가 대 준다. 이미지에는 커널이 없고, 이미지 속 바이너리는 `amd64`, `arm64` 같은 특정 아키텍처용이다. 그래서 아키텍처별 이미지를 한 이름으로 묶은 멀티 플랫폼 이미지를 만들어 호스트가 자기 아키텍처에 맞는 것을 받게 한다. 이미지 형식은 아키텍처와 상관없이 같고, 다른 것은 그 안의 바이너리다.',
        en: 'What an image leaves out, the kernel and the hardware, comes from the host. An image contains no kernel, and its binaries are built for one architecture, such as `amd64` or `arm64`. So one builds a multi-platform image, per-architecture images under one name, and each host pulls the one for its architecture. The image format is the same on every architecture; what differs is the binaries inside.',
      },
      section: 'portability-limits',
    },
  ],

  comparison: [
    {
      id: 'reading-startup-figures',
      legend: {
        ko: "동료가 표를 보고 '컨테이너 수치가 훨씬 작으니, 새 이미지를 처음 배포해도 앱은 그 시간 안에 요청을 받는다'고 한다. 무엇을 놓쳤나?",
        en: "A colleague reads the table: 'the container figure is far smaller, so even on a first deployment of a new image the app serves requests within that time.' What did they miss?",
      },
      choices: [
        {
          text: {
            ko: '놓친 것이 없다. 컨테이너 쪽 수치에는 이미지를 처음 내려받는 시간과 앱의 초기화 시간이 이미 들어 있고, VM 쪽 수치에는 없다.',
            en: "Nothing: the container figure already includes pulling the image for the first time and the app's own initialization; the VM figure does not.",
          },
        },
        {
          text: {
            ko: '컨테이너 수치는 이미지가 호스트에 있을 때 띄우는 시간이다. 처음이면 이미지를 내려받는 시간과 앱의 초기화 시간이 더해진다.',
            en: "The container figure assumes the image is already on the host; a first deployment adds the image pull and the app's own initialization.",
          },
          correct: true,
        },
        {
          text: {
            ko: '컨테이너도 VM처럼 게스트 커널을 부팅하지만, 더 작은 커널을 쓰기 때문에 수치가 작다.',
            en: 'Containers boot a guest kernel too, just a smaller one, which is why their figure is lower.',
          },
        },
      ],
      explanation: {
        ko: 'VM은 게스트 OS를 통째로 부팅해야 하고, 새로 만들 때는 그 전에 인스턴스를 배치하고 디스크 이미지를 준비한다. 컨테이너는 이미 돌고 있는 커널 위에서 격리된 프로세스를 시작할 뿐이다. 두 수치는 재는 구간이 달라서 VM 쪽에는 클라우드가 VM을 준비하는 시간까지 들어 있고, 이미지를 처음 내려받는 시간과 애플리케이션 자신의 초기화 시간은 어느 쪽이든 따로 든다.',
        en: 'A VM must boot a whole guest OS, and a new one is first placed and given a disk image. A container only starts an isolated process on a kernel that is already running. The two figures measure different spans, the VM one including the time the cloud takes to provision the VM; pulling an image for the first time and the application initializing itself take extra time on either side.',
      },
      section: 'table-sources',
    },
    {
      id: 'writable-layer-data',
      legend: {
        ko: '볼륨 없이 돌던 컨테이너가 `/app/data`에 파일을 남겼다. 도커에서 `docker rm`으로 지우고 같은 이미지로 다시 만들거나, 쿠버네티스에서 컨테이너가 죽었다가 다시 시작되면 그 파일은 어떻게 되는가?',
        en: 'A container with no volume leaves a file in `/app/data`. What happens to it if, in Docker, the container is removed with `docker rm` and recreated from the same image, or, in Kubernetes, the container crashes and restarts?',
      },
      choices: [
        {
          text: {
            ko: '어느 쪽이든 남는다. 파일은 이미지 레이어에 저장된다.',
            en: 'Kept either way: files are saved into the image layers.',
          },
        },
        {
          text: {
            ko: '도커에서는 남고 쿠버네티스에서는 사라진다. 도커는 같은 이미지로 만든 컨테이너에 쓰기 가능 레이어를 다시 붙인다.',
            en: 'Kept in Docker, gone in Kubernetes: Docker reattaches the writable layer to a container made from the same image.',
          },
        },
        {
          text: {
            ko: '어느 쪽이든 사라진다. 쓰기 가능 레이어는 그 컨테이너의 것이므로, 남길 데이터는 볼륨에 둔다.',
            en: 'Gone either way: the writable layer belonged to that container, so data to keep goes in a volume.',
          },
          correct: true,
        },
      ],
      explanation: {
        ko: '쓰기 가능 레이어는 도커에서는 컨테이너를 삭제할 때 함께 사라지고, 쿠버네티스에서는 컨테이너가 다시 시작될 때 깨끗한 상태로 돌아간다. 그래서 어느 쪽이든 임시 공간으로 여기고, 남길 데이터는 볼륨에 둔다. 같은 이미지로 다시 만든 컨테이너는 새 쓰기 가능 레이어를 받고, 이미지 레이어는 읽기 전용이어서 쓰기 가능 레이어의 내용이 이미지로 돌아가지 않는다.',
        en: 'In Docker the writable layer goes when the container is deleted; in Kubernetes a restarted container starts from a clean state. So treat it as temporary either way and keep data that must last in a volume. A container recreated from the same image gets a new writable layer, and image layers are read-only, so nothing in the writable layer goes back into the image.',
      },
      section: 'table-sources',
    },
    {
      id: 'recap-trade-off',
      legend: {
        ko: '하이퍼바이저형 가상화와 컨테이너형 가상화를 바르게 비교한 것은?',
        en: 'Which comparison of hypervisor-based and container-based virtualization is right?',
      },
      choices: [
        {
          text: {
            ko: 'VM은 게스트 OS(커널 포함)를 통째로 실어 무겁지만 격리가 강하고, 컨테이너는 호스트 커널을 공유해 가볍지만 격리가 약하다.',
            en: 'VMs carry a whole guest OS, kernel included: heavy but strongly isolated. Containers share the host kernel: light but more weakly isolated.',
          },
          correct: true,
        },
        {
          text: {
            ko: '컨테이너는 커널을 공유하지 않기 때문에 VM보다 격리가 강하다.',
            en: 'Containers do not share the kernel, so they are more strongly isolated than VMs.',
          },
        },
        {
          text: {
            ko: '컨테이너는 하드웨어 수준 가상화이고, VM은 운영체제 수준 가상화다.',
            en: 'Containers are hardware-level virtualization; VMs are OS-level virtualization.',
          },
        },
        {
          text: {
            ko: 'VM과 컨테이너 모두 게스트 커널을 싣지만, 컨테이너의 커널이 더 작아서 가볍다.',
            en: "VMs and containers both carry a guest kernel, but the container's is smaller, so containers are lighter.",
          },
        },
      ],
      explanation: {
        ko: '하이퍼바이저형 가상화는 하드웨어 수준 가상화이고, 컨테이너형 가상화는 운영체제 수준 가상화다. 컨테이너 이미지에는 커널이 없어 작고, 컨테이너는 커널을 부팅하지 않으므로 시작과 정지가 빠르다. 하지만 모든 컨테이너가 호스트 커널 하나를 공유하므로 격리는 VM보다 약하다. 둘 중 하나를 고르는 문제도 아니어서, VM 위에서 컨테이너를 돌리는 것이 흔하다.',
        en: "Hypervisor-based virtualization is hardware-level virtualization; container-based virtualization is OS-level virtualization. Container images contain no kernel, so they are small, and a container boots no kernel, so it starts and stops quickly. But all containers share one host kernel, so their isolation is weaker than a VM's. Nor is it a choice of one or the other: running containers on VMs is common.",
      },
      section: 'recap',
    },
  ],

  'container-drawbacks': [
    {
      id: 'uname-in-container',
      legend: {
        ko: 'Ubuntu 리눅스 호스트에 설치한 도커 엔진(Docker Engine)에서 `docker run --rm alpine uname -r`을 실행하면 무엇이 나오는가?',
        en: 'With Docker Engine installed on an Ubuntu Linux host, what does `docker run --rm alpine uname -r` print?',
      },
      choices: [
        {
          text: {
            ko: 'Alpine 이미지에 들어 있는 Alpine 커널의 버전.',
            en: 'The version of the Alpine kernel inside the Alpine image.',
          },
        },
        {
          text: {
            ko: '호스트(Ubuntu)의 커널 버전. 컨테이너는 호스트 커널을 쓰고, 이미지에서 오는 것은 Alpine의 유저랜드다.',
            en: "The kernel version of the Ubuntu host: the container uses the host kernel, and what comes from the image is Alpine's userland.",
          },
          correct: true,
        },
        {
          text: {
            ko: '도커가 컨테이너마다 띄우는 작은 VM의 커널 버전. 도커 엔진은 컨테이너를 하나하나 가벼운 VM 안에 넣어 실행한다.',
            en: 'The kernel version of a small VM that Docker starts for each container: Docker Engine runs every container inside its own light VM.',
          },
        },
        {
          text: {
            ko: '아무것도 나오지 않는다. 컨테이너 안에는 커널이 없어서 `uname`이 실패한다.',
            en: 'Nothing: there is no kernel in a container, so `uname` fails.',
          },
        },
      ],
      explanation: {
        ko: '리눅스 컨테이너는 리눅스 커널이 관리하는 것이고 실행 중인 커널은 하나이므로, 컨테이너는 호스트 OS의 커널을 쓴다. 그래서 `uname -r`은 안과 밖에서 같은 호스트의 커널 버전을 보여 주고, `cat /etc/os-release`는 이미지의 유저랜드(Alpine)를 보여 준다. 다만 Docker Desktop(macOS, Windows, 리눅스용 포함)에서는 Docker Desktop이 띄운 리눅스 VM의 커널 버전이 나온다.',
        en: "Linux containers are managed by the Linux kernel, and only one kernel is running, so a container uses the host OS's kernel. `uname -r` therefore shows the same host kernel version inside and outside, while `cat /etc/os-release` shows the image's userland (Alpine). With Docker Desktop (on macOS, Windows, and also on Linux), though, it shows the kernel of the Linux VM that Docker Desktop runs.",
      },
      section: 'host-os-dependency',
    },
    {
      id: 'docker-desktop-on-macos',
      legend: {
        ko: 'macOS의 Docker Desktop에서 리눅스 컨테이너는 어떻게 도는가?',
        en: 'How do Linux containers run in Docker Desktop on macOS?',
      },
      choices: [
        {
          text: {
            ko: '리눅스 컨테이너가 macOS 커널 위에서 직접 돈다. 도커가 리눅스 시스템 콜을 하나하나 macOS 시스템 콜로 바꿔 준다.',
            en: 'Linux containers run directly on the macOS kernel: Docker translates each Linux system call into a macOS one.',
          },
        },
        {
          text: {
            ko: '이미지마다 리눅스 커널이 들어 있어서, 컨테이너를 띄울 때 그 커널을 macOS 위에서 부팅한다.',
            en: 'Each image contains a Linux kernel, which is booted on macOS when the container starts.',
          },
        },
        {
          text: {
            ko: 'macOS에서는 리눅스 이미지를 쓸 수 없어서, macOS용으로 다시 빌드한 이미지만 실행된다.',
            en: 'Linux images cannot be used on macOS; only images rebuilt for macOS run.',
          },
        },
        {
          text: {
            ko: 'Docker Desktop이 가벼운 리눅스 VM을 하나 띄우고, 컨테이너들은 그 VM 안의 리눅스 커널을 공유하며 돈다.',
            en: 'Docker Desktop starts one light Linux VM, and the containers run inside it, sharing its Linux kernel.',
          },
          correct: true,
        },
      ],
      explanation: {
        ko: '리눅스 컨테이너에는 리눅스 커널이 필요하다. macOS의 Docker Desktop은 Apple Virtualization framework 같은 가상머신 관리자로 가벼운 리눅스 VM을 하나 띄우고, 컨테이너는 그 VM의 리눅스 커널 위에서 돈다. Windows에서는 주로 WSL 2의 유틸리티 VM이 그 커널을 대 준다. 이미지에는 커널이 없고, 시스템 콜을 바꿔 주는 층도 없다. "호스트 OS에 종속적"이라는 한계는 필요한 커널을 가진 VM을 하나 두는 것으로 풀린다.',
        en: "Linux containers need a Linux kernel. Docker Desktop on macOS starts one light Linux VM through a virtual machine manager such as the Apple Virtualization framework, and the containers run on that VM's Linux kernel. On Windows the kernel mostly comes from the WSL 2 utility VM. Images contain no kernel, and nothing translates system calls. The dependency on the host OS is solved by one VM with the kernel that is needed.",
      },
      section: 'containers-on-macos-and-windows',
    },
    {
      id: 'why-isolation-is-weaker',
      legend: {
        ko: '컨테이너의 격리가 VM보다 약하다고 하는 핵심 까닭은 무엇인가?',
        en: "What is the main reason container isolation is called weaker than a VM's?",
      },
      choices: [
        {
          text: {
            ko: '모든 컨테이너가 호스트 커널 하나를 직접 호출하므로, 커널 취약점 하나로 탈출해 호스트와 다른 컨테이너까지 위험해질 수 있다.',
            en: 'All containers call one shared host kernel directly, so a single kernel flaw can let a process escape to the host and the other containers.',
          },
          correct: true,
        },
        {
          text: {
            ko: '컨테이너는 네임스페이스를 쓰지 않아서, 다른 컨테이너의 프로세스가 모두 보인다.',
            en: "Containers do not use namespaces, so every other container's processes are visible.",
          },
        },
        {
          text: {
            ko: '도커의 기본 seccomp 프로필이 시스템 콜을 하나도 막지 않는다.',
            en: "Docker's default seccomp profile blocks no system calls at all.",
          },
        },
        {
          text: {
            ko: '컨테이너마다 게스트 커널이 있어서, 커널이 많을수록 취약점도 많아진다.',
            en: 'Each container has its own guest kernel, and more kernels mean more vulnerabilities.',
          },
        },
      ],
      explanation: {
        ko: 'VM에서는 게스트마다 자기 커널이 있고, 밖으로 나가려면 하이퍼바이저라는 좁은 경계를 넘어야 한다. 컨테이너에서는 모든 컨테이너가 호스트 커널 하나를 직접 호출한다. 도커의 기본 seccomp 프로필은 위험한 시스템 콜 수십 개를 막지만, 그래도 공격 표면은 시스템 콜 인터페이스의 거의 전체다. 그래서 컨테이너 하나만을 보안 경계로 믿지 않고 여러 겹으로 막는다.',
        en: "In a VM each guest has its own kernel, and getting out means crossing a narrow boundary, the hypervisor. In containers every container calls one host kernel directly. Docker's default seccomp profile blocks a few dozen dangerous system calls, yet the attack surface is still nearly the whole system call interface. So a container alone is not trusted as a security boundary; defenses are layered.",
      },
      section: 'weaker-isolation',
    },
    {
      id: 'what-firecracker-is',
      legend: {
        ko: 'Firecracker에 대한 설명으로 바른 것은?',
        en: 'Which description of Firecracker is right?',
      },
      choices: [
        {
          text: {
            ko: '`runc` 대신 쓰는 OCI 런타임으로, OCI 이미지를 직접 받아 실행한다.',
            en: 'An OCI runtime used in place of `runc` that takes and runs OCI images directly.',
          },
        },
        {
          text: {
            ko: '사용자 공간에서 도는 애플리케이션 커널로, 컨테이너가 부르는 시스템 콜을 호스트 커널 대신 받아 처리한다.',
            en: "An application kernel in user space that takes the container's system calls in place of the host kernel.",
          },
        },
        {
          text: {
            ko: '리눅스 KVM으로 마이크로VM을 띄우는 가상머신 모니터(VMM)여서, 그 자체는 컨테이너 런타임이 아니다.',
            en: 'A virtual machine monitor that boots microVMs with Linux KVM; not a container runtime itself.',
          },
          correct: true,
        },
        {
          text: {
            ko: '호스트 커널을 공유하는 컨테이너 도구여서, 하드웨어 가상화의 격리는 없다.',
            en: 'A container tool that shares the host kernel, so it has no hardware-virtualization isolation.',
          },
        },
      ],
      explanation: {
        ko: 'Firecracker는 꼭 필요한 장치만 남긴 아주 작은 VM을 띄우는 가상머신 모니터로, 리눅스 KVM을 쓴다. 커널과 루트 파일시스템을 받아 부팅하므로 그 자체는 컨테이너 런타임이 아니고, 하드웨어 가상화의 격리를 지키면서도 빨리 뜬다. 사용자 공간에서 도는 애플리케이션 커널로 시스템 콜을 대신 처리하는 것은 gVisor(`runsc`)다.',
        en: 'Firecracker is a virtual machine monitor that starts very small VMs with only the devices they need, using Linux KVM. It boots a kernel and a root filesystem, so it is not a container runtime itself, and it keeps the isolation of hardware virtualization while starting fast. The user-space application kernel that handles system calls is gVisor (`runsc`).',
      },
      section: 'lighter-middle-grounds',
    },
  ],

  'self-check': [
    {
      id: 'multi-os',
      legend: {
        ko: '컨테이너로 "멀티 OS" 환경을 만든다고 할 때, 실제로 일어나는 일은 무엇인가?',
        en: 'When containers are said to give a "multi-OS" environment, what actually happens?',
      },
      choices: [
        {
          text: {
            ko: '컨테이너마다 자기 커널을 부팅해서, 서로 다른 OS를 동시에 돌린다.',
            en: 'Each container boots its own kernel, so different OSes run side by side.',
          },
        },
        {
          text: {
            ko: '하이퍼바이저가 컨테이너마다 가상 하드웨어를 나눠 주고, 그 위에서 게스트 OS가 돈다.',
            en: 'A hypervisor gives each container virtual hardware, on which a guest OS runs.',
          },
        },
        {
          text: {
            ko: '컨테이너 런타임이 컨테이너마다 리눅스 호스트의 커널을 바꿔 끼워 주어, Windows 컨테이너도 그대로 실행할 수 있다.',
            en: "The container runtime swaps the Linux host's kernel per container, so Windows containers run there as well, side by side with Linux ones.",
          },
        },
        {
          text: {
            ko: '여러 OS를 띄우는 것이 아니라, 호스트 커널 하나 위에서 여러 배포판의 유저랜드를 격리된 환경으로 나란히 실행한다.',
            en: 'They do not run several OSes: they run the userlands of several distributions side by side, isolated, on one host kernel.',
          },
          correct: true,
        },
      ],
      explanation: {
        ko: '질문의 "멀티 OS"에는 함정이 있다. 모든 컨테이너가 호스트 커널 하나를 공유하고, 컨테이너마다 다른 것은 이미지에서 온 파일(배포판의 유저랜드)이다. 서로를 떼어 놓는 것은 네임스페이스와 cgroup이라는 커널 기능이다. 그래서 컨테이너만으로는 다른 커널 버전이나 다른 OS 계열(예: 리눅스 호스트에서 Windows)을 실행할 수 없고, 그러려면 VM이 필요하다.',
        en: 'The question\'s "multi-OS" is a trap. All containers share one host kernel; what differs between them are the files from their images, a distribution\'s userland. What keeps them apart are kernel features, namespaces and cgroups. So containers alone cannot run another kernel version or another OS family (Windows on a Linux host, say); that takes a VM.',
      },
      section: 'answer-notes',
    },
    {
      id: 'untrusted-code',
      legend: {
        ko: '여러 고객이 올린, 믿을 수 없는 코드를 한 서버에서 돌려야 한다. 이 페이지의 답은 무엇인가?',
        en: "Untrusted code uploaded by many customers has to run on one server. What is this page's answer?",
      },
      choices: [
        {
          text: {
            ko: '컨테이너마다 네임스페이스가 따로 있으니 충분하다. 네임스페이스가 커널 취약점을 노린 공격까지 막아 준다.',
            en: 'Containers are enough, since each has its own namespaces, and namespaces also stop attacks on kernel vulnerabilities.',
          },
        },
        {
          text: {
            ko: '보통 부족하다. 커널을 공유하므로 VM이나, gVisor나 Kata Containers처럼 격리를 더한 런타임을 쓴다.',
            en: 'Usually not: they share one kernel, so use VMs or a runtime that adds isolation, such as gVisor or Kata Containers.',
          },
          correct: true,
        },
        {
          text: {
            ko: 'cgroup으로 컨테이너마다 메모리와 CPU를 제한하면 충분하다.',
            en: "Limiting each container's memory and CPU with cgroups is enough.",
          },
        },
      ],
      explanation: {
        ko: '모든 컨테이너가 커널 하나를 공유해서, 커널 취약점 하나가 모두에게 영향을 줄 수 있다. 네임스페이스는 보이는 범위를, cgroup은 리소스 사용량을 나눌 뿐 공유 커널의 취약점을 막지는 못한다. 그래서 VM을 쓰거나, gVisor나 Kata Containers처럼 격리를 한 겹 더한 런타임을 쓴다. Kata Containers는 Firecracker 같은 VMM이 띄운 마이크로VM 안에서도 돈다.',
        en: 'All containers share one kernel, so one kernel vulnerability can affect them all. Namespaces divide what is visible and cgroups divide resource use; neither stops a vulnerability in the shared kernel. So use VMs, or a runtime that adds a layer of isolation, such as gVisor or Kata Containers; Kata Containers can also run in microVMs started by a VMM such as Firecracker.',
      },
      section: 'more-questions',
    },
    {
      id: 'kubernetes-and-docker',
      legend: {
        ko: '쿠버네티스와 도커의 관계를 바르게 말한 것은?',
        en: 'Which statement about Kubernetes and Docker is right?',
      },
      choices: [
        {
          text: {
            ko: '쿠버네티스는 v1.24에서 dockershim을 없앴으므로, 그 뒤로는 도커로 빌드한 이미지를 실행할 수 없어 다른 도구로 다시 빌드해야 한다.',
            en: 'Kubernetes removed dockershim in v1.24, so since then it cannot run images built with Docker, and they have to be rebuilt with another tool.',
          },
        },
        {
          text: {
            ko: '쿠버네티스는 모든 컨테이너를 도커 엔진을 통해서만 실행한다.',
            en: 'Kubernetes runs every container through Docker Engine only.',
          },
        },
        {
          text: {
            ko: '도커와 쿠버네티스는 같은 일을 하는 도구여서, 둘 중 하나만 골라 쓴다.',
            en: 'Docker and Kubernetes do the same job, so you pick one of the two.',
          },
        },
        {
          text: {
            ko: '쿠버네티스는 도커 엔진이 아니라 CRI 런타임(containerd, CRI-O)을 부르지만, 도커로 빌드한 이미지는 그대로 실행한다.',
            en: 'Kubernetes calls a CRI runtime (containerd, CRI-O) rather than Docker Engine, yet runs images built with Docker unchanged.',
          },
          correct: true,
        },
      ],
      explanation: {
        ko: '도커는 이미지를 빌드하고, 레지스트리로 나르고, 실행하는 플랫폼이고, 쿠버네티스는 여러 서버로 이뤄진 클러스터에서 컨테이너를 배치하고 관리하는 오케스트레이션 시스템이다. 쿠버네티스는 CRI를 구현한 런타임을 직접 호출하며, 도커 엔진과 이어 주던 dockershim은 v1.24에서 제거되었다. 도커의 이미지 형식이 OCI 이미지 표준의 바탕이 되었고 containerd와 CRI-O는 두 형식을 모두 읽으므로, 도커로 빌드한 이미지는 그대로 실행된다.',
        en: "Docker is a platform to build images, move them through registries and run them; Kubernetes is an orchestration system that places and manages containers across a cluster of servers. Kubernetes calls CRI runtimes directly, and dockershim, which connected it to Docker Engine, was removed in v1.24. Docker's image format became the basis of the OCI image standard, and containerd and CRI-O read both, so images built with Docker run as they are.",
      },
      section: 'docker-and-kubernetes',
    },
  ],
};

/** The questions of a doc page, or an empty list for a page without checks. */
export function knowledgeChecksFor(docId: string): readonly KnowledgeCheckQuestion[] {
  return Object.hasOwn(KNOWLEDGE_CHECKS, docId) ? (KNOWLEDGE_CHECKS[docId] ?? []) : [];
}

/** The right choice's index in `question.choices` (-1 if there is none). */
export function correctChoiceIndex(question: KnowledgeCheckQuestion): number {
  return question.choices.findIndex((choice) => choice.correct === true);
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALES = ['ko', 'en'] as const;

/** Missing or blank (data from outside the type, e.g. a test's bad input, may lack a field). */
function isBlank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

/**
 * Checks what the type cannot: 2–4 questions per page, unique kebab-case ids, 3–4 choices with
 * exactly one right answer, both languages non-blank, a section id, every page of `pageIds` (the
 * range that must have checks) present and no page outside it. Returns one message per problem,
 * naming the file, the page, the question and the field; an empty list means the data is valid.
 * Whether each `section` is a heading of its page is checked against the MDX by the tests.
 */
export function validateKnowledgeChecks(
  checks: KnowledgeChecks,
  pageIds: readonly string[],
  file = 'src/data/knowledgeChecks.ts',
): string[] {
  const errors: string[] = [];
  for (const pageId of pageIds) {
    if (!Object.hasOwn(checks, pageId)) {
      errors.push(
        `${file}: page "${pageId}" has no knowledge checks; every page from ` +
          `"${pageIds[0] ?? ''}" to "${pageIds.at(-1) ?? ''}" needs ${String(MIN_QUESTIONS)}–${String(MAX_QUESTIONS)} questions`,
      );
    }
  }
  for (const [pageId, questions] of Object.entries(checks)) {
    const page = `${file}: page "${pageId}"`;
    if (!pageIds.includes(pageId)) {
      errors.push(
        `${page}: not a page that takes knowledge checks (expected one of: ${pageIds.join(', ')})`,
      );
    }
    if (questions.length < MIN_QUESTIONS || questions.length > MAX_QUESTIONS) {
      errors.push(
        `${page}: has ${String(questions.length)} questions; a page takes ${String(MIN_QUESTIONS)}–${String(MAX_QUESTIONS)}`,
      );
    }
    const seen = new Set<string>();
    questions.forEach((question, index) => {
      const where = `${page}, question ${String(index + 1)} ("${question.id}")`;
      if (!ID_PATTERN.test(question.id)) {
        errors.push(`${where}: field "id" must be lower-case ASCII in kebab-case`);
      }
      if (seen.has(question.id))
        errors.push(`${where}: field "id" repeats an earlier question's id`);
      seen.add(question.id);
      for (const locale of LOCALES) {
        if (isBlank(question.legend[locale])) {
          errors.push(`${where}: field "legend.${locale}" is empty`);
        }
        if (isBlank(question.explanation[locale])) {
          errors.push(`${where}: field "explanation.${locale}" is empty`);
        }
      }
      if (question.choices.length < MIN_CHOICES || question.choices.length > MAX_CHOICES) {
        errors.push(
          `${where}: field "choices" has ${String(question.choices.length)} choices; a question takes ${String(MIN_CHOICES)}–${String(MAX_CHOICES)}`,
        );
      }
      const right = question.choices.filter((choice) => choice.correct === true).length;
      if (right !== 1) {
        errors.push(
          `${where}: field "choices" has ${String(right)} choices with "correct: true"; exactly one must be right`,
        );
      }
      question.choices.forEach((choice, choiceIndex) => {
        for (const locale of LOCALES) {
          if (isBlank(choice.text[locale])) {
            errors.push(
              `${where}: field "choices[${String(choiceIndex)}].text.${locale}" is empty`,
            );
          }
        }
      });
      const texts = question.choices.map((choice) => choice.text.ko.trim());
      if (new Set(texts).size !== texts.length) {
        errors.push(`${where}: field "choices" has two choices with the same Korean text`);
      }
      if (!ID_PATTERN.test(question.section)) {
        errors.push(
          `${where}: field "section" must be a heading id of the page ("${question.section}" is not lower-case ASCII in kebab-case)`,
        );
      }
    });
  }
  return errors;
}
