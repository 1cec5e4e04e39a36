/**
 * Docusaurus plugin: keeps code the reader does not need out of the main bundle.
 *
 * theme-classic registers `prism-include-languages` as a client module, which imports
 * prism-react-renderer into `main.js`: every page then evaluates Prism and its bundled grammars
 * at startup (about 45 ms of main-thread time on this machine, four times that on a mid-range
 * phone), although only two pages have a code block. The module is replaced by an empty one here;
 * `src/theme/CodeBlock` loads Prism, the configured extra languages and the theme's code block
 * together, only where a code block is rendered.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

export const PRISM_CLIENT_MODULE =
  /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;

export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            PRISM_CLIENT_MODULE,
            fileURLToPath(new URL('./noop.js', import.meta.url)),
          ),
        ],
      };
    },
  };
}
