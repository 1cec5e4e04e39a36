// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { Props } from '@theme/CodeBlock';

// The lazily loaded module stands in for Prism and the theme's code block.
vi.mock('../highlighting', () => ({
  default: ({ children }: Props) => <pre data-testid="lazy">{children}</pre>,
}));

beforeEach(() => {
  vi.resetModules();
});

describe('CodeBlock', () => {
  it('renders the registered highlighting code block synchronously', async () => {
    const { registerHighlightedCodeBlock } = await import('../registry');
    registerHighlightedCodeBlock(({ children, language }: Props) => (
      <pre data-testid="registered" data-language={language}>
        {children}
      </pre>
    ));
    const { default: CodeBlock } = await import('..');
    render(<CodeBlock language="bash">uname -r</CodeBlock>);
    // No Suspense fallback first: the server and the first client render are the same.
    expect(screen.getByTestId('registered')).toHaveTextContent('uname -r');
    expect(screen.getByTestId('registered')).toHaveAttribute('data-language', 'bash');
  });

  it('loads it on demand when nothing registered it, showing the code meanwhile', async () => {
    const { default: CodeBlock } = await import('..');
    render(<CodeBlock>ls -l</CodeBlock>);
    expect(screen.getByText('ls -l').tagName).toBe('PRE');
    expect(await screen.findByTestId('lazy')).toHaveTextContent('ls -l');
  });
});
