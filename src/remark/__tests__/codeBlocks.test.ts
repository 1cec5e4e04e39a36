import { compile } from '@mdx-js/mdx';
import remarkCodeBlocks, { HIGHLIGHTING_MODULE } from '../codeBlocks';

async function compiled(source: string): Promise<string> {
  return String(await compile(source, { remarkPlugins: [remarkCodeBlocks] }));
}

const IMPORT = `import "${HIGHLIGHTING_MODULE}";`;

describe('remarkCodeBlocks', () => {
  it('makes a file with a fenced code block import the highlighting module once', async () => {
    const code = await compiled('# Title\n\n```bash\nuname -r\n```\n\nText.\n\n```\nplain\n```\n');
    expect(code.split(IMPORT)).toHaveLength(2);
    // The import comes before the content, like an import written at the top of the file.
    expect(code.indexOf(IMPORT)).toBeLessThan(code.indexOf('uname -r'));
  });

  it('treats a <CodeBlock> element as a code block', async () => {
    expect(await compiled('<CodeBlock language="bash">{`ls`}</CodeBlock>\n')).toContain(IMPORT);
  });

  it('leaves files without a code block alone, inline code included', async () => {
    const code = await compiled('# Title\n\nRun `docker run` to start one.\n');
    expect(code).not.toContain(HIGHLIGHTING_MODULE);
  });
});
