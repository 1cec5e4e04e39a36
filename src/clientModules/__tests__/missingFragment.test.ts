// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { landsOnMissingFragment } from '../missingFragment';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('landsOnMissingFragment', () => {
  const from = { pathname: '/docs/containers', hash: '#namespaces' };

  it('moves to the top when another page lacks the fragment', () => {
    document.body.innerHTML = '<h2 id="cgroups">cgroups</h2>';
    expect(
      landsOnMissingFragment(
        document,
        { pathname: '/docs/2021.02/containers', hash: '#namespaces' },
        from,
      ),
    ).toBe(true);
  });

  it('leaves the page where Docusaurus put it when the fragment is there, encoded or not', () => {
    document.body.innerHTML = '<h2 id="namespaces">a</h2><h2 id="네임스페이스">b</h2>';
    expect(
      landsOnMissingFragment(
        document,
        { pathname: '/en/docs/containers', hash: '#namespaces' },
        from,
      ),
    ).toBe(false);
    expect(
      landsOnMissingFragment(
        document,
        { pathname: '/docs/vm-problems', hash: `#${encodeURIComponent('네임스페이스')}` },
        from,
      ),
    ).toBe(false);
  });

  it('does nothing on the first render, without a fragment, or within one page', () => {
    expect(landsOnMissingFragment(document, from, null)).toBe(false);
    expect(landsOnMissingFragment(document, { pathname: '/docs/x', hash: '' }, from)).toBe(false);
    expect(landsOnMissingFragment(document, { pathname: '/docs/x', hash: '#' }, from)).toBe(false);
    expect(
      landsOnMissingFragment(document, { pathname: '/docs/containers', hash: '#gone' }, from),
    ).toBe(false);
  });

  it('takes a fragment that is not valid percent-encoding as it is', () => {
    document.body.innerHTML = '<h2 id="100%">a</h2>';
    expect(landsOnMissingFragment(document, { pathname: '/docs/x', hash: '#100%' }, from)).toBe(
      false,
    );
    expect(landsOnMissingFragment(document, { pathname: '/docs/x', hash: '#50%' }, from)).toBe(
      true,
    );
  });
});
