import { createHash } from 'node:crypto';
import {
  contentSecurityPolicy,
  inlineScripts,
  isCspScriptType,
  nginxCspSnippet,
  scriptHash,
  snippetScriptHashes,
} from '../lib/csp';

describe('inlineScripts', () => {
  it('finds executable inline scripts and skips external scripts and JSON data blocks', () => {
    const html = [
      '<script>!function(){setTheme()}()</script>',
      '<script src="/assets/js/main.js" defer></script>',
      '<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>',
      '<script data-rh="true">document.title="x"</script>',
      '<script>  </script>',
    ].join('');
    expect(inlineScripts(html)).toEqual(['!function(){setTheme()}()', 'document.title="x"']);
  });

  it('reads each script as the browser hashes it: raw text, wherever it is, whatever its type', () => {
    const html = [
      '<html><head><script type="module">a&amp;&&b</script></head>',
      '<body><p>text</p><script type="TEXT/JavaScript">c()</script>',
      '<script type="text/plain">not run</script><script type="speculationrules">{}</script>',
      '<script type="application/json">[]</script>',
      '</body></html>',
    ].join('');
    expect(inlineScripts(html)).toEqual(['a&amp;&&b', 'c()', '{}']);
  });
});

describe('isCspScriptType', () => {
  it('covers classic and module scripts, import maps and speculation rules, not data blocks', () => {
    for (const type of [
      undefined,
      '',
      ' ',
      'text/javascript',
      'application/ecmascript',
      'module',
    ]) {
      expect(isCspScriptType(type)).toBe(true);
    }
    expect(isCspScriptType('importmap')).toBe(true);
    expect(isCspScriptType('speculationrules')).toBe(true);
    for (const type of ['application/json', 'application/ld+json', 'text/plain', 'text/x-tmpl']) {
      expect(isCspScriptType(type)).toBe(false);
    }
  });
});

describe('scriptHash', () => {
  it('is the CSP sha256 source of the exact script text', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(scriptHash('alert(1)')).toBe(`'sha256-${expected}'`);
    expect(scriptHash('alert(1) ')).not.toBe(scriptHash('alert(1)'));
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"]);

  it('lists each hash once and never allows unsafe inline scripts or eval', () => {
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(scriptSrc).not.toMatch(/unsafe/);
  });

  it('forbids framing, plugins and other origins', () => {
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('renders as an nginx add_header directive sent on every status', () => {
    expect(nginxCspSnippet(policy)).toContain(
      `add_header Content-Security-Policy "${policy}" always;`,
    );
    expect(() => nginxCspSnippet('default-src "self"')).toThrow(/double quotes/);
  });

  it('gives its hashes back to whoever checks a build against it', () => {
    expect(snippetScriptHashes(nginxCspSnippet(policy))).toEqual(
      new Set(["'sha256-a'", "'sha256-b'"]),
    );
    expect(() => snippetScriptHashes('# nothing')).toThrow(/no Content-Security-Policy/);
  });
});
