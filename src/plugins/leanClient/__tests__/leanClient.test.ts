import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import leanClientPlugin, { PRISM_CLIENT_MODULE } from '..';

const require = createRequire(import.meta.url);
const themeClassicIndex = require.resolve('@docusaurus/theme-classic');
const prismClientModule = join(dirname(themeClassicIndex), 'prism-include-languages.js');

class FakeReplacementPlugin {
  constructor(
    readonly pattern: RegExp,
    readonly replacement: string,
  ) {}
}

describe('leanClientPlugin', () => {
  it('targets the client module theme-classic still registers', () => {
    // If an upgrade renames or drops the module, the replacement would silently stop applying.
    expect(existsSync(prismClientModule)).toBe(true);
    expect(readFileSync(themeClassicIndex, 'utf8')).toContain("'./prism-include-languages'");
    expect(PRISM_CLIENT_MODULE.test(prismClientModule)).toBe(true);
    expect(
      PRISM_CLIENT_MODULE.test(
        'C:\\site\\node_modules\\@docusaurus\\theme-classic\\lib\\prism-include-languages.js',
      ),
    ).toBe(true);
    expect(PRISM_CLIENT_MODULE.test('/site/src/theme/prism-include-languages.js')).toBe(false);
  });

  it('replaces it with an empty module in both bundles', () => {
    const plugin = leanClientPlugin();
    for (const isServer of [false, true]) {
      const config = plugin.configureWebpack?.(
        {},
        isServer,
        {
          currentBundler: {
            name: 'rspack',
            instance: { NormalModuleReplacementPlugin: FakeReplacementPlugin },
          },
        } as never,
        {},
      ) as unknown as { plugins: FakeReplacementPlugin[] };
      const [replacement] = config.plugins;
      expect(replacement?.pattern).toBe(PRISM_CLIENT_MODULE);
      expect(readFileSync(replacement?.replacement ?? '', 'utf8')).toMatch(/^export \{\};$/m);
    }
  });
});
