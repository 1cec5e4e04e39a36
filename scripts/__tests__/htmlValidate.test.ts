import { validateHtml } from '../../tests/build/htmlValidate';

// The configuration of the build's HTML check (tests/build/html-valid.test.ts) catches the
// errors the W3C Nu checker reports, and accepts the minified markup the build writes.

/** A complete page around `body`, as the build writes it (minified: no quotes, no end tags). */
const page = (body: string): string =>
  `<!doctype html><html lang=en><head><meta charset=utf-8><title>Page</title></head><body><h1>Page</h1>${body}</body></html>`;

const rules = async (body: string): Promise<string[]> =>
  (await validateHtml(page(body), 'page.html')).map((line) => line.split(' ')[1] ?? '');

const table = (attributes: { table?: string; tr?: string; th?: string; td?: string }) =>
  `<table${attributes.table ?? ''}><caption>Compared</caption><tbody><tr${attributes.tr ?? ''}><th${attributes.th ?? ''} scope=row>Startup<td${attributes.td ?? ''}>fast</table>`;

describe('the HTML check of the build', () => {
  it('accepts valid minified markup: a table, a figure, a code block', async () => {
    expect(
      await rules(
        `<main>${table({})}<figure><div role=img aria-labelledby=t aria-describedby=d><svg viewBox="0 0 10 10" aria-hidden=true></svg></div><p id=d>Long description<figcaption id=t>Title</figcaption></figure><pre><code><span class=token-line>ls<br></span></code></pre></main>`,
      ),
    ).toEqual([]);
  });

  it('reports a role on the rows and cells of a table', async () => {
    expect(await rules(table({ tr: ' role=row' }))).toContain('site/table-part-role');
    expect(await rules(table({ tr: ' role=row' }))).toContain('no-redundant-role');
    expect(await rules(table({ th: ' role=rowheader' }))).toContain('site/table-part-role');
    expect(await rules(table({ td: ' role=presentation' }))).toEqual(['site/table-part-role']);
    expect(await rules(table({ table: ' role=grid', td: ' role=gridcell' }))).toContain(
      'site/table-part-role',
    );
    // Under a table that is not a table to assistive technology, roles are the author's call.
    expect(await rules(table({ table: ' role=presentation', td: ' role=cell' }))).toEqual([]);
  });

  it('reports elements where their content model forbids them', async () => {
    expect(await rules('<pre><code><div class=token-line>ls</div></code></pre>')).toContain(
      'element-permitted-content',
    );
    expect(
      await rules('<figure><div>drawing</div><figcaption>Title</figcaption><p>More</figure>'),
    ).toContain('element-permitted-order');
    expect(await rules('<p>text <div>block</div></p>')).not.toEqual([]);
  });

  it('reports duplicate ids and references to ids that do not exist', async () => {
    expect(await rules('<h2 id=a>One</h2><h2 id=a>Two</h2>')).toContain('no-dup-id');
    expect(await rules('<div role=img aria-labelledby=missing>x</div>')).toContain(
      'no-missing-references',
    );
  });

  it('names the file, line, column and rule of each error', async () => {
    expect(await validateHtml(page('<h2 id=a>One</h2><h2 id=a>Two</h2>'), 'docs/x.html')).toEqual([
      expect.stringMatching(/^docs\/x\.html:1:\d+ no-dup-id /),
    ]);
  });
});
