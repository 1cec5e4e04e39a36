import type { ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import CopyMarkdown from './CopyMarkdown';

/**
 * The theme's doc footer, then the "copy page as Markdown" control: below the text, so it never
 * stands between the title and the page. The Markdown copy is written by `src/plugins/llms`.
 */
export default function FooterWrapper(): ReactNode {
  const { metadata } = useDoc();
  return (
    <>
      <Footer />
      <CopyMarkdown permalink={metadata.permalink} />
    </>
  );
}
