import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { Reference } from '@site/src/data/references';

/**
 * A link to a cited page, opened in a new tab: its title in the page's own language and, for
 * screen readers, that it leaves the site. Shared by the reference list and the figure sources.
 */
export default function ExternalReferenceLink({
  reference,
  className,
  children,
}: {
  readonly reference: Reference;
  readonly className?: string;
  /** Drawn after the title, e.g. an icon. */
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <Link
      href={reference.url}
      className={className}
      hrefLang={reference.lang}
      target="_blank"
      rel="noopener noreferrer"
    >
      <span lang={reference.lang}>{reference.title}</span>
      {children}
      <span className="visually-hidden" data-search-ignore="">
        {' '}
        <Translate
          id="components.referenceLinks.external"
          description="Read by screen readers after the title of an external reference link"
        >
          (외부 사이트, 새 탭에서 열림)
        </Translate>
      </span>
    </Link>
  );
}
