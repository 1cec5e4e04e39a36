import { compile } from '@mdx-js/mdx';
import { KNOWLEDGE_CHECKS } from '../../data/knowledgeChecks';
import remarkKnowledgeChecks, { localizedQuestions, pageOf } from '../knowledgeChecks';

// The remark plugin that hands <KnowledgeCheck /> its page's questions in its language.

async function compiled(path: string, source = '# T\n\n<KnowledgeCheck />\n'): Promise<string> {
  const file = await compile({ path, value: source }, { remarkPlugins: [remarkKnowledgeChecks] });
  return String(file);
}

describe('remarkKnowledgeChecks', () => {
  it('reads the doc id, locale and edition from the path', () => {
    expect(pageOf('/site/docs/containers.mdx')).toEqual({
      docId: 'containers',
      locale: 'ko',
      versioned: false,
    });
    expect(pageOf('/site/i18n/en/docusaurus-plugin-content-docs/current/vm-problems.mdx')).toEqual({
      docId: 'vm-problems',
      locale: 'en',
      versioned: false,
    });
    expect(pageOf('/site/versioned_docs/version-2021.02/containers.mdx').versioned).toBe(true);
    expect(
      pageOf('/site/i18n/en/docusaurus-plugin-content-docs/version-2021.02/containers.mdx')
        .versioned,
    ).toBe(true);
  });

  it("passes a page's questions in its own language only", async () => {
    const ko = await compiled('/site/docs/containers.mdx');
    const en = await compiled(
      '/site/i18n/en/docusaurus-plugin-content-docs/current/containers.mdx',
    );
    const [question] = KNOWLEDGE_CHECKS.containers ?? [];
    expect(ko).toContain(JSON.stringify(question?.legend.ko).slice(1, 20));
    expect(ko).not.toContain(question?.legend.en);
    expect(en).toContain(question?.legend.en.slice(0, 30));
    expect(en).not.toContain(question?.legend.ko.slice(0, 10));
    // Another page's questions stay out.
    expect(ko).not.toContain(KNOWLEDGE_CHECKS['vm-problems']?.[0]?.legend.ko.slice(0, 15));
  });

  it('gives each choice a boolean `correct`, exactly one true', () => {
    for (const question of localizedQuestions('self-check', 'en')) {
      expect(question.choices.filter((choice) => choice.correct)).toHaveLength(1);
    }
  });

  it('stops the build, with the file and line, on a page without questions', async () => {
    await expect(compiled('/site/docs/index.mdx', '# T\n\n\n<KnowledgeCheck />\n')).rejects.toThrow(
      /docs\/index\.mdx:4: <KnowledgeCheck \/> found no questions for the doc id "index"/,
    );
  });

  it("stops the build on the original edition, which keeps only the note's question", async () => {
    await expect(compiled('/site/versioned_docs/version-2021.02/containers.mdx')).rejects.toThrow(
      /belongs to the revised edition only/,
    );
  });
});
