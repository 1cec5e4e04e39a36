// @vitest-environment jsdom
import type { ComponentType } from 'react';
import { render } from '@testing-library/react';
import { Highlight, themes } from 'prism-react-renderer';
import type { Props } from '@theme/CodeBlock/Line';
import OriginalLine from '@theme-original/CodeBlock/Line';
import CodeBlockLine from '../Line';

// `@theme-original/*` modules are untyped; this one is the theme's CodeBlock line.
const UpstreamLine = OriginalLine as ComponentType<Props>;

const CODE = 'const a = 1; // one\n\nconsole.log(a);\n';

/** A code block as the theme's CodeBlock/Content/String draws it, with `Line` for each line. */
function codeLines(Line: ComponentType<Props>, showLineNumbers: boolean): HTMLElement {
  const { container } = render(
    <Highlight code={CODE} language="javascript" theme={themes.github}>
      {({ tokens, getLineProps, getTokenProps }) => (
        <pre>
          <code>
            {tokens.map((line, index) => (
              <Line
                key={index}
                line={line}
                getLineProps={getLineProps}
                getTokenProps={getTokenProps}
                classNames={index === 0 ? ['theme-code-block-highlighted-line'] : undefined}
                showLineNumbers={showLineNumbers}
              />
            ))}
          </code>
        </pre>
      )}
    </Highlight>,
  );
  return container.querySelector('code') as HTMLElement;
}

describe.each([false, true])('CodeBlock/Line (line numbers: %s)', (showLineNumbers) => {
  it('still gets a <div> per line from the theme (else this wrapper can go)', () => {
    const lines = Array.from(codeLines(UpstreamLine, showLineNumbers).children);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.tagName).toBe('DIV');
  });

  it('renders the theme’s line as a <span>, valid inside <code>, and nothing else changed', () => {
    const upstream = codeLines(UpstreamLine, showLineNumbers);
    const ours = codeLines(CodeBlockLine, showLineNumbers);
    expect(ours.querySelector('div')).toBeNull();
    const lines = Array.from(ours.children);
    expect(lines.map((line) => line.tagName)).toEqual(lines.map(() => 'SPAN'));
    // Back to a <div> without our class: the theme's markup, attribute for attribute.
    for (const line of lines) {
      const div = document.createElement('div');
      for (const { name, value } of Array.from(line.attributes)) div.setAttribute(name, value);
      div.classList.remove('line');
      div.innerHTML = line.innerHTML;
      line.replaceWith(div);
    }
    expect(ours.innerHTML).toBe(upstream.innerHTML);
  });
});
