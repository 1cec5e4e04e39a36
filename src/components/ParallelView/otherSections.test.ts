// @vitest-environment jsdom
import { INTRO, adopt, sliceSections } from './otherSections';

const PAGE = `<!doctype html><html><body><article><div class="theme-doc-markdown markdown">
<header><h1>The problems with VMs</h1></header>
<div data-bilingual-slot=""></div>
<p>First <a href="#vms-still-matter">paragraph</a>.</p>
<h2 class="anchor" id="vms-still-matter">Are VMs obsolete?<a href="#vms-still-matter" class="hash-link">&#8203;</a><span data-copy-link=""><button>copy</button></span></h2>
<div data-bilingual-slot=""><div role="note">stale</div></div>
<p id="para">No.</p>
<section><button type="button" aria-controls="answer">Model answer</button><div id="answer" hidden><p>The answer.</p></div></section>
<svg><defs><linearGradient id="g"></linearGradient></defs><rect fill="url(#g)"></rect><use href="#g"></use></svg>
<h3 id="together">Together</h3>
<p aria-describedby="para">Yes.</p><script>alert(1)</script>
</div></article></body></html>`;

describe('sliceSections', () => {
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  const sections = sliceSections(doc, 'x-');

  it('cuts the page at its h2/h3 ids, the title heading the intro', () => {
    expect([...sections.keys()]).toEqual([INTRO, 'vms-still-matter', 'together']);
    expect(sections.get(INTRO)?.heading).toBe('The problems with VMs');
    expect(sections.get(INTRO)?.html).toBe(
      '<p>First <a href="#vms-still-matter">paragraph</a>.</p>',
    );
    expect(sections.get('vms-still-matter')?.heading).toBe('Are VMs obsolete?');
    expect(sections.get('together')?.heading).toBe('Together');
  });

  it('drops the site’s own controls, slots and scripts from the copy', () => {
    const html = [...sections.values()].map((s) => s.html).join('');
    expect(html).not.toMatch(/data-bilingual-slot|data-copy-link|hash-link|<script|stale/);
  });

  it('renames ids and their references, so the copy repeats none of the page’s ids', () => {
    const body = sections.get('vms-still-matter')?.html ?? '';
    expect(body).toContain('<p id="x-para">No.</p>');
    expect(body).toContain('id="x-g"');
    expect(body).toContain('fill="url(#x-g)"');
    expect(body).toContain('href="#x-g"');
    // A reference to an element outside the section is left alone.
    expect(sections.get('together')?.html).toContain('aria-describedby="para"');
    // Links between sections keep pointing at the page's own, aligned, sections.
    expect(sections.get(INTRO)?.html).toContain('href="#vms-still-matter"');
  });

  it('turns a scripted disclosure into a native one that works without the other page’s script', () => {
    const body = sections.get('vms-still-matter')?.html ?? '';
    expect(body).toContain(
      '<details><summary>Model answer</summary><div><p>The answer.</p></div></details>',
    );
    expect(body).not.toContain('<button');
  });

  it('refuses a page without doc content', () => {
    const other = new DOMParser().parseFromString('<p>404</p>', 'text/html');
    expect(() => sliceSections(other, 'x-')).toThrow(/no doc content/);
  });
});

describe('adopt', () => {
  it('removes buttons that only a script made work', () => {
    const container = document.createElement('div');
    container.innerHTML = '<p>Text <button>Open preview</button></p>';
    adopt(container, 'x-');
    expect(container.innerHTML).toBe('<p>Text </p>');
  });
});
