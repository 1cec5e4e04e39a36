import type { ReactNode } from 'react';
import DiagramFigure from './Figure';
import { stackComparison } from './models/stackComparison';

export default function StackComparisonDiagram(): ReactNode {
  return <DiagramFigure {...stackComparison()} />;
}
