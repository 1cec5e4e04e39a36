// Stand-in for `@theme/Heading` in component tests: the real one reads the navbar settings of
// the theme config, which the test site config leaves out. Same element, without the hash link.
import type { ReactNode } from 'react';
import type { Props } from '@theme/Heading';

export default function Heading({ as: As, ...props }: Props): ReactNode {
  return <As {...props} />;
}
