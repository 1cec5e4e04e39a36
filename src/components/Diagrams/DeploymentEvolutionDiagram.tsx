import type { ReactNode } from 'react';
import DiagramFigure from './Figure';
import { deploymentEvolution } from './models/deploymentEvolution';

export default function DeploymentEvolutionDiagram(): ReactNode {
  return <DiagramFigure {...deploymentEvolution()} />;
}
