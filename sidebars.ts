import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// The study path, in the order of the 2021.02 note (see ../shared/design/site-contract.md).
const sidebars: SidebarsConfig = {
  note: [
    'index',
    'vms-are-heavy',
    'deployment-evolution',
    'vm-problems',
    'containers',
    'comparison',
    'container-drawbacks',
    'self-check',
    'references',
  ],
};

export default sidebars;
