import { compile } from '@mdx-js/mdx';
import remarkMdxComponents, { MDX_COMPONENT_MODULES } from '../mdxComponents';

// <KnowledgeCheck /> reads its page through the docs plugin's client hooks, whose real module
// needs the generated routes that unit tests do not have.
vi.mock('@docusaurus/plugin-content-docs/client', () => ({ useDoc: () => ({}) }));

async function compiled(source: string): Promise<string> {
  return String(await compile(source, { remarkPlugins: [remarkMdxComponents] }));
}

/** The file's import lines, without the JSX runtime's that MDX adds to every file. */
function importsOf(code: string): string[] {
  return (code.match(/^import .*$/gm) ?? []).filter((line) => !line.includes('jsx-runtime'));
}

describe('remarkMdxComponents', () => {
  it('imports each component a file uses, once, from its own module', async () => {
    const code = await compiled(
      '# Title\n\n<VmProblemsDiagram />\n\nText with <SelfCheck edition="revised" /> inline.\n\n' +
        '<VmProblemsDiagram />\n',
    );
    expect(importsOf(code)).toEqual([
      `import SelfCheck from "${MDX_COMPONENT_MODULES.SelfCheck}";`,
      `import VmProblemsDiagram from "${MDX_COMPONENT_MODULES.VmProblemsDiagram}";`,
    ]);
    // The tags render the imported components, not a provided one of the same name.
    expect(code).toMatch(/_jsx\(VmProblemsDiagram, \{\}\)/);
    expect(code).not.toContain('_components.VmProblemsDiagram');
  });

  it('imports Fact for a figure inside a sentence', async () => {
    const code = await compiled(
      '컨테이너는 훨씬 빨리 시작한다(<Fact id="container-startup" />).\n',
    );
    expect(importsOf(code)).toEqual([`import Fact from "${MDX_COMPONENT_MODULES.Fact}";`]);
    expect(code).toMatch(/_jsx\(Fact, \{\s*id: "container-startup"\s*\}\)/);
  });

  it('imports nothing into a file that uses none of them', async () => {
    const code = await compiled('# Title\n\n<Term id="hypervisor">하이퍼바이저</Term>\n');
    expect(importsOf(code)).toEqual([]);
    expect(code).toContain('Term');
  });

  it('leaves a component the file imports or defines itself to the file', async () => {
    const source =
      "import SelfCheck from './MySelfCheck';\nexport const ReferenceLinks = () => null;\n\n" +
      '<SelfCheck />\n\n<ReferenceLinks />\n\n<ComparisonTable edition="original" />\n';
    expect(importsOf(await compiled(source))).toEqual([
      `import ComparisonTable from "${MDX_COMPONENT_MODULES.ComparisonTable}";`,
      "import SelfCheck from './MySelfCheck';",
    ]);
  });

  it('names modules that exist, each with a default export', async () => {
    for (const module of Object.values(MDX_COMPONENT_MODULES)) {
      const path = module.replace('@site/', '../../../');
      const exported = (await import(path)) as { default?: unknown };
      expect(typeof exported.default, module).toBe('function');
    }
  });
});
