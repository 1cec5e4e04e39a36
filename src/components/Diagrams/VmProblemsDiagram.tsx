import type { ReactNode } from 'react';
import DiagramFigure from './Figure';
import { vmProblems } from './models';

export default function VmProblemsDiagram(): ReactNode {
  return <DiagramFigure {...vmProblems()} />;
}
