import type { ReactNode } from 'react';
import DocsVersionDropdownNavbarItem from '@theme-original/NavbarItem/DocsVersionDropdownNavbarItem';
import type DocsVersionDropdownNavbarItemType from '@theme/NavbarItem/DocsVersionDropdownNavbarItem';
import type { WrapperProps } from '@docusaurus/types';
import { useActiveDocContext } from '@docusaurus/plugin-content-docs/client';

type Props = WrapperProps<typeof DocsVersionDropdownNavbarItemType>;

/**
 * The edition menu only where there are editions: on the docs. Elsewhere (the glossary, the
 * home page, search) the theme would still show it, and its entries would take the reader away
 * from the page to a doc page.
 */
export default function DocsVersionDropdownWrapper(props: Props): ReactNode {
  const { activeVersion } = useActiveDocContext(props.docsPluginId);
  if (activeVersion === undefined) return null;
  return <DocsVersionDropdownNavbarItem {...props} />;
}
