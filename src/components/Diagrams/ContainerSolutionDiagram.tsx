import type { ReactNode } from 'react';
import DiagramFigure from './Figure';
import { containerSolution } from './models/containerSolution';

export default function ContainerSolutionDiagram(): ReactNode {
  return <DiagramFigure {...containerSolution()} />;
}
