import { memo, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';

/**
 * The docs sidebar in the phone menu: theme-classic's `DocSidebar/Mobile` (3.10.2), ejected, with
 * one change. It hands the menu its props as one memoized object (`{ menu }`) instead of the
 * sidebar's whole props object.
 *
 * Why: `NavbarSecondaryMenuFiller` memoizes its props with theme-common's `useShallowMemoObject`,
 * which sorts the props' keys with `String.prototype.localeCompare`. The first `localeCompare`
 * in a page builds the browser's ICU collator, 15–50 ms of main thread here (desktop CPU,
 * measured in Chromium in a fresh page), four times that on a phone, inside the hydration of
 * every doc page on a phone, where nothing else compares strings by locale. A single key sorts
 * without a comparison. Upstream: `useShallowMemoObject` could sort with `<` (the keys are
 * property names; no locale order is needed); then this file can go back to the theme's.
 *
 * `__tests__/upstream.test.ts` fails when theme-classic's file changes, so an upgrade compares
 * the two again.
 */
interface Menu {
  readonly sidebar: Props['sidebar'];
  readonly path: string;
}

function DocSidebarMobileSecondaryMenu({ menu }: { readonly menu: Menu }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={menu.sidebar}
        activePath={menu.path}
        onItemClick={(item) => {
          // Mobile sidebar should only be closed if the category has a link
          if (item.type === 'category' && item.href) {
            mobileSidebar.toggle();
          }
          if (item.type === 'link') {
            mobileSidebar.toggle();
          }
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const menu = useMemo<Menu>(() => ({ sidebar, path }), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{ menu }} />;
}

export default memo(DocSidebarMobile);
