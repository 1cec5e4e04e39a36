/**
 * The glossary: one record per term, both languages in the same record.
 *
 * To add a term:
 * 1. Append a record below. `id` is kebab-case ASCII and never changes once published: it is the
 *    anchor `/glossary#<id>` and the value of `<Term id="...">` in the docs.
 * 2. Use the renderings of TERMINOLOGY.md (add a row there for a new term).
 *    Korean text is 평어체 (-다); English uses US spelling ("license").
 * 3. `short` is one sentence (it is the preview shown over the docs); `long` is a few sentences
 *    for the glossary page. Both are written for a learner meeting the term for the first time.
 * 4. Put an abbreviation that both languages use (VM, IaC) once, under `aliases.en`.
 * 5. `aliases` feed the glossary filter and the site search: give every spelling readers type,
 *    the Hangul name of a product (도커, 파이어크래커) and the variants the terminology rejects
 *    (가상 머신, 1형 하이퍼바이저, 자원...). Those variants go in `aliases` only, never in a name
 *    or a definition (`src/data/__tests__/glossary.test.ts` checks).
 * 6. A startup time, an image size or an overhead comes from `facts.ts` as a template string,
 *    in parentheses or after a colon (`빨리 시작한다(${CONTAINER_STARTUP.ko}).`), never written
 *    out: `src/data/__tests__/facts.test.ts` fails on a figure of its own.
 * 7. Run `npx vitest run src/data` — the validation names the entry and field of any problem.
 */
import { fact } from './facts';
import type { GlossaryTerm } from './glossaryTypes';

export type { GlossaryTerm, GlossaryLocale, GlossaryTag } from './glossaryTypes';
export { GLOSSARY_TAGS, GLOSSARY_LOCALES } from './glossaryTypes';

const VM_STARTUP = fact('vm-startup').text;
const CONTAINER_STARTUP = fact('container-startup').text;
const VM_IMAGE_SIZE = fact('vm-image-size').text;
const CONTAINER_IMAGE_SIZE = fact('container-image-size').text;
const MICROVM_BOOT = fact('microvm-boot').text;
const CPU_OVERHEAD = fact('cpu-overhead').text;

export const glossary: readonly GlossaryTerm[] = [
  // Virtualization
  {
    id: 'virtualization',
    name: { ko: '가상화', en: 'virtualization' },
    aliases: { ko: ['가상화 기술'], en: ['virtualisation'] },
    short: {
      ko: '물리 리소스 하나를 여러 개의 독립된 가상 리소스처럼 나눠 쓰게 하는 기술이다.',
      en: 'Technology that lets one physical resource be used as several independent virtual ones.',
    },
    long: {
      ko: '가상화는 무엇을 나누느냐에 따라 종류가 갈린다. 하드웨어를 나누면 하이퍼바이저 위에 가상머신을 올리는 하드웨어 수준 가상화이고, 운영체제를 나누면 컨테이너를 쓰는 운영체제 수준 가상화다. 어느 쪽이든 목표는 물리 서버 한 대의 리소스를 여러 애플리케이션이 안전하고 효율적으로 나눠 쓰게 하는 것이다.',
      en: 'There are kinds of virtualization, depending on what is divided. Dividing the hardware, with virtual machines on a hypervisor, is hardware-level virtualization; dividing the operating system, with containers, is OS-level virtualization. Either way, the goal is to let several applications share one physical server’s resources safely and efficiently.',
    },
    tags: ['virtualization'],
    seeAlso: ['hardware-virtualization', 'os-level-virtualization', 'virtual-machine', 'container'],
    reference: 'https://en.wikipedia.org/wiki/Virtualization',
  },
  {
    id: 'virtual-machine',
    name: { ko: '가상머신', en: 'virtual machine' },
    aliases: { ko: ['가상 머신', '가상 시스템', '가상 컴퓨터'], en: ['VM'] },
    short: {
      ko: '하이퍼바이저가 내준 가상 하드웨어 위에서 자기 게스트 OS까지 통째로 실행하는, 소프트웨어로 만든 컴퓨터다.',
      en: 'A computer made of software that runs a complete guest OS of its own on virtual hardware provided by a hypervisor.',
    },
    long: {
      ko: `가상머신(VM)의 CPU 명령은 하드웨어 지원 가상화(Intel VT-x, AMD-V) 덕분에 대부분 실제 CPU에서 그대로 실행되고, 디스크와 네트워크 카드 같은 장치는 하이퍼바이저가 가상 장치로 내준다. 그래서 CPU 위주의 계산은 거의 느려지지 않는다(${CPU_OVERHEAD.ko}). 게스트 OS 입장에서는 펌웨어(보통 BIOS 또는 UEFI)부터 물리 서버와 다를 바가 없어서, 물리 서버 한 대에서 서로 다른 운영체제를 쓰는 가상머신 여러 대를 나란히 실행할 수 있다. 대신 가상머신마다 운영체제 전체를 싣기 때문에 이미지가 크고(${VM_IMAGE_SIZE.ko}), 새 VM을 띄우는 데도 시간이 든다(${VM_STARTUP.ko}).`,
      en: `Thanks to hardware-assisted virtualization (Intel VT-x, AMD-V), most CPU instructions of a virtual machine (VM) run directly on the real CPU, while the hypervisor provides devices such as disks and network cards as virtual devices; so CPU-bound computing is hardly slower (${CPU_OVERHEAD.en}). To its guest OS it looks just like a physical server, firmware (usually BIOS or UEFI) and all, so one physical server can run several VMs side by side, each with a different operating system. The price is that every VM carries a whole operating system: images are large (${VM_IMAGE_SIZE.en}), and starting a new VM takes time (${VM_STARTUP.en}).`,
    },
    tags: ['virtualization'],
    seeAlso: ['hypervisor', 'guest-os', 'virtual-hardware', 'microvm', 'container'],
    reference: 'https://en.wikipedia.org/wiki/Virtual_machine',
  },
  {
    id: 'hypervisor',
    name: { ko: '하이퍼바이저', en: 'hypervisor' },
    aliases: {
      ko: ['하이퍼 바이저', '가상머신 모니터', '가상 머신 모니터', '브이엠웨어', 'VM웨어'],
      en: ['virtual machine monitor', 'VMM', 'VMware'],
    },
    short: {
      ko: '물리 하드웨어를 여러 가상머신에 나눠 주고 각 가상머신을 서로 격리해 실행하는 소프트웨어다.',
      en: 'The software that shares physical hardware among virtual machines and runs each of them in isolation.',
    },
    long: {
      ko: '하이퍼바이저는 가상머신마다 가상 CPU, 메모리, 가상 디스크 같은 가상 하드웨어를 만들어 주고 실제 CPU 시간과 메모리를 배분한다. 하드웨어 위에서 직접 도는 타입 1과 호스트 OS 위에서 애플리케이션처럼 도는 타입 2가 있다. VMware ESXi, Hyper-V, Xen은 타입 1, VirtualBox와 VMware Workstation은 타입 2의 대표적인 예이고, 리눅스 커널을 하이퍼바이저로 만드는 KVM은 보통 타입 1로 분류한다. 가상머신 모니터(VMM)라고도 하며, Firecracker처럼 KVM 위에서 가상머신을 만들고 돌리는 프로그램을 따로 VMM이라 부르기도 한다.',
      en: 'A hypervisor gives each VM its own virtual hardware — virtual CPUs, memory and disks — and divides the real CPU time and memory between them. A type 1 hypervisor runs directly on the hardware; a type 2 hypervisor runs as an application on a host OS. VMware ESXi, Hyper-V and Xen are common type 1 examples, VirtualBox and VMware Workstation type 2 ones; KVM, which turns the Linux kernel into a hypervisor, is usually counted as type 1. It is also called a virtual machine monitor (VMM), a name that is used as well for programs such as Firecracker that create and run VMs on top of KVM.',
    },
    tags: ['virtualization'],
    seeAlso: [
      'virtual-machine',
      'type-1-hypervisor',
      'type-2-hypervisor',
      'hardware-virtualization',
      'firecracker',
    ],
    reference: 'https://en.wikipedia.org/wiki/Hypervisor',
  },
  {
    id: 'type-1-hypervisor',
    name: { ko: '타입 1 하이퍼바이저', en: 'type 1 hypervisor' },
    aliases: {
      ko: [
        '1형 하이퍼바이저',
        '제1형 하이퍼바이저',
        '베어메탈 하이퍼바이저',
        '네이티브 하이퍼바이저',
        '하이퍼브이',
        '하이퍼-V',
      ],
      en: ['bare-metal hypervisor', 'native hypervisor', 'VMware ESXi', 'ESXi', 'Hyper-V', 'Xen'],
    },
    short: {
      ko: '호스트 OS 없이 물리 하드웨어 위에서 직접 실행되는 하이퍼바이저다.',
      en: 'A hypervisor that runs directly on the physical hardware, with no host OS beneath it.',
    },
    long: {
      ko: '일반적인 호스트 OS를 거치지 않으므로 오버헤드가 작고 안정적이어서 데이터센터와 클라우드의 서버 가상화에 주로 쓴다. VMware ESXi, Microsoft Hyper-V, Xen이 대표적이고(Hyper-V와 Xen은 장치를 다루는 관리용 파티션을 하나 따로 둔다), 리눅스 커널을 하이퍼바이저로 만드는 KVM도 흔히 이쪽으로 분류한다.',
      en: 'Nothing goes through a general-purpose host OS, so overhead is low and operation stable, and it is the usual choice for server virtualization in data centers and clouds. VMware ESXi, Microsoft Hyper-V and Xen are typical (Hyper-V and Xen keep one privileged management partition that handles devices); KVM, which turns the Linux kernel into a hypervisor, is usually counted here too.',
    },
    tags: ['virtualization'],
    seeAlso: ['hypervisor', 'type-2-hypervisor', 'physical-server'],
    reference: 'https://en.wikipedia.org/wiki/Hypervisor',
  },
  {
    id: 'type-2-hypervisor',
    name: { ko: '타입 2 하이퍼바이저', en: 'type 2 hypervisor' },
    aliases: {
      ko: [
        '2형 하이퍼바이저',
        '제2형 하이퍼바이저',
        '호스트형 하이퍼바이저',
        '버추얼박스',
        '버추얼 박스',
        '브이엠웨어 워크스테이션',
      ],
      en: ['hosted hypervisor', 'VirtualBox', 'VMware Workstation'],
    },
    short: {
      ko: '호스트 OS 위에서 일반 애플리케이션처럼 실행되는 하이퍼바이저다.',
      en: 'A hypervisor that runs as an ordinary application on top of a host OS.',
    },
    long: {
      ko: '평소 쓰는 데스크톱에 설치해 바로 가상머신을 만들 수 있어 개발과 학습에 편하다. 대신 디스크와 네트워크 같은 장치 요청이 호스트 OS를 한 번 더 거치고 호스트의 다른 프로그램과 리소스를 나눠 쓰므로, 서버 가상화에는 타입 1이 더 흔하다. Oracle VirtualBox와 VMware Workstation이 대표적이다.',
      en: 'It installs on an everyday desktop and creates VMs right away, which is handy for development and learning. Because device requests such as disk and network I/O also pass through the host OS, and the VMs share resources with the host’s other programs, type 1 hypervisors are more common for servers. Oracle VirtualBox and VMware Workstation are typical examples.',
    },
    tags: ['virtualization'],
    seeAlso: ['hypervisor', 'type-1-hypervisor', 'host-os'],
    reference: 'https://en.wikipedia.org/wiki/Hypervisor',
  },
  {
    id: 'kvm',
    name: { ko: 'KVM', en: 'KVM' },
    aliases: { ko: ['케이브이엠', '커널 기반 가상머신'], en: ['Kernel-based Virtual Machine'] },
    short: {
      ko: '리눅스 커널을 하이퍼바이저로 만들어, CPU의 가상화 확장 기능(Intel VT-x, AMD-V)으로 가상머신을 실행하게 해 주는 커널 모듈이다.',
      en: 'The Linux kernel module that turns Linux into a hypervisor, running virtual machines with the CPU’s virtualization extensions (Intel VT-x, AMD-V).',
    },
    long: {
      ko: 'KVM(Kernel-based Virtual Machine)은 2007년 리눅스 2.6.20에 들어갔다. KVM은 가상 CPU와 메모리를 맡고, 디스크와 네트워크 카드 같은 가상 장치는 사용자 공간에서 도는 가상머신 모니터(QEMU, Firecracker, Cloud Hypervisor 등)가 제공한다. 리눅스 자체가 하이퍼바이저가 되므로 흔히 타입 1로 분류한다. 마이크로VM과 Kata Containers도 대개 KVM 위에서 돈다.',
      en: 'KVM (Kernel-based Virtual Machine) was merged into Linux 2.6.20 in 2007. KVM handles the virtual CPUs and memory, while virtual devices such as disks and network cards come from a virtual machine monitor running in user space (QEMU, Firecracker, Cloud Hypervisor...). Because Linux itself becomes the hypervisor, KVM is usually counted as type 1. MicroVMs and Kata Containers usually run on KVM as well.',
    },
    tags: ['virtualization', 'tools'],
    seeAlso: [
      'hypervisor',
      'type-1-hypervisor',
      'hardware-virtualization',
      'firecracker',
      'microvm',
    ],
    reference: 'https://www.linux-kvm.org/page/Main_Page',
  },
  {
    id: 'hardware-virtualization',
    name: { ko: '하드웨어 수준 가상화', en: 'hardware-level virtualization' },
    aliases: {
      ko: ['하드웨어 가상화', '하이퍼바이저형 가상화'],
      en: ['hardware virtualization', 'hypervisor-based virtualization'],
    },
    short: {
      ko: '하이퍼바이저가 가상 하드웨어를 만들고, 그 위에서 저마다 게스트 OS를 가진 가상머신 여러 대를 실행하는 가상화 방식이다.',
      en: 'Virtualization in which a hypervisor creates virtual hardware on which several virtual machines, each with its own guest OS, run.',
    },
    long: {
      ko: `가상머신마다 온전한 운영체제가 돌아가므로 서로 다른 운영체제를 섞어 쓸 수 있고 격리가 강하다. 대신 게스트 OS 몫의 메모리와 디스크가 가상머신마다 들고, 새 가상머신을 띄우는 데도 시간이 걸린다(${VM_STARTUP.ko}). 오늘날의 CPU는 Intel VT-x나 AMD-V 같은 하드웨어 지원 기능으로 게스트의 명령을 실제 CPU에서 직접 실행하게 해 준다(${CPU_OVERHEAD.ko}).`,
      en: `Every VM runs a complete operating system, so different operating systems can be mixed and isolation is strong. The cost is the memory and disk of a guest OS in every VM, and new VMs that take time to start (${VM_STARTUP.en}). Modern CPUs let guest instructions run directly on the real CPU through hardware support such as Intel VT-x and AMD-V (${CPU_OVERHEAD.en}).`,
    },
    tags: ['virtualization'],
    seeAlso: ['hypervisor', 'virtual-machine', 'os-level-virtualization', 'emulation'],
    reference: 'https://en.wikipedia.org/wiki/Hardware_virtualization',
  },
  {
    id: 'os-level-virtualization',
    name: { ko: '운영체제 수준 가상화', en: 'OS-level virtualization' },
    aliases: {
      ko: ['OS 수준 가상화', '컨테이너형 가상화'],
      en: ['operating-system-level virtualization', 'container-based virtualization'],
    },
    short: {
      ko: '하드웨어가 아니라 운영체제를 나눠, 커널 하나 위에서 서로 격리된 실행 환경(컨테이너) 여러 개를 돌리는 가상화 방식이다.',
      en: 'Virtualization that divides the operating system rather than the hardware, running several isolated environments (containers) on one kernel.',
    },
    long: {
      ko: '컨테이너가 바로 이 방식이다. 하드웨어를 가상화하지 않고 게스트 OS도 없으므로 오버헤드가 작고 시작이 빠르다. 대신 모든 컨테이너가 호스트 커널을 공유하므로 호스트와 다른 커널을 쓰는 운영체제(예: 리눅스 호스트 위의 Windows)는 이 방식으로 실행할 수 없다. FreeBSD jail(2000년)이나 Solaris Zones(2004년)처럼 도커보다 훨씬 앞선 구현도 있다.',
      en: 'Containers are this kind of virtualization. Nothing virtualizes the hardware and there is no guest OS, so overhead is small and startup fast. Because every container shares the host kernel, an operating system with a different kernel (Windows on a Linux host, for example) cannot run this way. Implementations such as FreeBSD jails (2000) and Solaris Zones (2004) long predate Docker.',
    },
    tags: ['virtualization', 'containers', 'os'],
    seeAlso: ['container', 'containerization', 'hardware-virtualization', 'kernel'],
    reference: 'https://en.wikipedia.org/wiki/OS-level_virtualization',
  },
  {
    id: 'emulation',
    name: { ko: '에뮬레이션', en: 'emulation' },
    aliases: { ko: ['에뮬레이터'], en: ['emulator'] },
    short: {
      ko: '한 시스템의 하드웨어나 동작을 다른 시스템에서 소프트웨어로 흉내 내는 기술이다.',
      en: 'Imitating the hardware or behavior of one system in software on another system.',
    },
    long: {
      ko: '예를 들어 QEMU는 다른 아키텍처의 기계어를 블록 단위로 번역해 캐시해 두고 실행하는 방식(동적 바이너리 변환)으로 ARM용 프로그램을 x86 컴퓨터에서 실행할 수 있다. 초판 노트는 가상화를 ‘하이퍼바이저를 통해 하드웨어를 에뮬레이션’하는 것으로 설명하는데, 오늘날의 하이퍼바이저는 디스크나 네트워크 카드 같은 장치는 흉내 내거나 virtio 같은 가상 장치로 제공하지만, CPU 명령어는 CPU의 가상화 지원 기능으로 거의 그대로 실행한다. 그래서 같은 아키텍처끼리의 가상화는 순수한 에뮬레이션보다 훨씬 빠르다.',
      en: 'QEMU, for example, can run ARM programs on an x86 computer by translating blocks of guest machine code into host code and caching them (dynamic binary translation). The 2021 note describes virtualization as a hypervisor “emulating hardware”; today’s hypervisors do emulate devices such as disks and network cards, or provide virtual devices such as virtio, but run CPU instructions almost directly using the CPU’s virtualization support. That is why virtualization on the same architecture is much faster than pure emulation.',
    },
    tags: ['virtualization'],
    seeAlso: ['hypervisor', 'hardware-virtualization', 'virtual-hardware'],
    reference: 'https://en.wikipedia.org/wiki/Emulator',
  },
  {
    id: 'virtual-hardware',
    name: { ko: '가상 하드웨어', en: 'virtual hardware' },
    aliases: {
      ko: ['가상 CPU', '가상 디스크', '가상 NIC', '가상 장치'],
      en: ['vCPU', 'virtual CPU', 'vNIC', 'virtual device'],
    },
    short: {
      ko: '하이퍼바이저가 가상머신에 내주는 펌웨어(보통 BIOS 또는 UEFI), CPU, 메모리, 디스크, 네트워크 카드다.',
      en: 'The firmware (usually BIOS or UEFI), CPUs, memory, disks and network cards that a hypervisor gives a virtual machine.',
    },
    long: {
      ko: '게스트 OS는 가상 하드웨어를 실제 장비처럼 인식하므로, 물리 서버에서와 똑같이 설치하고 부팅하고 종료할 수 있다. 그렇다고 모두 소프트웨어로 흉내 내는 것은 아니다. 가상 CPU(vCPU)는 실제 CPU 코어의 시간을 나눠 받아 CPU의 가상화 지원 기능으로 게스트의 명령을 직접 실행하고, 디스크와 네트워크 카드는 하이퍼바이저가 에뮬레이션하거나 virtio 같은 가상 장치로 제공한다. 가상 디스크는 보통 호스트에 있는 큰 파일 하나(qcow2, VMDK, VHDX 등)다.',
      en: 'A guest OS recognizes virtual hardware as real devices, so it installs, boots and shuts down just as on a physical server. Not all of it is imitated in software, though: a virtual CPU (vCPU) gets a share of a real CPU core’s time and runs guest instructions directly through the CPU’s virtualization support, while disks and network cards are emulated by the hypervisor or provided as virtual devices such as virtio. A virtual disk is usually one large file on the host (qcow2, VMDK, VHDX...).',
    },
    tags: ['virtualization'],
    seeAlso: ['hypervisor', 'virtual-machine', 'emulation', 'guest-os'],
  },
  {
    id: 'live-migration',
    name: { ko: '라이브 마이그레이션', en: 'live migration' },
    aliases: { ko: ['실시간 마이그레이션'], en: [] },
    short: {
      ko: '실행 중인 가상머신을 멈추지 않고 다른 물리 서버로 옮기는 기술이다.',
      en: 'Moving a running virtual machine to another physical server without stopping it.',
    },
    long: {
      ko: '하이퍼바이저가 가상머신의 메모리를 대상 서버로 복사하는 동안 가상머신은 계속 돌고, 마지막에 바뀐 부분만 옮긴 뒤 아주 잠깐 멈췄다가 새 서버에서 이어서 실행한다. 하드웨어 점검이나 부하 분산에 쓴다. 컨테이너는 보통 옮기지 않고, 다른 곳에서 새로 띄운 뒤 기존 것을 지운다.',
      en: 'While the hypervisor copies the VM’s memory to the target server, the VM keeps running; at the end only the changed parts are copied, the VM pauses very briefly and resumes on the new server. It is used for hardware maintenance and load balancing. Containers are usually not moved: a new one is started elsewhere and the old one removed.',
    },
    tags: ['virtualization', 'operations'],
    seeAlso: ['migration', 'virtual-machine', 'hypervisor', 'immutable-infrastructure'],
    reference: 'https://en.wikipedia.org/wiki/Live_migration',
  },
  {
    id: 'guest-os-license',
    name: { ko: '게스트 OS 라이선스', en: 'guest OS license' },
    aliases: { ko: ['OS 라이선스', '라이센스'], en: ['OS license', 'guest OS licence'] },
    short: {
      ko: '유료 게스트 OS를 가상머신마다 설치할 때 따로 필요한 소프트웨어 사용 허가다.',
      en: 'The software license that each paid guest OS installed in a virtual machine needs.',
    },
    long: {
      ko: 'Windows Server 같은 상용 운영체제는 가상머신에 설치할 때도 라이선스가 필요하므로, 가상머신이 늘어나면 라이선스 비용도 함께 늘어난다. 가상화 환경을 위한 별도 라이선스 조건을 두는 공급사도 있으니 실제 조건은 공급사의 약관을 확인해야 한다. 프로세스 격리 컨테이너에는 게스트 OS가 없으므로 컨테이너를 늘린다고 OS 라이선스가 따로 생기지는 않는다. 다만 Windows의 Hyper-V 격리 컨테이너는 다르다. Windows Server 2019 Standard 에디션의 라이선스는 Hyper-V 격리 컨테이너를 두 개까지만 허용한다(Datacenter 에디션은 제한 없음). 이미지 안에 든 상용 소프트웨어에는 여전히 그 소프트웨어의 라이선스가 필요하다.',
      en: 'Commercial operating systems such as Windows Server need a license even when installed in a virtual machine, so license costs grow with the number of VMs. Some vendors have special terms for virtualized environments, so check the vendor’s licensing terms for the real conditions. Process-isolated containers have no guest OS, so adding them needs no extra OS licenses. Hyper-V-isolated Windows containers are different: a Windows Server 2019 Standard license allows only two of them (Datacenter, any number). Commercial software inside an image still needs its own license.',
    },
    tags: ['virtualization', 'operations'],
    seeAlso: ['guest-os', 'virtual-machine'],
    reference:
      'https://learn.microsoft.com/en-us/windows-server/get-started/editions-comparison-windows-server-2019',
  },
  {
    id: 'microvm',
    name: { ko: '마이크로VM', en: 'microVM' },
    aliases: {
      ko: ['마이크로 가상머신', '경량 가상머신', '경량 VM'],
      en: ['lightweight VM', 'micro virtual machine'],
    },
    short: {
      ko: '꼭 필요한 장치만 남겨 빨리 부팅하고 메모리를 적게 쓰도록 만든 가벼운 가상머신이다.',
      en: 'A lightweight virtual machine stripped down to the devices it needs, so that it boots fast and uses little memory.',
    },
    long: {
      ko: `마이크로VM은 자기 커널을 부팅하는 진짜 가상머신이라 하드웨어 수준으로 격리되지만, 레거시 장치(USB, 그래픽, 대개 BIOS도)를 두지 않아 부팅이 짧다(${MICROVM_BOOT.ko}). AWS는 Lambda와 Fargate 같은 서비스를 위해 마이크로VM을 만드는 Firecracker를 개발했고, Kata Containers는 파드(쿠버네티스 밖에서는 컨테이너)마다 마이크로VM을 하나씩 띄워 컨테이너처럼 다루게 해 준다.`,
      en: `A microVM is a real virtual machine that boots its own kernel, so it is isolated at the hardware level, but it leaves out legacy devices (USB, graphics, usually the BIOS too), so booting is short (${MICROVM_BOOT.en}). AWS developed Firecracker, which makes microVMs, for services such as Lambda and Fargate, and Kata Containers starts a microVM for each Pod (outside Kubernetes, each container) while letting you handle it like a container.`,
    },
    tags: ['virtualization'],
    seeAlso: ['firecracker', 'kata-containers', 'virtual-machine', 'isolation'],
    reference: 'https://firecracker-microvm.github.io/',
  },
  {
    id: 'firecracker',
    name: { ko: 'Firecracker', en: 'Firecracker' },
    aliases: { ko: ['파이어크래커', '파이어 크래커', '파이어크랙커'], en: ['Firecracker VMM'] },
    short: {
      ko: 'KVM을 이용해 마이크로VM을 만들고 실행하는, AWS가 만든 오픈소스 가상머신 모니터(VMM)다.',
      en: 'An open-source virtual machine monitor (VMM) from AWS that creates and runs microVMs using KVM.',
    },
    long: {
      ko: `Firecracker는 리눅스의 KVM 위에서 도는 가상머신 모니터로, 장치를 몇 가지(virtio 네트워크와 블록 장치, 직렬 콘솔 등)만 두어 부팅이 짧다(${MICROVM_BOOT.ko}). 마이크로VM마다 자기 커널과 루트 파일시스템으로 부팅하므로, 컨테이너 런타임이 아니라 가상머신을 만드는 도구다. OCI 이미지를 Firecracker 안에서 돌리려면 Kata Containers나 firecracker-containerd 같은 런타임을 거쳐야 한다. AWS가 Lambda와 Fargate 같은 서비스를 위해 개발했다.`,
      en: `Firecracker is a virtual machine monitor that runs on Linux KVM and keeps only a few devices (virtio network and block devices, a serial console...), so booting is short (${MICROVM_BOOT.en}). Each microVM boots its own kernel and root filesystem: Firecracker makes virtual machines; it is not a container runtime. To run OCI images in it you go through a runtime such as Kata Containers or firecracker-containerd. AWS developed it for services such as Lambda and Fargate.`,
    },
    tags: ['virtualization', 'tools'],
    seeAlso: ['microvm', 'hypervisor', 'kata-containers', 'gvisor'],
    reference: 'https://firecracker-microvm.github.io/',
  },

  // Operating systems
  {
    id: 'operating-system',
    name: { ko: '운영체제', en: 'operating system' },
    aliases: { ko: ['운영 체제'], en: ['OS'] },
    short: {
      ko: '하드웨어를 관리하고, 애플리케이션이 그 위에서 돌 수 있게 기본 서비스를 제공하는 시스템 소프트웨어다.',
      en: 'The system software that manages the hardware and provides the basic services applications run on.',
    },
    long: {
      ko: '운영체제는 핵심인 커널과, 셸·시스템 라이브러리·유틸리티 같은 유저랜드로 이루어진다. 가상머신은 운영체제 전체(게스트 OS)를 싣고, 컨테이너는 호스트의 커널을 빌려 쓰면서 필요한 유저랜드 파일만 이미지에 담는다.',
      en: 'An operating system consists of its core, the kernel, and a userland of shells, system libraries and utilities. A virtual machine carries a whole operating system (the guest OS); a container borrows the host’s kernel and packs only the userland files it needs into its image.',
    },
    tags: ['os'],
    seeAlso: ['kernel', 'userland', 'guest-os', 'host-os', 'linux-distribution'],
    reference: 'https://en.wikipedia.org/wiki/Operating_system',
  },
  {
    id: 'kernel',
    name: { ko: '커널', en: 'kernel' },
    aliases: { ko: ['OS 커널'], en: ['OS kernel'] },
    short: {
      ko: '하드웨어를 직접 다루며 프로세스, 메모리, 파일, 네트워크를 관리하는 운영체제의 핵심 부분이다.',
      en: 'The core of an operating system: it drives the hardware and manages processes, memory, files and the network.',
    },
    long: {
      ko: '애플리케이션은 시스템 콜로 커널에 일을 부탁하고, 커널이 CPU와 장치를 실제로 다룬다. 가상머신은 각자 자기 커널을 가진 게스트 OS를 실행하지만, 한 호스트의 컨테이너는 모두 호스트의 커널 하나를 공유한다. 컨테이너가 가볍고 빨리 뜨는 이유이자, 컨테이너마다 다른 커널이나 커널 모듈을 쓸 수 없는 이유다.',
      en: 'Applications ask the kernel for work through system calls, and the kernel is what actually drives the CPU and devices. Each VM runs a guest OS with its own kernel, whereas all containers on a host share the host’s single kernel. That is why containers are light and start fast, and also why they cannot each have a different kernel or kernel modules.',
    },
    tags: ['os'],
    seeAlso: ['operating-system', 'system-call', 'kernel-module', 'namespace', 'cgroup'],
    reference: 'https://en.wikipedia.org/wiki/Kernel_(operating_system)',
  },
  {
    id: 'kernel-module',
    name: { ko: '커널 모듈', en: 'kernel module' },
    aliases: { ko: ['적재 가능 커널 모듈'], en: ['loadable kernel module', 'LKM'] },
    short: {
      ko: '재부팅 없이 실행 중인 커널에 넣고 뺄 수 있는, 장치 드라이버 같은 커널 기능 조각이다.',
      en: 'A piece of kernel functionality, such as a device driver, that can be loaded into or removed from a running kernel without a reboot.',
    },
    long: {
      ko: '커널 모듈은 커널 전체에 적용되므로 한 호스트의 모든 컨테이너가 같은 모듈을 쓴다. 그래서 컨테이너마다 다른 커널 모듈을 올릴 수 없고, 커널 파라미터(sysctl)도 네트워크 설정처럼 네임스페이스 단위로 나뉜 일부만 컨테이너마다 다르게 줄 수 있다. 작업마다 다른 커널이 필요하면 가상머신을 써야 한다.',
      en: 'A module applies to the whole kernel, so every container on a host uses the same modules. That is why containers cannot each load different kernel modules, and only namespaced kernel parameters (some sysctls, such as networking ones) can differ per container; if each workload needs a different kernel, use virtual machines.',
    },
    tags: ['os', 'containers'],
    seeAlso: ['kernel', 'container', 'host-os'],
    reference: 'https://en.wikipedia.org/wiki/Loadable_kernel_module',
  },
  {
    id: 'system-call',
    name: { ko: '시스템 콜', en: 'system call' },
    aliases: { ko: ['시스템 호출', '시스템콜', '시스콜'], en: ['syscall'] },
    short: {
      ko: '프로그램이 파일 열기, 메모리 할당, 네트워크 통신 같은 일을 커널에 부탁하는 정해진 통로다.',
      en: 'The fixed interface through which a program asks the kernel to open a file, allocate memory, talk over the network and so on.',
    },
    long: {
      ko: '컨테이너 안의 프로세스는 호스트 커널의 시스템 콜을 직접 부른다. 그래서 컨테이너의 공격 표면은 호스트 커널의 시스템 콜 인터페이스이고, 도커는 seccomp 프로필로 위험한 시스템 콜 수십 개를 기본으로 막는다. gVisor는 컨테이너의 시스템 콜을 자기 애플리케이션 커널에서 대신 처리해 호스트 커널에 닿는 호출을 줄인다. 가상머신의 프로그램은 게스트 OS의 커널에 시스템 콜을 부르므로 호스트 커널에 직접 닿지 않는다.',
      en: 'A process in a container calls the host kernel’s system calls directly. The attack surface of a container is therefore the host kernel’s system call interface, and Docker’s default seccomp profile blocks a few dozen dangerous system calls. gVisor handles a container’s system calls in its own application kernel, so that fewer calls reach the host kernel. A program in a VM calls the guest OS’s kernel and never reaches the host kernel directly.',
    },
    tags: ['os', 'containers'],
    seeAlso: ['kernel', 'gvisor', 'isolation', 'namespace'],
    reference: 'https://man7.org/linux/man-pages/man2/syscalls.2.html',
  },
  {
    id: 'userland',
    name: { ko: '유저랜드', en: 'userland' },
    aliases: {
      ko: ['사용자 공간', '사용자 영역', '유저 랜드', '유저스페이스'],
      en: ['user space', 'userspace', 'user land'],
    },
    short: {
      ko: '커널을 뺀 운영체제의 나머지, 즉 셸, 라이브러리, 패키지 관리자, 기본 명령어 같은 파일들이다.',
      en: 'Everything in an operating system outside the kernel: the shell, libraries, package manager and basic commands.',
    },
    long: {
      ko: '리눅스 배포판끼리의 차이는 대부분 유저랜드에 있다. 컨테이너 이미지에는 커널이 없지만 흔히 배포판의 유저랜드가 베이스로 들어 있어서, 같은 호스트 커널 위에서 Ubuntu 유저랜드를 쓰는 컨테이너와 Alpine 유저랜드를 쓰는 컨테이너가 나란히 돈다. 그래서 컨테이너 안의 /etc/os-release는 이미지의 배포판을 보여 주지만, uname -r은 호스트(Docker Desktop이라면 그 리눅스 VM)의 커널 버전을 보여 준다. 커널 공간과 대비되는 CPU의 실행 영역은 사용자 공간(user space)이라 하고, 유저랜드는 그 영역에서 도는 프로그램과 라이브러리를 가리킨다.',
      en: 'Most of what differs between Linux distributions is in the userland. A container image has no kernel but often carries a distribution’s userland as its base, so a container with an Ubuntu userland and one with an Alpine userland run side by side on the same host kernel. That is why /etc/os-release in a container shows the image’s distribution while uname -r shows the kernel version of the host (on Docker Desktop, of its Linux VM). The CPU mode and address space opposite kernel space is called user space; userland means the programs and libraries that run there.',
    },
    tags: ['os', 'containers'],
    seeAlso: ['operating-system', 'linux-distribution', 'kernel', 'container-image'],
    reference: 'https://en.wikipedia.org/wiki/User_space_and_kernel_space',
  },
  {
    id: 'guest-os',
    name: { ko: '게스트 OS', en: 'guest OS' },
    aliases: { ko: ['게스트 운영체제'], en: ['guest operating system'] },
    short: {
      ko: '가상머신 안에 설치되어, 가상 하드웨어를 진짜 하드웨어로 알고 동작하는 운영체제다.',
      en: 'The operating system installed inside a virtual machine, which runs on virtual hardware as if it were real.',
    },
    long: {
      ko: '게스트 OS는 하이퍼바이저가 보여 주는 가상 펌웨어(보통 BIOS 또는 UEFI), 가상 CPU, 가상 디스크를 물리 장비로 여기고 부팅하고 종료한다. 가상머신마다 게스트 OS가 따로 있어서 호스트와 다른 운영체제(예: 리눅스 호스트 위의 Windows)를 돌릴 수 있지만, 그만큼 디스크, 메모리, 라이선스, 패치 관리 부담이 가상머신 수만큼 늘어난다. 컨테이너에는 게스트 OS가 없다.',
      en: 'A guest OS boots and shuts down on the virtual firmware (usually BIOS or UEFI), CPUs and disks that the hypervisor presents, treating them as physical devices. Because every VM has its own guest OS, it can differ from the host (Windows on a Linux host, for example), but disk, memory, licensing and patching costs grow with every VM. Containers have no guest OS.',
    },
    tags: ['virtualization', 'os'],
    seeAlso: ['host-os', 'virtual-machine', 'guest-os-license'],
  },
  {
    id: 'host-os',
    name: { ko: '호스트 OS', en: 'host OS' },
    aliases: { ko: ['호스트 운영체제'], en: ['host operating system'] },
    short: {
      ko: '컴퓨터(물리 서버나 가상머신)에 설치되어 그 위에서 하이퍼바이저나 컨테이너를 실행하는 바탕 운영체제다.',
      en: 'The operating system of the machine, physical or virtual, on which a hypervisor or containers run.',
    },
    long: {
      ko: '타입 2 하이퍼바이저는 호스트 OS 위에서 애플리케이션처럼 동작하고, 컨테이너는 호스트 OS의 커널을 직접 나눠 쓴다. 그래서 리눅스 컨테이너는 리눅스 커널에서만 돈다. Ubuntu 호스트 위 컨테이너에 Alpine 유저랜드를 담아도 실제로 돌아가는 커널은 Ubuntu 커널이다. Docker Desktop(macOS, Windows, 리눅스용 포함)을 쓰면 Docker Desktop이 띄운 리눅스 VM이 컨테이너의 호스트가 된다.',
      en: 'A type 2 hypervisor runs as an application on the host OS, and containers share the host OS’s kernel directly. That is why Linux containers need a Linux kernel: a container with an Alpine userland on an Ubuntu host still runs on the Ubuntu kernel. With Docker Desktop (on macOS, Windows, and also on Linux), the Linux VM that Docker Desktop starts is the containers’ host.',
    },
    tags: ['os', 'virtualization', 'containers'],
    seeAlso: ['guest-os', 'kernel', 'docker-host', 'docker-desktop'],
  },
  {
    id: 'linux-distribution',
    name: { ko: '리눅스 배포판', en: 'Linux distribution' },
    aliases: { ko: ['배포판', '디스트로'], en: ['distro', 'Linux distro'] },
    short: {
      ko: '리눅스 커널에 패키지 관리자, 라이브러리, 도구를 더해 하나의 운영체제로 묶어 낸 것이다.',
      en: 'The Linux kernel bundled with a package manager, libraries and tools into one operating system.',
    },
    long: {
      ko: 'Ubuntu, Debian, Fedora, Alpine 등이 있다. 컨테이너 이미지에는 흔히 배포판의 유저랜드(파일과 라이브러리)가 베이스로 담기지만, 커널은 호스트 것을 쓴다. 그래서 Ubuntu 호스트에서 Alpine 이미지를 실행해도 돌아가는 커널은 Ubuntu 커널이다.',
      en: 'Ubuntu, Debian, Fedora and Alpine are examples. A container image often carries a distribution’s userland (its files and libraries) as its base, but the kernel is the host’s. So an Alpine image on an Ubuntu host still runs on the Ubuntu kernel.',
    },
    tags: ['os'],
    seeAlso: ['operating-system', 'userland', 'kernel', 'host-os'],
    reference: 'https://en.wikipedia.org/wiki/Linux_distribution',
  },
  {
    id: 'namespace',
    name: { ko: '네임스페이스', en: 'namespace' },
    aliases: {
      ko: ['리눅스 네임스페이스', '사용자 네임스페이스', '네임 스페이스'],
      en: ['Linux namespace', 'namespaces', 'user namespace'],
    },
    short: {
      ko: '프로세스가 볼 수 있는 시스템 리소스(프로세스 목록, 네트워크, 파일시스템 마운트 등)의 범위를 나누는 리눅스 커널 기능이다.',
      en: 'A Linux kernel feature that limits which system resources (process list, network, filesystem mounts and more) a process can see.',
    },
    long: {
      ko: 'PID, 네트워크, 마운트, UTS(호스트 이름), IPC, 사용자, cgroup, time 네임스페이스가 있다. 컨테이너 안의 프로세스는 자기 네임스페이스 안의 것만 보므로 시스템을 혼자 쓰는 것처럼 동작한다. 컨테이너 안의 root를 호스트의 일반 사용자에 대응시키는 사용자 네임스페이스는 도커에서 기본으로 켜져 있지 않다. rootless 모드나 userns-remap을 쓰지 않으면 컨테이너 안의 root는 호스트의 root(UID 0)와 같은 사용자다. userns-remap은 containerd 이미지 스토어와 함께 쓸 수 없는데, 도커 엔진 29부터는 새로 설치하면 이 이미지 스토어가 기본이다. 쿠버네티스의 네임스페이스는 이름만 같을 뿐, 클러스터 안의 리소스를 묶는 별개의 개념이다.',
      en: 'There are PID, network, mount, UTS (hostname), IPC, user, cgroup and time namespaces. A process in a container sees only what is in its own namespaces, so it behaves as if it had the system to itself. The user namespace, which maps root in a container to an ordinary user on the host, is not enabled by default in Docker: without rootless mode or userns-remap, root in a container is the host’s root (UID 0). userns-remap does not work with the containerd image store, the default for fresh installs since Docker Engine 29. A Kubernetes namespace shares the name but is a different concept: a way to group resources in a cluster.',
    },
    tags: ['containers', 'os'],
    seeAlso: ['cgroup', 'isolation', 'container', 'kernel'],
    reference: 'https://man7.org/linux/man-pages/man7/namespaces.7.html',
  },
  {
    id: 'cgroup',
    name: { ko: 'cgroup', en: 'cgroup' },
    aliases: {
      ko: ['컨트롤 그룹', '제어 그룹', '씨그룹'],
      en: ['cgroups', 'control group', 'cgroup v2'],
    },
    short: {
      ko: '프로세스 묶음이 쓸 수 있는 CPU, 메모리, 디스크 I/O 같은 리소스의 양을 제한하고 측정하는 리눅스 커널 기능이다.',
      en: 'A Linux kernel feature that limits and measures how much CPU, memory, disk I/O and other resources a group of processes may use.',
    },
    long: {
      ko: '네임스페이스가 ‘무엇이 보이는가’를 나눈다면, 컨트롤 그룹(control group, cgroup)은 ‘얼마나 쓸 수 있는가’를 나눈다. 2008년 리눅스 2.6.24에 들어갔고, 오늘날 주요 배포판은 cgroup v2를 기본으로 쓴다. 컨테이너 런타임은 컨테이너마다 cgroup을 만들어 사용량을 재고, 한도를 주면(docker run --memory, --cpus, 쿠버네티스의 resources.limits) 한 컨테이너가 호스트의 리소스를 독차지해 다른 컨테이너를 느리게 만드는 일을 막는다. 한도를 주지 않으면 CPU는 경쟁할 때 나눠 쓰지만, 메모리는 제한 없이 쓸 수 있다. 전통적인 배포의 리소스 할당 문제를 커널 수준에서 푸는 장치다.',
      en: 'Where namespaces divide what a process can see, cgroups (control groups) divide how much it can use. They were merged into Linux 2.6.24 in 2008, and major distributions now use cgroup v2 by default. A container runtime puts each container in its own cgroup, which measures its use; given limits (docker run --memory, --cpus, Kubernetes resources.limits), it keeps one container from taking over the host’s resources and slowing the others down. Without limits, CPU is shared when there is contention, but memory use is not capped. It is the kernel-level answer to the resource allocation problem of traditional deployment.',
    },
    tags: ['containers', 'os'],
    seeAlso: ['namespace', 'resource-allocation', 'container', 'kernel'],
    reference: 'https://man7.org/linux/man-pages/man7/cgroups.7.html',
  },

  // Containers
  {
    id: 'container',
    name: { ko: '컨테이너', en: 'container' },
    aliases: { ko: ['도커 컨테이너', '리눅스 컨테이너'], en: ['Docker container'] },
    short: {
      ko: '애플리케이션을 종속성과 함께 묶어, 호스트 커널을 공유하면서도 다른 프로세스와 격리된 환경에서 실행하는 단위다.',
      en: 'A unit that packages an application with its dependencies and runs it isolated from other processes while sharing the host’s kernel.',
    },
    long: {
      ko: `커널 입장에서 컨테이너는 네임스페이스로 보이는 범위를 나누고 cgroup으로 리소스 사용량을 재고 제한할 수 있는 평범한 프로세스다. 게스트 OS도 커널도 담지 않아 이미지가 가상머신보다 훨씬 작고, 커널을 부팅하지 않아 빨리 시작한다(${CONTAINER_STARTUP.ko}). 컨테이너 안에 쓴 데이터는 임시로 여겨야 한다. 도커는 멈춘 컨테이너의 쓰기 가능 레이어를 컨테이너를 삭제할 때까지 남기지만, 쿠버네티스는 죽은 컨테이너를 깨끗한 상태로 다시 시작한다. 남겨야 할 데이터는 볼륨 같은 외부 스토리지에 둔다.`,
      en: `To the kernel, a container is an ordinary process whose view of the system is narrowed by namespaces and whose resource use cgroups measure and can limit. Its image holds no guest OS and no kernel, so it is far smaller than a VM’s, and with no kernel to boot it starts fast (${CONTAINER_STARTUP.en}). Treat data written inside a container as ephemeral: Docker keeps a stopped container’s writable layer until the container is removed, but Kubernetes restarts a failed container with a clean state. Data that must last goes to external storage such as a volume.`,
    },
    tags: ['containers'],
    seeAlso: [
      'container-image',
      'container-runtime',
      'namespace',
      'cgroup',
      'volume',
      'virtual-machine',
    ],
    reference: 'https://kubernetes.io/docs/concepts/containers/',
  },
  {
    id: 'containerization',
    name: { ko: '컨테이너화', en: 'containerization' },
    aliases: { ko: [], en: ['containerisation'] },
    short: {
      ko: '애플리케이션을 실행 환경과 함께 컨테이너 이미지로 묶어 컨테이너로 실행할 수 있게 만드는 일이다.',
      en: 'Packaging an application together with its runtime environment as a container image so that it can run as a container.',
    },
    long: {
      ko: '초판 노트의 말로는 ‘가상화를 운영체제 수준으로 가져오는 기술’이다. 가상화가 하드웨어를 추상화한다면 컨테이너화는 운영체제를 추상화한다. 실제로는 보통 Dockerfile을 써서 애플리케이션, 라이브러리, 설정을 이미지로 만든다.',
      en: 'In the words of the 2021 note, it brings virtualization to the level of the operating system: virtualization abstracts the hardware, containerization abstracts the operating system. In practice it usually means writing a Dockerfile that turns the application, its libraries and its settings into an image.',
    },
    tags: ['containers'],
    seeAlso: ['container', 'container-image', 'dockerfile', 'os-level-virtualization'],
  },
  {
    id: 'container-image',
    name: { ko: '컨테이너 이미지', en: 'container image' },
    aliases: {
      ko: ['이미지', '도커 이미지', 'OCI 이미지'],
      en: ['image', 'Docker image', 'OCI image'],
    },
    short: {
      ko: '컨테이너를 실행하는 데 필요한 애플리케이션, 라이브러리, 설정 파일을 담은 읽기 전용 꾸러미다.',
      en: 'A read-only package of the application, libraries and settings that a container is started from.',
    },
    long: {
      ko: `이미지는 여러 레이어로 쌓여 있고, 같은 레이어는 여러 이미지와 컨테이너가 나눠 쓴다. 커널은 담지 않지만, 흔히 배포판의 유저랜드(셸, 라이브러리, 패키지 관리자)를 베이스 이미지로 함께 담는다. 그래도 커널과 부팅에 필요한 것이 빠진 만큼 가상머신 이미지보다 훨씬 작다(${CONTAINER_IMAGE_SIZE.ko}). 한 번 만든 이미지를 개발, 테스트, 운영 환경에 그대로 옮겨 쓰는 것이 컨테이너 이식성의 핵심이고, 운영에서는 태그 대신 다이제스트(sha256:…)로 정확히 같은 이미지를 가리키기도 한다.`,
      en: `An image is built from stacked layers, and identical layers are shared between images and containers. It holds no kernel, but often carries a distribution’s userland (shell, libraries, package manager) as its base image. Without a kernel and what booting needs, it is still far smaller than a VM image (${CONTAINER_IMAGE_SIZE.en}). Moving one unchanged image from development to testing to production is what makes containers portable; in production an image is often pinned by its digest (sha256:…) rather than a tag, so that exactly the same image runs everywhere.`,
    },
    tags: ['containers'],
    seeAlso: ['container', 'image-layer', 'dockerfile', 'container-registry', 'oci'],
    reference: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-an-image/',
  },
  {
    id: 'image-layer',
    name: { ko: '이미지 레이어', en: 'image layer' },
    aliases: {
      ko: ['레이어', '쓰기 가능 레이어', '컨테이너 레이어'],
      en: ['layer', 'writable layer', 'container layer'],
    },
    short: {
      ko: '파일시스템의 변경분 하나를 담은 읽기 전용 묶음으로, 컨테이너 이미지는 이것을 여러 겹 쌓은 것이다.',
      en: 'One read-only set of filesystem changes; a container image is a stack of them.',
    },
    long: {
      ko: 'Dockerfile의 RUN, COPY, ADD처럼 파일을 바꾸는 명령마다 레이어가 하나씩 생긴다. 레이어는 내용의 해시로 구별되므로, 같은 베이스 이미지를 쓰는 이미지들은 그 레이어를 디스크에 한 벌만 두고 내려받을 때도 한 번만 받는다. 컨테이너를 실행하면 그 위에 쓰기 가능 레이어가 하나 더 올라가는데, 이 레이어는 컨테이너를 삭제하면 함께 사라진다.',
      en: 'Each Dockerfile instruction that changes files, such as RUN, COPY and ADD, creates one layer. Layers are identified by a hash of their content, so images built on the same base image keep one copy of its layers on disk and download them once. Running a container adds a writable layer on top, which is deleted with the container.',
    },
    tags: ['containers'],
    seeAlso: ['container-image', 'dockerfile', 'union-filesystem', 'container-registry'],
    reference: 'https://docs.docker.com/engine/storage/drivers/',
  },
  {
    id: 'union-filesystem',
    name: { ko: '유니언 파일시스템', en: 'union filesystem' },
    aliases: {
      ko: ['유니언 파일 시스템', '유니온 파일시스템', '오버레이 파일시스템'],
      en: [
        'union file system',
        'UnionFS',
        'OverlayFS',
        'overlay filesystem',
        'overlay2',
        'overlayfs snapshotter',
      ],
    },
    short: {
      ko: '여러 디렉터리(레이어)를 겹쳐 하나의 파일시스템처럼 보여 주는 파일시스템이다.',
      en: 'A filesystem that stacks several directories (layers) and presents them as one.',
    },
    long: {
      ko: '컨테이너 런타임은 이미지의 읽기 전용 레이어들 위에 컨테이너마다 얇은 쓰기 가능 레이어를 올리고, 유니언 파일시스템으로 이를 하나의 루트 파일시스템처럼 보여 준다. 리눅스에서는 주로 커널에 들어 있는 OverlayFS를 쓴다. 도커 엔진 29부터 새로 설치하면 containerd 이미지 스토어의 overlayfs 스냅샷터가 기본이고, 그 전 버전에서 올린 호스트는 overlay2 스토리지 드라이버를 계속 쓴다. 파일을 고치면 그 파일을 위 레이어로 복사한 뒤 고치므로(copy-on-write) 아래 레이어는 바뀌지 않는다. 쓰기가 많은 작업은 이 방식이 느리므로 볼륨을 쓴다.',
      en: 'A container runtime puts a thin writable layer for each container on top of the image’s read-only layers and uses a union filesystem to present them as one root filesystem. On Linux this is usually OverlayFS, which is part of the kernel: a fresh install of Docker Engine 29 or later uses the containerd image store with its overlayfs snapshotter, while hosts upgraded from earlier versions keep the overlay2 storage driver. A file that is changed is first copied up to the top layer (copy-on-write), so the layers below never change. Write-heavy work is slow this way and belongs on a volume.',
    },
    tags: ['containers', 'os'],
    seeAlso: ['image-layer', 'container-image', 'volume'],
    reference: 'https://docs.kernel.org/filesystems/overlayfs.html',
  },
  {
    id: 'container-runtime',
    name: { ko: '컨테이너 런타임', en: 'container runtime' },
    aliases: {
      ko: ['OCI 런타임', '저수준 런타임', '고수준 런타임', '런타임 심'],
      en: [
        'OCI runtime',
        'low-level runtime',
        'high-level runtime',
        'runtime shim',
        'containerd shim',
      ],
    },
    short: {
      ko: '이미지를 받아 풀고, 커널 기능으로 컨테이너를 만들어 실행하고 멈추는 소프트웨어다.',
      en: 'The software that unpacks images and uses kernel features to create, run and stop containers.',
    },
    long: {
      ko: 'containerd와 CRI-O 같은 고수준 런타임은 이미지 관리와 컨테이너 수명 주기를 맡고, runc 같은 저수준 OCI 런타임은 네임스페이스와 cgroup을 설정해 프로세스를 실제로 띄운다. gVisor(runsc)와 Kata Containers는 containerd나 CRI-O에 런타임으로 등록해(Kata는 런타임 심 containerd-shim-kata-v2로) runc 대신 쓸 수 있고, 그러면 격리가 강해진다. 쿠버네티스는 컨테이너 런타임 인터페이스(CRI)를 통해 런타임에 일을 시키는데, v1.24에서 dockershim이 빠진 뒤로 도커 엔진을 쓰려면 cri-dockerd 어댑터가 필요하다. OCI 표준 덕분에 런타임을 바꿔도 같은 이미지를 쓸 수 있다.',
      en: 'High-level runtimes such as containerd and CRI-O manage images and the container lifecycle; low-level OCI runtimes such as runc set up namespaces and cgroups and actually start the process. gVisor (runsc) and Kata Containers can be registered with containerd or CRI-O as runtimes in place of runc (Kata as the runtime shim containerd-shim-kata-v2), for stronger isolation. Kubernetes drives a runtime through the Container Runtime Interface (CRI); since dockershim was removed in v1.24, using Docker Engine takes the cri-dockerd adapter. Thanks to the OCI standards the same image works with any compliant runtime.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['container', 'oci', 'containerd', 'runc', 'cri-o', 'kubernetes'],
    reference: 'https://kubernetes.io/docs/setup/production-environment/container-runtimes/',
  },
  {
    id: 'containerd',
    name: { ko: 'containerd', en: 'containerd' },
    aliases: { ko: ['컨테이너디'], en: [] },
    short: {
      ko: '이미지를 받아 저장하고, 컨테이너를 만들고 실행하고 감독하는 일을 맡는 업계 표준 컨테이너 런타임이다.',
      en: 'An industry-standard container runtime that pulls and stores images and creates, runs and supervises containers.',
    },
    long: {
      ko: '도커에서 떨어져 나와 CNCF 프로젝트가 되었다. 도커 엔진이 내부에서 containerd를 쓰고, 쿠버네티스도 CRI 플러그인을 통해 containerd로 컨테이너를 실행한다. 컨테이너 프로세스는 런타임 심(shim)을 거쳐 runc 같은 OCI 런타임이 실제로 띄운다. 심을 바꾸면 같은 이미지를 gVisor나 Kata Containers로 실행할 수 있고, 도커 엔진에서도 docker run --runtime으로 이런 심을 고를 수 있다.',
      en: 'It was split out of Docker and became a CNCF project. Docker Engine uses containerd internally, and Kubernetes runs containers through containerd’s CRI plugin. A container process is actually started through a runtime shim by an OCI runtime such as runc. With a different shim, the same image runs under gVisor or Kata Containers, and Docker Engine can pick such a shim with docker run --runtime.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['container-runtime', 'runc', 'docker', 'kubernetes', 'kata-containers', 'gvisor'],
    reference: 'https://containerd.io/',
  },
  {
    id: 'runc',
    name: { ko: 'runc', en: 'runc' },
    aliases: { ko: ['런씨', '런시'], en: [] },
    short: {
      ko: '컨테이너 프로세스를 실제로 만들어 띄우는 작은 명령줄 도구로, OCI 런타임 명세의 참조 구현이다.',
      en: 'The small command-line tool that actually creates and starts container processes; the reference implementation of the OCI runtime spec.',
    },
    long: {
      ko: '도커가 자기 컨테이너 실행 코드(libcontainer)를 떼어 OCI에 기증한 것으로, OCI 런타임 명세의 참조 구현이다. 사람이 직접 쓰기보다 containerd나 CRI-O가 컨테이너를 만들 때 불러 쓴다. 풀어 놓은 루트 파일시스템과 config.json으로 이뤄진 번들을 받아 컨테이너 하나를 실행한다.',
      en: 'Docker split out its container-running code (libcontainer) and donated it to the OCI; runc is the reference implementation of the OCI runtime spec. People rarely call it by hand: containerd and CRI-O call it to create containers. It takes a bundle — an unpacked root filesystem and a config.json — and runs one container from it.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['oci', 'container-runtime', 'containerd', 'namespace'],
    reference: 'https://github.com/opencontainers/runc',
  },
  {
    id: 'cri-o',
    name: { ko: 'CRI-O', en: 'CRI-O' },
    aliases: { ko: ['크라이오'], en: ['crio'] },
    short: {
      ko: '쿠버네티스의 컨테이너 런타임 인터페이스(CRI)를 구현하려고 만든 가벼운 컨테이너 런타임이다.',
      en: 'A lightweight container runtime built to implement the Kubernetes Container Runtime Interface (CRI).',
    },
    long: {
      ko: '쿠버네티스가 요청하는 일(이미지 받기, 파드와 컨테이너 만들기)만 하도록 작게 만들었고, 컨테이너 프로세스는 runc나 crun 같은 OCI 런타임으로 띄운다. 버전 번호도 쿠버네티스에 맞춰 낸다. 도커 이미지 형식과 OCI 이미지 형식을 모두 읽으므로 도커로 만든 이미지를 그대로 실행한다.',
      en: 'It is kept small, doing only what Kubernetes asks for (pulling images, creating Pods and containers), and starts container processes with an OCI runtime such as runc or crun. Its version numbers follow Kubernetes releases. It reads both the Docker and the OCI image formats, so images built with Docker run unchanged.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['container-runtime', 'kubernetes', 'containerd', 'runc'],
    reference: 'https://cri-o.io/',
  },
  {
    id: 'gvisor',
    name: { ko: 'gVisor', en: 'gVisor' },
    aliases: { ko: ['지바이저', '지 바이저'], en: ['runsc'] },
    short: {
      ko: '컨테이너와 호스트 커널 사이에 자기 커널을 하나 더 두어 컨테이너를 격리하는, 구글의 오픈소스 샌드박스 런타임이다.',
      en: 'Google’s open-source sandbox runtime that isolates containers by putting a kernel of its own between them and the host kernel.',
    },
    long: {
      ko: 'gVisor의 애플리케이션 커널은 호스트에서 일반 프로세스로 돌면서 리눅스 시스템 콜 대부분을 직접 구현하고, 호스트 커널에는 꼭 필요한 적은 수의 호출만 보낸다. 그래서 컨테이너가 호스트 커널의 취약점에 닿기 어렵다. OCI 런타임 runsc로 제공되어 도커(--runtime=runsc)나 쿠버네티스의 RuntimeClass로 runc 대신 쓸 수 있다. 대신 시스템 콜과 파일 I/O가 많은 작업은 느려질 수 있다.',
      en: 'gVisor’s application kernel runs on the host as an ordinary process, implements most Linux system calls itself and passes only a small set of calls on to the host kernel, so a container is far less exposed to flaws in the host kernel. It ships as the OCI runtime runsc, which can replace runc in Docker (--runtime=runsc) or through a Kubernetes RuntimeClass. Work heavy in system calls and file I/O can be slower.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['container-runtime', 'system-call', 'isolation', 'kata-containers'],
    reference: 'https://gvisor.dev/docs/',
  },
  {
    id: 'kata-containers',
    name: { ko: 'Kata Containers', en: 'Kata Containers' },
    aliases: {
      ko: [
        '카타 컨테이너',
        '카타 컨테이너스',
        '카타 컨테이너즈',
        '카타컨테이너',
        '카타컨테이너스',
        '카타',
      ],
      en: ['Kata', 'kata-runtime'],
    },
    short: {
      ko: '파드나 컨테이너마다 가벼운 가상머신을 띄워 그 안에서 실행하는 OCI 호환 컨테이너 런타임이다.',
      en: 'An OCI-compatible container runtime that runs each Pod or container inside its own lightweight virtual machine.',
    },
    long: {
      ko: '겉으로는 보통의 컨테이너처럼 이미지를 받아 실행하지만, 실제로는 QEMU, Cloud Hypervisor, Firecracker 같은 VMM으로 마이크로VM을 띄우고 그 안의 자기 커널 위에서 컨테이너를 돌린다. 그래서 컨테이너가 호스트 커널을 공유하지 않고 하드웨어 수준으로 격리된다. containerd나 CRI-O에 런타임 심(containerd-shim-kata-v2)으로 붙여 쓰고, 쿠버네티스에서는 RuntimeClass로 파드마다 고를 수 있다. 대신 VM을 띄우는 만큼 시작 시간과 메모리가 더 든다.',
      en: 'From the outside it pulls and runs images like any container runtime, but it starts a microVM with a VMM such as QEMU, Cloud Hypervisor or Firecracker and runs the container on that VM’s own kernel. Containers therefore do not share the host kernel and are isolated at the hardware level. It plugs into containerd or CRI-O as a runtime shim (containerd-shim-kata-v2), and Kubernetes can pick it per Pod through a RuntimeClass. Starting a VM costs extra startup time and memory.',
    },
    tags: ['containers', 'tools', 'virtualization'],
    seeAlso: ['microvm', 'firecracker', 'container-runtime', 'gvisor'],
    reference: 'https://katacontainers.io/',
  },
  {
    id: 'container-registry',
    name: { ko: '컨테이너 레지스트리', en: 'container registry' },
    aliases: { ko: ['레지스트리', '이미지 저장소'], en: ['registry', 'image registry'] },
    short: {
      ko: '컨테이너 이미지를 저장해 두고 필요한 곳에서 내려받을 수 있게 하는 서버다.',
      en: 'A server that stores container images and lets others pull them.',
    },
    long: {
      ko: 'docker push로 이미지를 올리고 docker pull로 내려받는다. Docker Hub 같은 공개 레지스트리와 회사 안에서 쓰는 사설 레지스트리가 있고, 대부분 OCI 배포 명세(distribution-spec)를 따르므로 어느 도구로든 같은 방식으로 주고받을 수 있다. 이미지는 저장소 이름과 태그(예: nginx:1.27)로 구별하고, 내용의 해시인 다이제스트로 정확히 가리킬 수도 있다.',
      en: 'You upload images with docker push and download them with docker pull. There are public registries such as Docker Hub and private ones run inside a company; most follow the OCI distribution spec, so any tool can push and pull the same way. An image is identified by its repository name and a tag, such as nginx:1.27, or exactly by its digest, a hash of its content.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['container-image', 'docker', 'oci'],
    reference: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-registry/',
  },
  {
    id: 'volume',
    name: { ko: '볼륨', en: 'volume' },
    aliases: { ko: ['데이터 볼륨'], en: ['data volume'] },
    short: {
      ko: '컨테이너가 지워지거나 다시 시작되어도 데이터가 남도록 컨테이너 밖에 두는 저장 공간이다.',
      en: 'Storage kept outside a container so that its data survives when the container is removed or restarted.',
    },
    long: {
      ko: '컨테이너 안에 쓴 데이터는 임시로 여겨야 한다. 도커에서는 컨테이너를 삭제할 때 쓰기 가능 레이어와 함께 사라지고, 쿠버네티스에서는 죽은 컨테이너가 깨끗한 상태로 다시 시작되면서 사라진다. 데이터베이스 파일처럼 남겨야 할 데이터는 볼륨에 두고 컨테이너에 연결(마운트)한다. 가상머신은 보통 데이터를 자기 가상 디스크에 저장하므로, 이 점이 두 방식의 운영 차이 가운데 하나다.',
      en: 'Treat data written inside a container as ephemeral: in Docker it is deleted with the container’s writable layer when the container is removed, and in Kubernetes it is lost when a failed container is restarted with a clean state. Data that must last, such as database files, goes on a volume that is mounted into the container. VMs usually keep data on their own virtual disks, which is one of the operational differences between the two.',
    },
    tags: ['containers', 'operations'],
    seeAlso: ['container', 'image-layer', 'immutable-infrastructure'],
    reference: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  },
  {
    id: 'lxc',
    name: { ko: 'LXC', en: 'LXC' },
    aliases: { ko: ['엘엑스씨', 'LXC 컨테이너'], en: ['Linux Containers'] },
    short: {
      ko: 'init까지 띄워 가벼운 가상머신처럼 쓰는 ‘시스템 컨테이너’를 만드는 리눅스 도구 모음이다.',
      en: 'A set of Linux tools for “system containers”, which start their own init and are used like lightweight virtual machines.',
    },
    long: {
      ko: 'LXC(Linux Containers)는 2008년에 처음 나왔고 지금도 활발히 관리되며, 몇 년씩 지원하는 장기 지원(LTS) 릴리스를 낸다. 예를 들어 2024년에 나온 6.0은 2029년까지 지원된다. 네임스페이스와 cgroup을 쓰는 라이브러리(liblxc)와 명령줄 도구로 이루어진다. 애플리케이션 하나를 담는 도커 컨테이너와 달리 LXC 컨테이너는 보통 init부터 띄워 가벼운 가상머신처럼 쓰지만, 커널은 호스트 것을 쓰므로 커널을 부팅하지는 않는다. 초기의 도커는 LXC를 바탕으로 만들어졌다가 자체 라이브러리(libcontainer, 지금의 runc)로 바꿨다. Incus와 LXD는 컨테이너는 LXC로, 가상머신은 QEMU로 띄워 함께 관리한다.',
      en: 'LXC (Linux Containers) first appeared in 2008 and is still actively maintained, with long-term support (LTS) releases that are supported for years: 6.0, released in 2024, is supported until 2029, for example. It consists of a library (liblxc) and command-line tools built on namespaces and cgroups. Unlike a Docker container, which holds one application, an LXC container usually starts from an init and is used like a lightweight virtual machine, but it uses the host’s kernel and boots no kernel of its own. Early Docker was built on LXC before switching to its own library (libcontainer, today’s runc). Incus and LXD manage LXC containers and QEMU virtual machines side by side.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['container', 'namespace', 'cgroup', 'docker'],
    reference: 'https://linuxcontainers.org/lxc/introduction/',
  },
  {
    id: 'oci',
    name: { ko: 'OCI', en: 'OCI' },
    aliases: { ko: ['오픈 컨테이너 이니셔티브'], en: ['Open Container Initiative'] },
    short: {
      ko: '컨테이너 이미지 형식과 런타임 동작의 개방형 표준을 정하는 리눅스 재단 산하 프로젝트다.',
      en: 'A Linux Foundation project that sets open standards for container image formats and runtime behavior.',
    },
    long: {
      ko: '2015년 도커와 업계 여러 회사가 함께 만들었다. 이미지 명세(image-spec), 런타임 명세(runtime-spec), 배포 명세(distribution-spec)를 정한다. 이미지 명세는 도커 이미지 형식을 바탕으로 만들어졌고 containerd나 CRI-O 같은 런타임은 두 형식을 모두 읽으므로, 도커로 만든 이미지를 다른 런타임에서도 실행하고 어느 레지스트리에서든 주고받을 수 있다. 도커가 기증한 runc가 OCI 런타임 명세의 참조 구현이다.',
      en: 'Docker and other companies founded it in 2015. It defines the image spec, the runtime spec and the distribution spec. The image spec grew out of Docker’s image format, and runtimes such as containerd and CRI-O read both formats, which is why an image built with Docker also runs on other runtimes and moves through any registry. runc, donated by Docker, is the reference implementation of the OCI runtime spec.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['container-image', 'container-runtime', 'runc', 'portability', 'docker'],
    reference: 'https://opencontainers.org/',
  },
  {
    id: 'docker',
    name: { ko: '도커', en: 'Docker' },
    aliases: { ko: ['도커 엔진', '독커'], en: ['Docker Engine', 'dockerd'] },
    short: {
      ko: '컨테이너 이미지를 만들고 공유하고 실행하는 일을 명령 몇 개로 할 수 있게 해 준 도구이자 플랫폼이다.',
      en: 'The tool and platform that made building, sharing and running container images a matter of a few commands.',
    },
    long: {
      ko: '2013년에 공개된 도커는 Dockerfile로 이미지를 만들고(docker build), 레지스트리에 올리고(docker push), 어디서나 실행하는(docker run) 흐름을 대중화했다. 컨테이너 자체는 리눅스 커널 기능(네임스페이스, cgroup)으로 만들어지고, 도커는 그 위에서 개발자가 쓰기 쉬운 도구를 제공한다. 오늘날 도커 엔진은 내부적으로 containerd와 runc를 사용한다. 쿠버네티스는 v1.24부터 도커 엔진을 직접 부르지 않고 containerd나 CRI-O 같은 CRI 런타임을 쓰며, 도커 엔진을 쓰려면 cri-dockerd 어댑터가 필요하다. 도커 이미지 형식은 OCI 이미지 명세의 바탕이 되었고 containerd와 CRI-O는 두 형식을 모두 읽으므로, 도커로 만든 이미지는 어느 쪽에서든 그대로 돈다.',
      en: 'Released in 2013, Docker popularized the flow of building an image from a Dockerfile (docker build), pushing it to a registry (docker push) and running it anywhere (docker run). Containers themselves are made from Linux kernel features (namespaces and cgroups); Docker provides developer-friendly tooling on top. Today Docker Engine uses containerd and runc under the hood. Since v1.24, Kubernetes no longer calls Docker Engine directly but uses CRI runtimes such as containerd or CRI-O; using Docker Engine takes the cri-dockerd adapter. Docker’s image format became the basis of the OCI image spec, and containerd and CRI-O read both, so images built with Docker run unchanged either way.',
    },
    tags: ['tools', 'containers'],
    seeAlso: ['container', 'dockerfile', 'docker-desktop', 'containerd', 'kubernetes'],
    reference: 'https://docs.docker.com/get-started/docker-overview/',
  },
  {
    id: 'docker-desktop',
    name: { ko: 'Docker Desktop', en: 'Docker Desktop' },
    aliases: {
      ko: ['도커 데스크톱', '도커 데스크탑', '도커데스크톱', '도커데스크탑'],
      en: ['Docker for Mac', 'Docker for Windows'],
    },
    short: {
      ko: '주로 리눅스 VM을 띄워 그 안에서 도커 엔진과 컨테이너를 실행해 주는 macOS·Windows·리눅스용 데스크톱 애플리케이션이다.',
      en: 'A desktop application for macOS, Windows and Linux that mainly starts a Linux VM and runs Docker Engine and containers inside it.',
    },
    long: {
      ko: '리눅스 컨테이너는 리눅스 커널이 있어야 돌기 때문에, Docker Desktop은 macOS에서는 Apple의 가상화 프레임워크 같은 가상머신 관리자로, Windows에서는 주로 WSL 2로(Hyper-V 백엔드도 있다) 리눅스 VM을 띄운다. 리눅스용도 컨테이너를 호스트에서 바로 돌리지 않고, KVM을 쓰는 QEMU로 VM을 하나 띄워 그 안에서 돌린다. 그래서 Docker Desktop에서 docker run --rm alpine uname -r을 실행하면 그 컴퓨터의 커널이 아니라 VM 속 리눅스 커널의 버전이 나온다. Windows용은 Windows 컨테이너 모드로 바꿔 Windows 컨테이너를 돌릴 수도 있는데, 이때는 리눅스 VM을 쓰지 않는다. Podman의 podman machine과 Colima도 같은 식으로 리눅스 VM 위에서 컨테이너를 돌리고, Apple의 container 도구는 컨테이너마다 가벼운 VM을 하나씩 띄운다.',
      en: 'Linux containers need a Linux kernel, so Docker Desktop starts a Linux VM: on macOS with a virtual machine manager such as Apple’s Virtualization framework, on Windows mostly with WSL 2 (a Hyper-V backend also exists). The Linux version, too, does not run containers on the host directly: it starts a VM with QEMU and KVM and runs them there. That is why docker run --rm alpine uname -r under Docker Desktop prints the version of the Linux kernel in that VM, not the computer’s own kernel. On Windows it can also switch to Windows containers, which do not use the Linux VM. Podman’s podman machine and Colima likewise run containers on a Linux VM, and Apple’s container tool starts a lightweight VM for each container.',
    },
    tags: ['tools', 'containers'],
    seeAlso: ['docker', 'docker-host', 'host-os', 'podman'],
    reference: 'https://docs.docker.com/desktop/',
  },
  {
    id: 'podman',
    name: { ko: 'Podman', en: 'Podman' },
    aliases: { ko: ['포드맨', '팟맨'], en: [] },
    short: {
      ko: '데몬 없이 컨테이너와 파드를 실행하는, 명령이 도커와 거의 같은 오픈소스 컨테이너 엔진이다.',
      en: 'An open-source container engine with Docker-compatible commands that runs containers and pods without a daemon.',
    },
    long: {
      ko: 'Red Hat이 주도해 만든 도구로, 도커와 달리 중앙 데몬을 두지 않고 명령을 실행한 사용자의 프로세스로 컨테이너를 띄운다. root 권한 없이 쓰는 rootless 모드를 처음부터 염두에 두고 설계했다. 도커 이미지와 OCI 이미지를 모두 읽으므로 도커로 만든 이미지를 그대로 실행하고, macOS와 Windows에서는 podman machine이 리눅스 VM을 띄워 그 안에서 컨테이너를 돌린다.',
      en: 'Led by Red Hat; unlike Docker, it has no central daemon: containers run as processes of the user who started them, and rootless use was part of the design from the start. It reads both Docker and OCI images, so images built with Docker run unchanged; on macOS and Windows, podman machine starts a Linux VM to run the containers in.',
    },
    tags: ['tools', 'containers'],
    seeAlso: ['docker', 'container-runtime', 'oci', 'docker-desktop'],
    reference: 'https://podman.io/',
  },
  {
    id: 'dockerfile',
    name: { ko: 'Dockerfile', en: 'Dockerfile' },
    aliases: { ko: ['도커파일', '도커 파일'], en: ['Containerfile'] },
    short: {
      ko: '컨테이너 이미지를 만드는 단계를 차례대로 적은 텍스트 파일이다.',
      en: 'A text file that lists, step by step, how to build a container image.',
    },
    long: {
      ko: 'FROM으로 베이스 이미지를 고르고, RUN으로 패키지를 설치하고, COPY로 애플리케이션 파일을 넣고, CMD로 실행할 명령을 정한다. docker build가 이 파일을 읽어, 파일시스템을 바꾸는 명령(주로 RUN, COPY, ADD)마다 이미지 레이어를 하나씩 만들고, 나머지 명령(CMD, ENV 등)으로는 이미지 설정만 바꾼다. 이미지를 만드는 절차를 코드로 남기므로 코드로 관리하는 인프라의 한 예다. 다만 같은 Dockerfile로 다시 빌드해도 베이스 이미지 태그가 가리키는 이미지나 apt-get update로 받는 패키지가 바뀌면 다른 이미지가 나오므로, 운영에서는 한 번 빌드한 이미지를 다이제스트로 고정해 다시 쓴다.',
      en: 'FROM picks a base image, RUN installs packages, COPY adds the application’s files and CMD sets the command to run. docker build reads the file and creates an image layer for each instruction that changes the filesystem (mainly RUN, COPY and ADD); the other instructions (CMD, ENV...) only change the image’s configuration. Because it records how an image is made as code, it is an example of infrastructure as code. Rebuilding the same Dockerfile can still give a different image when a base image tag or the packages fetched by apt-get update change, so production reuses an image once built, pinned by its digest.',
    },
    tags: ['tools', 'containers'],
    seeAlso: ['container-image', 'image-layer', 'docker', 'infrastructure-as-code'],
    reference: 'https://docs.docker.com/reference/dockerfile/',
  },
  {
    id: 'docker-host',
    name: { ko: '도커 호스트', en: 'Docker host' },
    aliases: { ko: ['컨테이너 호스트'], en: ['container host'] },
    short: {
      ko: '도커 엔진이 설치되어 컨테이너가 실제로 실행되는 컴퓨터다.',
      en: 'The machine on which Docker Engine is installed and containers actually run.',
    },
    long: {
      ko: '물리 서버일 수도 있고 가상머신일 수도 있다. 한 호스트의 컨테이너는 모두 그 호스트의 커널을 공유한다. Docker Desktop(macOS, Windows, 리눅스용 포함)에서는 그 컴퓨터가 아니라 Docker Desktop이 띄운 리눅스 VM이 도커 호스트다. 초판 노트의 스케일 아웃 시나리오처럼 컨테이너를 늘리다 보면 같은 호스트보다 다른 호스트에 띄우는 경우가 더 많아지고, 그때부터는 오케스트레이션이 필요하다.',
      en: 'It can be a physical server or a virtual machine. All containers on one host share that host’s kernel. With Docker Desktop (on macOS, Windows, and also on Linux), the Docker host is the Linux VM that Docker Desktop starts, not the computer itself. As in the 2021 note’s scale-out scenario, adding containers soon means placing them on other hosts rather than the same one, and from then on orchestration is needed.',
    },
    tags: ['containers', 'tools'],
    seeAlso: ['host-os', 'docker', 'docker-desktop', 'cluster', 'scale-out'],
  },
  {
    id: 'kubernetes',
    name: { ko: '쿠버네티스', en: 'Kubernetes' },
    aliases: {
      ko: ['쿠베네티스', '쿠버네테스', '쿠버', '케이에잇츠', '케이에이츠'],
      en: ['k8s', 'kube'],
    },
    short: {
      ko: '여러 서버로 이루어진 클러스터에서 컨테이너의 배포, 확장, 복구를 자동으로 처리하는 오픈소스 오케스트레이션 플랫폼이다.',
      en: 'An open-source orchestration platform that deploys, scales and heals containers across a cluster of servers automatically.',
    },
    long: {
      ko: '사용자가 “이 이미지로 컨테이너 세 개를 띄워 둔다”처럼 원하는 상태를 선언하면, 쿠버네티스가 실제 상태를 그에 맞춰 계속 조정한다. 죽은 컨테이너를 깨끗한 상태로 다시 띄우고, 부하에 따라 개수를 늘리거나 줄이고, 새 버전을 차례로 배포한다. 컨테이너 실행은 CRI로 연결한 containerd나 CRI-O 같은 런타임이 맡는다. k8s는 k와 s 사이의 글자 8개를 줄인 표기다.',
      en: 'You declare the state you want — “keep three containers of this image running” — and Kubernetes keeps adjusting the actual state to match. It restarts failed containers with a clean state, scales their number with the load and rolls out new versions step by step. Running the containers is left to a runtime such as containerd or CRI-O, connected through the CRI. “k8s” abbreviates the eight letters between the k and the s.',
    },
    tags: ['tools', 'operations', 'containers'],
    seeAlso: ['orchestration', 'cluster', 'container-runtime', 'docker'],
    reference: 'https://kubernetes.io/docs/concepts/overview/',
  },

  // Deployment and operations
  {
    id: 'deployment',
    name: { ko: '배포', en: 'deployment' },
    aliases: { ko: ['디플로이'], en: ['deploy'] },
    short: {
      ko: '만든 소프트웨어를 사용자가 쓸 수 있도록 서버 같은 실행 환경에 설치하고 실행하는 일이다.',
      en: 'Installing and starting software in an environment such as a server, so that users can use it.',
    },
    long: {
      ko: '배포 방식은 물리 서버에 직접 설치하는 전통적인 배포에서 가상머신을 쓰는 가상화된 배포를 거쳐 컨테이너 배포로 발전했다. 다만 이는 흐름을 단순하게 나눈 것이고, 가상머신은 1960~70년대에 이미 있었으며 chroot(1979년)나 FreeBSD jail(2000년) 같은 격리 기술도 가상머신과 나란히 쓰였다. 환경마다 운영체제와 라이브러리가 다르면 개발 환경에서는 되던 것이 운영 환경에서는 안 되는 문제가 생기는데, 컨테이너는 실행 환경째로 배포해 이 문제를 줄인다. 쿠버네티스의 Deployment 오브젝트와는 구별한다.',
      en: 'Deployment evolved from installing directly on physical servers (traditional deployment) through virtual machines (virtualized deployment) to containers (container deployment). That is a simplified sequence: virtual machines already existed in the 1960s and 70s, and isolation tools such as chroot (1979) and FreeBSD jails (2000) were used alongside them. When environments differ in operating system or libraries, software that works in development can fail in production; containers reduce this by shipping the environment along with the application. Not to be confused with the Kubernetes Deployment object.',
    },
    tags: ['operations'],
    seeAlso: [
      'traditional-deployment',
      'virtualized-deployment',
      'container-deployment',
      'configuration-drift',
    ],
  },
  {
    id: 'traditional-deployment',
    name: { ko: '전통적인 배포', en: 'traditional deployment' },
    aliases: { ko: ['전통적 배포'], en: ['bare-metal deployment'] },
    short: {
      ko: '가상화 없이 애플리케이션을 물리 서버에 직접 설치해 실행하는 배포 방식이다.',
      en: 'Deploying applications by installing them directly on physical servers, without virtualization.',
    },
    long: {
      ko: '구조가 단순했지만, 한 물리 서버 안에서 애플리케이션별로 리소스 경계를 정할 실용적인 방법이 없었다. rlimit(ulimit)이나 nice 같은 도구는 있었지만 애플리케이션마다 CPU와 메모리를 확실히 나누지는 못했고, 이를 커널 수준에서 해결한 cgroup은 2008년에야 리눅스에 들어왔다(Solaris나 AIX 같은 상용 유닉스에는 비슷한 도구가 먼저 있었다). 한 애플리케이션이 리소스를 독차지하면 다른 애플리케이션이 느려졌고, 이를 피하려 애플리케이션마다 서버를 따로 두면 리소스는 남고 유지 비용은 늘어났다.',
      en: 'It was simple, but there was no practical way to set resource boundaries for each application on one physical server. Tools such as rlimit (ulimit) and nice existed but could not reliably divide CPU and memory between applications; cgroups, which solved this in the kernel, only arrived in Linux in 2008 (commercial Unix systems such as Solaris and AIX had similar tools earlier). One application could take most of the resources and slow the others down; giving each application its own server avoided that but left resources idle and raised costs.',
    },
    tags: ['operations'],
    seeAlso: ['physical-server', 'resource-allocation', 'virtualized-deployment', 'deployment'],
  },
  {
    id: 'virtualized-deployment',
    name: { ko: '가상화된 배포', en: 'virtualized deployment' },
    aliases: { ko: ['가상화 배포'], en: [] },
    short: {
      ko: '물리 서버 한 대에 가상머신 여러 대를 만들고 애플리케이션을 가상머신별로 나눠 배포하는 방식이다.',
      en: 'Deploying applications into separate virtual machines, several of which run on one physical server.',
    },
    long: {
      ko: '전통적인 배포의 대안으로 등장했다. 가상머신끼리 격리되어 한 애플리케이션이 다른 애플리케이션의 리소스나 데이터에 마음대로 접근할 수 없고, 물리 리소스를 더 효율적으로 쓰며, 애플리케이션을 쉽게 추가하고 업데이트할 수 있다. 하지만 가상머신마다 게스트 OS가 필요해 무겁고, 유료 OS의 라이선스, OS별 차이, 커지는 이미지 같은 문제가 따른다.',
      en: 'It appeared as the alternative to traditional deployment. VMs are isolated from each other, so one application cannot freely reach another’s resources or data; physical resources are used more efficiently; and applications are easy to add and update. But every VM needs a guest OS, which makes it heavy and brings licenses for paid OSes, drift between OSes and ever-growing images.',
    },
    tags: ['virtualization', 'operations'],
    seeAlso: ['virtual-machine', 'traditional-deployment', 'container-deployment', 'deployment'],
  },
  {
    id: 'container-deployment',
    name: { ko: '컨테이너 배포', en: 'container deployment' },
    aliases: { ko: [], en: [] },
    short: {
      ko: '애플리케이션을 컨테이너 이미지로 묶어, 호스트 커널을 공유하는 컨테이너로 실행하는 배포 방식이다.',
      en: 'Deploying applications as container images that run as containers sharing the host’s kernel.',
    },
    long: {
      ko: `가상화된 배포와 마찬가지로 애플리케이션을 격리하지만, 게스트 OS가 없어 가볍고 빨리 시작한다(${CONTAINER_STARTUP.ko}). 같은 이미지를 어디서나 실행할 수 있어 환경 차이로 생기는 문제가 줄고, 스케일 아웃과 불변 인프라를 실천하기 쉽다.`,
      en: `Like virtualized deployment it isolates applications, but with no guest OS it is lighter and starts fast (${CONTAINER_STARTUP.en}). The same image runs anywhere, which cuts problems caused by differing environments and makes scale-out and immutable infrastructure easy to practice.`,
    },
    tags: ['containers', 'operations'],
    seeAlso: ['container', 'container-image', 'virtualized-deployment', 'deployment'],
  },
  {
    id: 'physical-server',
    name: { ko: '물리 서버', en: 'physical server' },
    aliases: { ko: ['베어메탈 서버', '물리 머신'], en: ['bare-metal server', 'physical machine'] },
    short: {
      ko: '가상화 계층 없이 실제 하드웨어로 존재하는 서버 컴퓨터다.',
      en: 'A server computer that exists as real hardware, without a virtualization layer.',
    },
    long: {
      ko: '전통적인 배포에서는 애플리케이션을 물리 서버에 바로 설치했다. 한 서버에서 여러 애플리케이션이 리소스를 다투면 서로의 성능을 떨어뜨리고, 그렇다고 애플리케이션마다 서버를 따로 두면 리소스는 놀고 비용은 커진다. 가상머신과 컨테이너는 모두 물리 서버 한 대를 여러 환경으로 나눠 쓰는 방법이다.',
      en: 'In traditional deployment, applications were installed straight onto physical servers. Several applications on one server compete for its resources and slow each other down; one server per application leaves resources idle and costs more. Virtual machines and containers are both ways to divide one physical server into several environments.',
    },
    tags: ['operations'],
    seeAlso: ['traditional-deployment', 'resource-allocation', 'virtual-machine'],
  },
  {
    id: 'resource-allocation',
    name: { ko: '리소스 할당', en: 'resource allocation' },
    aliases: { ko: ['자원 할당', '자원 배분', '리소스 배분'], en: [] },
    short: {
      ko: 'CPU, 메모리, 디스크, 네트워크 같은 리소스를 어떤 애플리케이션이 얼마나 쓸지 정해 나눠 주는 일이다.',
      en: 'Deciding how much CPU, memory, disk and network each application may use, and handing it out.',
    },
    long: {
      ko: '전통적인 배포에서는 한 물리 서버의 애플리케이션들 사이에 리소스 경계를 그을 실용적인 방법이 없었다. 이는 흔히 쓰던 리눅스 서버의 이야기이고, Solaris나 AIX 같은 상용 유닉스에는 비슷한 도구가 먼저 있었다. 하이퍼바이저는 가상머신마다 가상 CPU와 메모리를 정해 주고, 컨테이너 런타임은 컨테이너마다 준 한도를 cgroup으로 건다(주지 않으면 한도가 없다). 쿠버네티스에서는 컨테이너마다 요청(request)과 한도(limit)를 적는다.',
      en: 'In traditional deployment there was no practical way to draw resource boundaries between the applications on one physical server. That is true of the Linux servers most people ran; commercial Unix systems such as Solaris and AIX had similar tools earlier. A hypervisor assigns virtual CPUs and memory to each VM; a container runtime enforces the limits you give each container through cgroups (by default there are none). In Kubernetes you write requests and limits for each container.',
    },
    tags: ['operations', 'os'],
    seeAlso: ['cgroup', 'traditional-deployment', 'hypervisor'],
  },
  {
    id: 'scale-out',
    name: { ko: '스케일 아웃', en: 'scale-out' },
    aliases: { ko: ['수평 확장'], en: ['horizontal scaling', 'scaling out'] },
    short: {
      ko: '서버나 컨테이너의 수를 늘려 처리 능력을 키우는 방법이다.',
      en: 'Growing capacity by adding more servers or containers.',
    },
    long: {
      ko: `한 대의 성능을 높이는 스케일 업과 달리, 같은 일을 하는 인스턴스를 여러 개 두고 부하를 나눈다. 인스턴스가 빨리 뜨고 어느 호스트에서든 똑같이 돌아야 하므로, 빨리 시작하고(${CONTAINER_STARTUP.ko}) 이식성이 좋은 컨테이너가 잘 맞는다. 쿠버네티스는 부하에 따라 컨테이너 수를 자동으로 늘리고 줄일 수 있다.`,
      en: `Unlike scale-up, which makes one machine bigger, scale-out runs more instances of the same work and spreads the load across them. New instances must start quickly and behave the same on any host, which suits containers: they start fast (${CONTAINER_STARTUP.en}) and are portable. Kubernetes can add and remove containers automatically as the load changes.`,
    },
    tags: ['operations'],
    seeAlso: ['scale-up', 'cluster', 'orchestration', 'kubernetes'],
  },
  {
    id: 'scale-up',
    name: { ko: '스케일 업', en: 'scale-up' },
    aliases: { ko: ['수직 확장'], en: ['vertical scaling', 'scaling up'] },
    short: {
      ko: '서버 한 대의 CPU, 메모리 같은 사양을 높여 처리 능력을 키우는 방법이다.',
      en: 'Growing capacity by giving one server more CPU, memory or other resources.',
    },
    long: {
      ko: '애플리케이션을 고치지 않아도 된다는 장점이 있지만, 한 대가 가질 수 있는 사양에는 한계가 있고 그 한 대가 고장 나면 서비스 전체가 멈춘다. 그래서 많은 서비스가 스케일 아웃과 함께 쓴다.',
      en: 'The application does not have to change, but one machine can only grow so far, and if that one machine fails, the whole service stops. Many services therefore combine it with scale-out.',
    },
    tags: ['operations'],
    seeAlso: ['scale-out', 'resource-allocation'],
  },
  {
    id: 'cluster',
    name: { ko: '클러스터', en: 'cluster' },
    aliases: { ko: [], en: [] },
    short: {
      ko: '여러 대의 서버(노드)를 네트워크로 묶어 하나의 시스템처럼 쓰는 구성이다.',
      en: 'Several servers (nodes) connected over a network and used as one system.',
    },
    long: {
      ko: '클러스터는 한 대로는 부족한 처리 능력을 여러 대로 나눠 감당하고, 한 대가 고장 나도 나머지가 일을 이어받게 한다. 가상화를 쓰면 물리 리소스를 언제든 버리고 새로 만들 수 있는 가상머신들의 클러스터로 꾸릴 수 있다. 쿠버네티스 클러스터는 컨테이너를 실행하는 워커 노드들과 이를 관리하는 컨트롤 플레인으로 이루어진다.',
      en: 'A cluster handles more work than one machine can, and keeps going when one machine fails because the others take over. Virtualization lets you build a cluster out of disposable virtual machines instead of fixed hardware. A Kubernetes cluster consists of worker nodes that run containers and a control plane that manages them.',
    },
    tags: ['operations'],
    seeAlso: ['kubernetes', 'orchestration', 'scale-out'],
    reference: 'https://kubernetes.io/docs/concepts/architecture/',
  },
  {
    id: 'orchestration',
    name: { ko: '오케스트레이션', en: 'orchestration' },
    aliases: { ko: ['컨테이너 오케스트레이션'], en: ['container orchestration'] },
    short: {
      ko: '여러 서버에 걸친 많은 컨테이너의 배치, 연결, 확장, 복구를 자동으로 조율하는 일이다.',
      en: 'Automatically coordinating where many containers run across servers and how they are connected, scaled and recovered.',
    },
    long: {
      ko: '컨테이너가 몇 개일 때는 사람이 직접 띄워도 되지만, 수백 개가 여러 서버에 흩어지면 어느 서버에 둘지, 죽으면 어떻게 다시 띄울지, 새 버전을 어떻게 바꿔 넣을지를 도구가 맡아야 한다. 쿠버네티스가 가장 널리 쓰이는 오케스트레이터이고, Docker Swarm과 Nomad 같은 도구도 있다.',
      en: 'A few containers can be started by hand, but once hundreds are spread over many servers, a tool has to decide where each one runs, restart it when it dies and roll in new versions. Kubernetes is the most widely used orchestrator; Docker Swarm and Nomad are others.',
    },
    tags: ['operations', 'containers'],
    seeAlso: ['kubernetes', 'cluster', 'scale-out', 'microservices'],
  },
  {
    id: 'migration',
    name: { ko: '마이그레이션', en: 'migration' },
    aliases: { ko: ['이관', 'VM 이전', '서버 이전'], en: [] },
    short: {
      ko: '시스템, 데이터, 가상머신 같은 것을 한 환경에서 다른 환경으로 옮기는 일이다.',
      en: 'Moving systems, data or virtual machines from one environment to another.',
    },
    long: {
      ko: '가상머신 이미지는 게스트 OS를 포함하고 쓰는 동안 점점 커지기 때문에, 다른 서버나 클라우드로 옮길 때 복사할 양이 많고 형식(qcow2, VMDK, VHDX 등) 변환이 필요할 때가 많다. 컨테이너 이미지는 작고 표준 형식이라 옮기기 쉽고, 대개는 옮기는 대신 새 환경에서 같은 이미지로 다시 띄운다.',
      en: 'VM images include a guest OS and grow over time, so moving them to another server or cloud means copying a lot and often converting formats (qcow2, VMDK, VHDX...). Container images are small and standardized, so they move easily; usually they are not moved at all but started again from the same image in the new environment.',
    },
    tags: ['operations', 'virtualization'],
    seeAlso: ['live-migration', 'portability', 'container-image'],
  },
  {
    id: 'startup-time',
    name: { ko: '시작 시간', en: 'startup time' },
    aliases: { ko: ['부팅 시간', '기동 시간'], en: ['boot time', 'startup latency'] },
    short: {
      ko: '실행 명령을 내린 뒤 가상머신이나 컨테이너가 일을 처리할 수 있게 될 때까지 걸리는 시간이다.',
      en: 'The time from the start command until a virtual machine or container is ready to do work.',
    },
    long: {
      ko: `가상머신은 게스트 OS 전체를 부팅해야 하고, 클라우드라면 인스턴스를 배치하고 디스크를 준비하는 시간도 더해진다(${VM_STARTUP.ko}). 컨테이너는 커널을 부팅하지 않고 이미 돌고 있는 호스트 커널 위에서 프로세스 하나를 띄우므로 훨씬 빠르다(${CONTAINER_STARTUP.ko}). 그 시간도 대부분 런타임(도커 데몬, containerd, runc)이 컨테이너를 준비하는 데 들고, 이미지를 내려받거나 애플리케이션이 스스로 초기화(예: JVM 기동)하는 시간은 그 위에 더해진다. 마이크로VM은 자기 커널을 부팅하지만 장치를 최소로 줄여 커널 부팅을 짧게 만든다(${MICROVM_BOOT.ko}). 두 수치는 재는 구간이 다르다. 컨테이너 쪽은 docker run 명령 전체이고, 마이크로VM 쪽은 게스트의 첫 프로세스가 뜨기까지여서 그 안에서 애플리케이션이나 컨테이너가 시작하는 시간은 들어 있지 않다. 시작이 빠르면 부하에 맞춰 빠르게 스케일 아웃하고, 고장 난 인스턴스를 빨리 바꿀 수 있다.`,
      en: `A virtual machine has to boot a whole guest OS, and in a cloud the instance also has to be placed and its disk prepared (${VM_STARTUP.en}). A container boots no kernel: it starts a process on a host kernel that is already running, which is much faster (${CONTAINER_STARTUP.en}). Even that time goes mostly to the runtime (Docker daemon, containerd, runc) preparing the container; pulling the image or the application’s own initialization (a JVM starting, say) comes on top. MicroVMs boot their own kernel but strip the devices down so that booting it is short (${MICROVM_BOOT.en}). The two figures measure different spans: the container one a whole docker run, the microVM one only until the guest’s first process starts, before any application or container inside it has started. Fast startup means fast scale-out under load and quick replacement of failed instances.`,
    },
    tags: ['virtualization', 'containers'],
    seeAlso: ['container', 'virtual-machine', 'microvm', 'scale-out'],
    reference: 'https://arxiv.org/abs/2107.03467',
  },
  {
    id: 'isolation',
    name: { ko: '격리', en: 'isolation' },
    aliases: { ko: ['격리성'], en: [] },
    short: {
      ko: '한 환경에서 실행되는 프로그램이 다른 환경의 프로그램, 파일, 리소스에 멋대로 접근하거나 영향을 주지 못하게 막는 성질이다.',
      en: 'The property that software in one environment cannot freely reach or disturb the programs, files or resources of another.',
    },
    long: {
      ko: '가상머신은 각자 게스트 OS와 커널을 가지므로 격리 경계가 하드웨어 수준에서 그어져 강하다. 컨테이너는 커널을 공유하면서 네임스페이스와 cgroup으로 나누므로 더 가볍지만 격리는 상대적으로 약하다. 커널에 취약점이 있으면 같은 호스트의 모든 컨테이너가 영향을 받을 수 있다. 쿠버네티스 문서가 컨테이너를 격리 속성을 완화한(relaxed isolation) 가상머신에 빗대는 이유다. 더 강한 격리가 필요하면 gVisor나 Kata Containers 같은 런타임을 쓴다.',
      en: 'VMs each have their own guest OS and kernel, so their isolation boundary is drawn at the hardware level and is strong. Containers share the kernel and are separated by namespaces and cgroups, which is lighter but weaker: a kernel vulnerability can affect every container on the host. That is why the Kubernetes documentation likens containers to VMs with relaxed isolation. Where stronger isolation is needed, runtimes such as gVisor or Kata Containers help.',
    },
    tags: ['virtualization', 'containers'],
    seeAlso: ['namespace', 'cgroup', 'virtual-machine', 'container', 'gvisor', 'kata-containers'],
    reference: 'https://kubernetes.io/docs/concepts/overview/',
  },
  {
    id: 'portability',
    name: { ko: '이식성', en: 'portability' },
    aliases: { ko: ['이동성'], en: [] },
    short: {
      ko: '같은 소프트웨어를 고치지 않고 다른 컴퓨터나 환경으로 옮겨 그대로 실행할 수 있는 성질이다.',
      en: 'The ability to move the same software, unchanged, to another machine or environment and run it there.',
    },
    long: {
      ko: '가상머신 이미지는 하이퍼바이저마다 형식(VMDK, VHDX, qcow2 등)이 달라 다른 환경으로 옮길 때 대개 변환이 필요하다. 컨테이너 이미지는 커널 없이 OCI 표준 형식을 따르므로 개발자 노트북, 테스트 서버, 클라우드에서 그대로 쓸 수 있다. 다만 컨테이너는 호스트 커널을 쓰므로 커널의 종류(리눅스 컨테이너에는 리눅스 커널), 버전과 기능(시스템 콜, cgroup v2 등), CPU 아키텍처가 맞아야 하고, GPU를 쓰면 호스트의 GPU 드라이버도 맞아야 한다. 여러 아키텍처용 이미지를 한 이름으로 묶는 멀티 플랫폼 이미지가 아키텍처 문제를 덜어 준다.',
      en: 'VM images come in hypervisor-specific formats (VMDK, VHDX, qcow2...) and usually need converting when moved to another environment. Container images have no kernel and follow the OCI format, so they run unchanged on a developer’s laptop, a test server or a cloud. Containers still use the host’s kernel, though: the kernel’s type (Linux containers need a Linux kernel), its version and features (system calls, cgroup v2...) and the CPU architecture must match, and GPU work needs matching GPU drivers on the host. Multi-platform images, which put images for several architectures under one name, ease the architecture part.',
    },
    tags: ['containers', 'operations'],
    seeAlso: ['container-image', 'oci', 'immutable-infrastructure', 'infrastructure-as-code'],
    reference: 'https://docs.docker.com/build/building/multi-platform/',
  },
  {
    id: 'configuration-drift',
    name: { ko: '구성 드리프트', en: 'configuration drift' },
    aliases: { ko: ['환경 차이', '설정 드리프트'], en: ['environment drift', 'config drift'] },
    short: {
      ko: '똑같아야 할 서버나 환경의 설정이 수작업 변경과 패치가 쌓이면서 조금씩 달라지는 현상이다.',
      en: 'Servers or environments that should be identical slowly growing apart as manual changes and patches pile up.',
    },
    long: {
      ko: '개발, 테스트, 운영 환경의 OS 버전이나 라이브러리가 서로 달라지면 ‘내 컴퓨터에서는 되는데’ 하는 문제가 생긴다. 초판 노트의 첫 번째 시나리오가 바로 이것이고, 가상머신을 오래 운영하면서 OS별 차이가 생기는 것도 같은 현상이다. 코드로 관리하는 인프라와 불변 인프라, 그리고 같은 이미지를 어디서나 쓰는 컨테이너가 이를 막는다.',
      en: 'When development, test and production differ in OS version or libraries, you get “it works on my machine”. That is the 2021 note’s first scenario, and the differences that build up between long-running VMs are the same thing. Infrastructure as code, immutable infrastructure and containers, which run the same image everywhere, prevent it.',
    },
    tags: ['operations'],
    seeAlso: ['immutable-infrastructure', 'infrastructure-as-code', 'dependency'],
  },
  {
    id: 'dependency',
    name: { ko: '종속성', en: 'dependency' },
    aliases: { ko: ['의존성', '종속 항목'], en: ['dependencies'] },
    short: {
      ko: '애플리케이션이 실행되려면 함께 있어야 하는 라이브러리, 런타임, 다른 소프트웨어다.',
      en: 'The libraries, runtimes and other software an application needs in order to run.',
    },
    long: {
      ko: '서버마다 설치된 라이브러리 버전이 다르면 같은 코드라도 어떤 환경에서는 동작하고 어떤 환경에서는 실패한다. 컨테이너는 애플리케이션을 종속성과 함께 이미지로 묶어, 어디서 실행하든 같은 종속성을 쓰게 한다.',
      en: 'When servers have different library versions installed, the same code works in one environment and fails in another. A container packages the application with its dependencies in an image, so it uses the same dependencies wherever it runs.',
    },
    tags: ['containers', 'os'],
    seeAlso: ['container-image', 'configuration-drift', 'portability'],
  },
  {
    id: 'infrastructure-as-code',
    name: { ko: '코드로 관리하는 인프라', en: 'infrastructure as code' },
    aliases: { ko: ['코드형 인프라'], en: ['IaC'] },
    short: {
      ko: '서버, 네트워크, 설정 같은 인프라를 손으로 만들지 않고 버전 관리되는 코드로 정의해 자동으로 만드는 방법이다.',
      en: 'Defining servers, networks and configuration in version-controlled code and creating them automatically, instead of setting them up by hand.',
    },
    long: {
      ko: '인프라를 코드로 적어 두면 같은 절차로 환경을 몇 번이고 다시 만들 수 있고, 변경 내역을 코드 리뷰와 버전 관리로 추적할 수 있다. Dockerfile은 컨테이너 이미지를 만드는 과정을 코드로 적은 것이고, 쿠버네티스 매니페스트와 Terraform 설정도 같은 생각을 따른다. 초판 노트는 이것을 불변 인프라와 함께 컨테이너 이식성의 조건으로 꼽지만, 이식성 자체는 애플리케이션과 종속성을 커널 없는 이미지 하나로 묶고 그 형식과 실행 방법을 OCI 표준이 정해 둔 데서 오고, 코드로 관리하는 인프라는 그 이식성을 운영에서 살려 쓰게 해 준다.',
      en: 'Infrastructure written as code can be recreated by the same steps as many times as needed, and every change can be reviewed and tracked in version control. A Dockerfile is the build of a container image written as code; Kubernetes manifests and Terraform configurations follow the same idea. The 2021 note names it, together with immutable infrastructure, as a condition of container portability; portability itself comes from bundling the application and its dependencies into one kernel-less image whose format and execution the OCI standards define, and infrastructure as code is what puts it to use in operations.',
    },
    tags: ['operations'],
    seeAlso: ['immutable-infrastructure', 'dockerfile', 'devops', 'portability'],
    reference: 'https://martinfowler.com/bliki/InfrastructureAsCode.html',
  },
  {
    id: 'immutable-infrastructure',
    name: { ko: '불변 인프라', en: 'immutable infrastructure' },
    aliases: { ko: ['변경 불가능한 인프라'], en: [] },
    short: {
      ko: '실행 중인 서버나 컨테이너를 고치지 않고, 바꿀 일이 생기면 새 이미지로 새로 만들어 통째로 교체하는 운영 방식이다.',
      en: 'An operating practice in which running servers or containers are never modified: a change means building a new image and replacing them.',
    },
    long: {
      ko: '실행 중인 서버에 패치와 설정 변경이 쌓이면 서버마다 조금씩 달라지고(구성 드리프트), 문제가 생겨도 같은 상태를 재현하기 어렵다. 불변 인프라에서는 항상 검증된 이미지에서 새로 띄우므로 어느 환경이든 상태가 같고, 문제가 생기면 이전 이미지로 되돌리면 된다. 가볍게 새로 띄울 수 있는 컨테이너가 이 방식에 잘 맞는다.',
      en: 'When patches and configuration changes pile up on running servers, each server drifts a little (configuration drift) and problems become hard to reproduce. With immutable infrastructure everything starts from a tested image, so every environment is the same, and a rollback is just starting the previous image. Containers, which are cheap to start fresh, suit this practice well.',
    },
    tags: ['operations'],
    seeAlso: ['configuration-drift', 'infrastructure-as-code', 'container-image', 'portability'],
    reference: 'https://martinfowler.com/bliki/ImmutableServer.html',
  },
  {
    id: 'devops',
    name: { ko: '데브옵스', en: 'DevOps' },
    aliases: { ko: ['데브 옵스'], en: [] },
    short: {
      ko: '개발(Dev)과 운영(Ops)이 한 팀처럼 협업하고 빌드, 테스트, 배포를 자동화해 소프트웨어를 자주, 안전하게 내보내는 문화이자 방법이다.',
      en: 'A culture and set of practices in which development (Dev) and operations (Ops) work as one team and automate building, testing and deployment to ship software often and safely.',
    },
    long: {
      ko: '데브옵스는 특정 도구가 아니라 일하는 방식이며, 지속적 통합과 배포(CI/CD), 코드로 관리하는 인프라, 모니터링 같은 실천으로 이루어진다. 2009년 무렵 도커보다 먼저 생긴 말이지만, 개발자 노트북에서 만든 이미지가 운영 환경에서도 똑같이 동작하게 해 주는 컨테이너는 데브옵스를 실천하는 데 큰 도움이 된다.',
      en: 'DevOps is a way of working rather than a tool, made of practices such as continuous integration and delivery (CI/CD), infrastructure as code and monitoring. The term dates from around 2009, before Docker, but containers, which make the image built on a developer’s laptop behave the same in production, help a great deal in putting it into practice.',
    },
    tags: ['operations'],
    seeAlso: ['infrastructure-as-code', 'immutable-infrastructure', 'deployment', 'microservices'],
    reference: 'https://en.wikipedia.org/wiki/DevOps',
  },
  {
    id: 'microservices',
    name: { ko: '마이크로서비스', en: 'microservices' },
    aliases: { ko: ['마이크로서비스 아키텍처'], en: ['microservice architecture', 'MSA'] },
    short: {
      ko: '하나의 애플리케이션을 독립적으로 배포할 수 있는 작은 서비스 여러 개로 나눠 만드는 설계 방식이다.',
      en: 'Designing one application as many small services that can each be deployed independently.',
    },
    long: {
      ko: '각 서비스는 자기 일 하나를 맡고 네트워크 API로 서로 통신하며, 서로 다른 팀이 각자의 속도로 고치고 배포할 수 있다. 서비스마다 필요한 실행 환경을 이미지로 묶어 따로 띄울 수 있는 컨테이너가 이 방식과 잘 맞는다. 대신 서비스가 많아지는 만큼 오케스트레이션과 모니터링이 중요해진다.',
      en: 'Each service does one job and talks to the others through network APIs, so different teams can change and deploy their services at their own pace. Containers suit this style because each service’s environment can be packaged as an image and run on its own. The price is more moving parts, which makes orchestration and monitoring essential.',
    },
    tags: ['operations'],
    seeAlso: ['container', 'orchestration', 'devops'],
    reference: 'https://martinfowler.com/articles/microservices.html',
  },
];

const byId = new Map(glossary.map((term) => [term.id, term]));

/** The term with this id, or undefined. */
export function getGlossaryTerm(id: string): GlossaryTerm | undefined {
  return byId.get(id);
}

/** Every term id, for build-time checks of `<Term id>`. */
export const GLOSSARY_IDS: readonly string[] = glossary.map((term) => term.id);
