import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// The study path, in the order of the 2021.02 note. Published pages never go away (README, "URLs
// and anchors are a public API"; the list is src/data/contract.ts).
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
