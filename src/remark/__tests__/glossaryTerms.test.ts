import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { GLOSSARY_IDS, getGlossaryTerm, type GlossaryTerm } from '../../data/glossary';
import remarkGlossaryTerms from '../glossaryTerms';

async function build(source: string, path = join(process.cwd(), 'docs', 'containers.mdx')) {
  return compile({ value: source, path }, { remarkPlugins: [remarkGlossaryTerms] });
}

describe('remarkGlossaryTerms', () => {
  it('accepts known ids, inline and as blocks', async () => {
    await expect(
      build('A <Term id="hypervisor">하이퍼바이저</Term> runs VMs.\n\n<Term id="container" />\n'),
    ).resolves.toBeDefined();
  });

  it('fails on an unknown id, naming the file, the line and the valid ids', async () => {
    const error = await build('# Title\n\nSee <Term id="contaner">컨테이너</Term>.\n').then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('Unknown glossary term in docs/containers.mdx:');
    expect(message).toContain(
      '<Term id="contaner"> is not a glossary term. Did you mean "container"?',
    );
    expect(message).toContain('(at line 3:5)');
    expect(message).toContain('Valid ids (src/data/glossary.ts): ');
    for (const id of GLOSSARY_IDS) expect(message).toContain(id);
  });

  it('lists every problem of a file at once', async () => {
    await expect(
      build('<Term id="nope-one">a</Term> and <Term id="nope-two">b</Term>\n'),
    ).rejects.toThrow(/nope-one[\s\S]*nope-two/);
  });

  it('fails on a Term without an id', async () => {
    await expect(build('<Term>커널</Term>\n')).rejects.toThrow('<Term> has no id');
  });

  it('fails on an id written as an expression, which the build cannot check', async () => {
    await expect(build('<Term id={"kernel"}>커널</Term>\n')).rejects.toThrow(
      'must be a plain string',
    );
  });

  it('leaves other components alone', async () => {
    await expect(build('<Other id="nope">x</Other>\n')).resolves.toBeDefined();
  });

  it('checks against the glossary it is given', async () => {
    const kernel = getGlossaryTerm('kernel') as GlossaryTerm;
    const onlyKernel = (source: string) =>
      compile(
        { value: source, path: 'a.mdx' },
        { remarkPlugins: [[remarkGlossaryTerms, { terms: [kernel] }]] },
      );
    await expect(onlyKernel('<Term id="kernel">커널</Term>')).resolves.toBeDefined();
    await expect(onlyKernel('<Term id="container">x</Term>')).rejects.toThrow(
      'Valid ids (src/data/glossary.ts): kernel.',
    );
  });

  it('gives each Term the text of its preview, so pages need not ship the glossary', async () => {
    const code = String(await build('A <Term id="hypervisor">하이퍼바이저</Term> runs VMs.\n'));
    const term = getGlossaryTerm('hypervisor') as GlossaryTerm;
    expect(code).toContain(`nameKo: "${term.name.ko}"`);
    expect(code).toContain(`nameEn: "${term.name.en}"`);
    expect(code).toContain(`shortKo: "${term.short.ko}"`);
    expect(code).toContain(`shortEn: "${term.short.en}"`);
    // Written by the plugin, not by authors: a stale hand-written value is replaced.
    const stale = String(await build('<Term id="kernel" nameEn="colonel">커널</Term>\n'));
    expect(stale).not.toContain('colonel');
    expect(stale).toContain('nameEn: "kernel"');
  });
});
