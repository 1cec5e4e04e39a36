// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { Details } from '@docusaurus/theme-common/Details';
import Heading from '@theme/Heading';
import {
  disclosuresHiding,
  fragmentTarget,
  isDisclosureOpen,
  revealFragment,
  sectionDisclosure,
} from '../linkedDisclosures';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

function byId(id: string): Element {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`no #${id}`);
  return element;
}

function details(id: string): HTMLDetailsElement {
  return byId(id) as HTMLDetailsElement;
}

// jsdom lays nothing out; the scroll calls are recorded instead.
const scrollIntoView = vi.fn<(options?: ScrollIntoViewOptions) => void>();

beforeEach(() => {
  scrollIntoView.mockReset();
  Element.prototype.scrollIntoView = scrollIntoView;
  // The component asks for the reader's motion preference when it animates.
  window.matchMedia = vi.fn().mockReturnValue({ matches: true });
});

afterEach(() => {
  // The reader's own input ends any scroll-following a test started.
  window.dispatchEvent(new Event('pointerdown'));
});

describe('sectionDisclosure', () => {
  it('finds the <details> under a heading, past the strip the site puts there', () => {
    html(`<h2 id="changes-from-original">Changes</h2>
      <div data-bilingual-slot=""><button>Read in English</button></div>
      <details id="list"><summary>Show the 2 changes</summary><ul><li>a</li><li>b</li></ul></details>`);
    expect(sectionDisclosure(byId('changes-from-original'))).toBe(byId('list'));
  });

  it('stops at the next heading and ignores what is not a heading', () => {
    html(`<h2 id="a">A</h2><p>text</p><h3 id="b">B</h3><details id="later"></details>
      <p id="p">text</p><details></details>`);
    expect(sectionDisclosure(byId('a'))).toBeNull();
    expect(sectionDisclosure(byId('b'))).toBe(byId('later'));
    expect(sectionDisclosure(byId('p'))).toBeNull();
  });
});

describe('disclosuresHiding', () => {
  it('lists the closed disclosures around a target, outermost first', () => {
    html(`<details id="outer"><summary>outer</summary>
      <details id="inner"><summary id="inner-summary">inner</summary><p id="deep">x</p></details>
    </details>`);
    expect(disclosuresHiding(byId('deep'))).toEqual([byId('outer'), byId('inner')]);
    // A summary shows while its own disclosure is closed.
    expect(disclosuresHiding(byId('inner-summary'))).toEqual([byId('outer')]);
    details('outer').open = true;
    expect(disclosuresHiding(byId('deep'))).toEqual([byId('inner')]);
  });

  it("reads a theme Details' state from data-collapsed, not from the open attribute", () => {
    html(
      `<h2 id="h">H</h2><details id="d" open data-collapsed="true"><summary>s</summary></details>`,
    );
    expect(isDisclosureOpen(details('d'))).toBe(false);
    expect(disclosuresHiding(byId('h'))).toEqual([byId('d')]);
    details('d').setAttribute('data-collapsed', 'false');
    expect(disclosuresHiding(byId('h'))).toEqual([]);
  });
});

describe('fragmentTarget', () => {
  it('finds percent-encoded and raw ids and tolerates malformed escapes', () => {
    html('<h2 id="변경">a</h2><p id="100%">b</p>');
    expect(fragmentTarget(document, `#${encodeURIComponent('변경')}`)).toBe(byId('변경'));
    expect(fragmentTarget(document, '#100%')).toBe(byId('100%'));
    expect(fragmentTarget(document, '#')).toBeNull();
    expect(fragmentTarget(document, '#nope')).toBeNull();
  });
});

describe("revealFragment with Docusaurus's own Details component", () => {
  function Page({ open = false }: { readonly open?: boolean }) {
    return (
      <>
        <Heading as="h2" id="changes-from-original">
          What changed
        </Heading>
        <Details summary={<summary>Show the 2 changes</summary>} open={open}>
          <ul>
            <li id="first-change">one</li>
            <li>two</li>
          </ul>
        </Details>
        <Heading as="h2" id="next">
          Next
        </Heading>
      </>
    );
  }

  function theDetails(container: HTMLElement): HTMLDetailsElement {
    const element = container.querySelector('details');
    if (element === null) throw new Error('no details');
    return element;
  }

  it('opens the list under a linked heading through the component, so its state follows', () => {
    const { container } = render(<Page />);
    const list = theDetails(container);
    expect(list.getAttribute('data-collapsed')).toBe('true');

    let opened: HTMLDetailsElement[] = [];
    act(() => {
      opened = revealFragment(document, '#changes-from-original');
    });
    expect(opened).toEqual([list]);
    // The component's own state: the content is being shown, and a later click closes it.
    expect(list.getAttribute('data-collapsed')).toBe('false');
    expect(list.open).toBe(true);
    act(() => {
      list.querySelector('summary')?.click();
    });
    expect(list.getAttribute('data-collapsed')).toBe('true');
  });

  it('opens the disclosure that contains the target', () => {
    const { container } = render(<Page />);
    act(() => {
      revealFragment(document, '#first-change');
    });
    expect(theDetails(container).getAttribute('data-collapsed')).toBe('false');
  });

  it('leaves an open list, and headings without one, alone and does not scroll', () => {
    const { container } = render(<Page open />);
    const list = theDetails(container);
    expect(list.getAttribute('data-collapsed')).toBe('false');
    act(() => {
      expect(revealFragment(document, '#changes-from-original')).toEqual([]);
      expect(revealFragment(document, '#next')).toEqual([]);
      expect(revealFragment(document, '#missing')).toEqual([]);
    });
    expect(list.getAttribute('data-collapsed')).toBe('false');
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('keeps the heading in view while the list unfolds, until the reader scrolls', async () => {
    render(<Page />);
    const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
    act(() => {
      revealFragment(document, '#changes-from-original');
    });
    await frame();
    await frame();
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start', behavior: 'instant' });
    expect(scrollIntoView.mock.contexts[0]).toBe(byId('changes-from-original'));
    window.dispatchEvent(new Event('wheel'));
    const calls = scrollIntoView.mock.calls.length;
    await frame();
    await frame();
    expect(scrollIntoView.mock.calls.length).toBe(calls);
  });
});

describe('revealFragment with a plain <details>', () => {
  it('sets open on it', () => {
    html(`<h2 id="h">H</h2><details id="d"><summary>s</summary><p>x</p></details>`);
    revealFragment(document, '#h');
    expect(details('d').open).toBe(true);
  });
});
