import type { ReactNode } from 'react';
import DocsVersionDropdownNavbarItem from '@theme-original/NavbarItem/DocsVersionDropdownNavbarItem';
import type DocsVersionDropdownNavbarItemType from '@theme/NavbarItem/DocsVersionDropdownNavbarItem';
import type { WrapperProps } from '@docusaurus/types';
import { useActiveDocContext } from '@docusaurus/plugin-content-docs/client';

type Props = WrapperProps<typeof DocsVersionDropdownNavbarItemType>;

/**
 * The edition menu only where there are editions: on a doc page. Elsewhere (the glossary, the
 * home page, search) the theme would still show it, and its entries would take the reader away
 * from the page to a doc page.
 *
 * Not on a missing page under the docs either (`/docs/nope`): there is no doc in another edition
 * to switch to, and nginx answers with the site's one 404 page, rendered without the menu; the
 * browser, which renders the docs' 404 for that address, would find the menu there and log a
 * hydration error (React #418).
 */
export default function DocsVersionDropdownWrapper(props: Props): ReactNode {
  const { activeDoc } = useActiveDocContext(props.docsPluginId);
  if (activeDoc === undefined) return null;
  return <DocsVersionDropdownNavbarItem {...props} />;
}
