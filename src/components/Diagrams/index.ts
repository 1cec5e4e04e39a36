export { default as DeploymentEvolutionDiagram } from './DeploymentEvolutionDiagram';
export { default as VmProblemsDiagram } from './VmProblemsDiagram';
export { default as ContainerSolutionDiagram } from './ContainerSolutionDiagram';
export { default as StackComparisonDiagram } from './StackComparisonDiagram';
