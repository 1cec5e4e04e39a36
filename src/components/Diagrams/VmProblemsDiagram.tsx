import type { ReactNode } from 'react';
import DiagramFigure from './Figure';
import { vmProblems } from './models/vmProblems';

export default function VmProblemsDiagram(): ReactNode {
  return <DiagramFigure {...vmProblems()} />;
}
