import type { LoadedVersion } from '@docusaurus/plugin-content-docs';
import studyPathPlugin, { studyPathOf } from '..';

function version(sidebars: LoadedVersion['sidebars']): LoadedVersion {
  const doc = (id: string, frontMatter: Record<string, unknown>) => ({
    id,
    title: `${id} title`,
    description: `${id} description`,
    permalink: `/en/docs/${id}`,
    unlisted: id === 'hidden',
    frontMatter,
  });
  return {
    versionName: 'current',
    isLast: true,
    sidebars,
    docs: [
      doc('index', {}),
      doc('vm-problems', {
        sidebar_label: 'VM problems',
        sidebar_custom_props: { summary: 'the price of a guest OS' },
      }),
      doc('new-page', {}),
      doc('hidden', {}),
    ],
  } as unknown as LoadedVersion;
}

describe('studyPathOf', () => {
  it("lists the sidebar's docs after the first, with label, summary and permalink", () => {
    const data = studyPathOf(
      version({
        note: [
          { type: 'doc', id: 'index' },
          { type: 'doc', id: 'vm-problems' },
          {
            type: 'category',
            label: 'More',
            collapsed: false,
            collapsible: true,
            items: [
              { type: 'doc', id: 'new-page' },
              { type: 'doc', id: 'hidden' },
            ],
          },
        ],
      }),
    );
    expect(data.steps).toEqual([
      {
        docId: 'vm-problems',
        href: '/en/docs/vm-problems',
        label: 'VM problems',
        summary: 'the price of a guest OS',
      },
      {
        docId: 'new-page',
        href: '/en/docs/new-page',
        label: 'new-page title',
        summary: 'new-page description',
      },
    ]);
  });

  it('fails on a version without a sidebar', () => {
    expect(() => studyPathOf(version({}))).toThrow(/docs version "current" has no sidebar/);
  });
});

describe('the plugin', () => {
  it('publishes the latest version as global data', async () => {
    const setGlobalData = vi.fn();
    const latest = version({
      note: [
        { type: 'doc', id: 'index' },
        { type: 'doc', id: 'new-page' },
      ],
    });
    const old = { ...latest, versionName: '2021.02', isLast: false };
    await studyPathPlugin().allContentLoaded?.({
      allContent: {
        'docusaurus-plugin-content-docs': { default: { loadedVersions: [old, latest] } },
      },
      actions: { setGlobalData, addRoute: vi.fn(), createData: vi.fn() },
    });
    expect(setGlobalData).toHaveBeenCalledWith(studyPathOf(latest));
  });
});
