/**
 * The site contract: what readers' links depend on. People link to this site from team wikis and
 * chat, so a published page, section anchor or glossary term never goes away; a renamed page
 * keeps a redirect (README, "URLs and anchors are a public API"). These lists only grow: adding a
 * page or a term does not require touching them (the sidebars and `glossary.ts` are the lists of
 * what exists); removing or renaming something listed here fails a test.
 */

const NOTE_PAGES = [
  'index',
  'vms-are-heavy',
  'deployment-evolution',
  'vm-problems',
  'containers',
  'comparison',
  'container-drawbacks',
  'self-check',
  'references',
] as const;

/**
 * Doc ids published in each edition (keyed by docs version: `current` is the revised edition),
 * in every locale, hence the URLs `/docs/<id>`, `/docs/2021.02/<id>`, `/en/docs/<id>` and
 * `/en/docs/2021.02/<id>` (`index` is `/docs/`). A page added to the revised edition only is
 * listed under `current` once published. Checked by scripts/__tests__/sitePages.test.ts.
 */
export const PUBLISHED_DOC_IDS: Readonly<Record<string, readonly string[]>> = {
  current: NOTE_PAGES,
  '2021.02': NOTE_PAGES,
};

/**
 * Glossary terms promised at `/glossary#<id>` and `/t/<id>`: the docs and other sites link to
 * them. Checked by src/data/__tests__/glossary.test.ts.
 */
export const CONTRACT_GLOSSARY_IDS = [
  'virtual-machine',
  'hypervisor',
  'guest-os',
  'host-os',
  'kernel',
  'container',
  'container-image',
  'container-runtime',
  'docker',
  'kubernetes',
  'lxc',
  'devops',
  'infrastructure-as-code',
  'immutable-infrastructure',
  'portability',
  'scale-out',
  'isolation',
  'os-level-virtualization',
  'hardware-virtualization',
  'physical-server',
  'namespace',
  'cgroup',
  'deployment',
  'cluster',
  'emulation',
  'guest-os-license',
  'live-migration',
  'oci',
  'orchestration',
  'microservices',
] as const;
