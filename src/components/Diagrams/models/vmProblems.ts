import { translate } from '@docusaurus/Translate';
import type { Layer } from '../layout';
import { frames, layers, type DiagramContent } from './shared';

/** The note's `가상화기술의-문제점.png`: a whole guest OS per VM, and images that grow. */
export function vmProblems(): DiagramContent {
  const l = layers();
  const virtualHardware: Layer = {
    tone: 'virtualHardware',
    label: translate({
      id: 'components.diagrams.vmProblems.virtualHardware',
      message: '가상 하드웨어\nBIOS/UEFI\nvCPU·vRAM\nvDisk·vNIC',
      description:
        'Diagram box: the emulated hardware a VM gives its guest OS; \\n breaks the line (the box is narrow)',
    }),
  };
  const guestOs = (label: string): Layer => ({ tone: 'guestOs', label });
  const scale = 7;
  return {
    title: translate({
      id: 'components.diagrams.vmProblems.title',
      message: '가상머신의 문제점: VM마다 게스트 OS를 통째로 싣는다',
      description: 'Caption and accessible name of the VM problems diagram',
    }),
    description: translate({
      id: 'components.diagrams.vmProblems.description',
      message:
        '왼쪽: 하드웨어, 호스트 OS, 하이퍼바이저 위에 가상머신 두 대가 있다. 가상머신마다 BIOS나 UEFI 펌웨어, vCPU, 가상 메모리, 가상 디스크, 가상 NIC로 된 가상 하드웨어와 그 위의 게스트 OS, 앱이 있다. 유료 OS라면 게스트 OS마다 라이선스가 필요하고, 두 게스트 OS는 버전이 서로 달라졌다(v1, v2). 오른쪽: 처음에는 게스트 OS와 앱뿐이던 VM 이미지가 시간이 지나며 패치와 변경분이 쌓여 커지고, 그만큼 마이그레이션 부담도 커진다.',
      description: 'Long text alternative of the VM problems diagram',
    }),
    panels: [
      {
        kind: 'stack',
        title: translate({
          id: 'components.diagrams.vmProblems.stackTitle',
          message: 'VM마다 통째로 실린 게스트 OS',
          description: 'Diagram panel title; \\n may break the line',
        }),
        units: [
          {
            frame: frames().vm,
            parts: [
              l.app,
              guestOs(
                translate({
                  id: 'components.diagrams.vmProblems.guestOsV1',
                  message: '게스트 OS v1\n+ 라이선스\n(유료 OS)',
                  description:
                    'Diagram box: a guest OS at version 1, which needs its own license when it is a paid OS',
                }),
              ),
              virtualHardware,
            ],
          },
          {
            frame: frames().vm,
            parts: [
              l.app,
              guestOs(
                translate({
                  id: 'components.diagrams.vmProblems.guestOsV2',
                  message: '게스트 OS v2\n+ 라이선스\n(유료 OS)',
                  description:
                    'Diagram box: a guest OS that drifted to version 2, which needs its own license when it is a paid OS',
                }),
              ),
              virtualHardware,
            ],
          },
        ],
        base: [l.hypervisor, l.hostOs, l.hardware],
      },
      {
        kind: 'bars',
        title: translate({
          id: 'components.diagrams.vmProblems.growthTitle',
          message: '시간이 지나면 커지는 이미지\n→ 무거운 마이그레이션',
          description: 'Diagram panel title; \\n breaks the line',
        }),
        scale,
        rows: [
          {
            label: translate({
              id: 'components.diagrams.vmProblems.imageAtFirst',
              message: '처음의 VM 이미지',
              description: 'Diagram bar label: the size of a VM image when it is new',
            }),
            segments: [
              { ...l.guestOs, size: 3 },
              { ...l.app, size: 1.4 },
            ],
          },
          {
            label: translate({
              id: 'components.diagrams.vmProblems.imageLater',
              message: '시간이 지난 뒤의 VM 이미지',
              description: 'Diagram bar label: the size of the same VM image after months of use',
            }),
            segments: [
              { ...l.guestOs, size: 3 },
              {
                tone: 'virtualHardware',
                size: 2.6,
                label: translate({
                  id: 'components.diagrams.vmProblems.changes',
                  message: '패치·변경분',
                  description: 'Diagram bar segment: patches and changes piled up in a VM image',
                }),
              },
              { ...l.app, size: 1.4 },
            ],
          },
        ],
      },
    ],
  };
}
