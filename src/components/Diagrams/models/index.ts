// Every diagram's content, for the tests; the diagrams import their own module directly.
export { containerSolution } from './containerSolution';
export { deploymentEvolution } from './deploymentEvolution';
export { stackComparison } from './stackComparison';
export { vmProblems } from './vmProblems';
export type { DiagramContent } from './shared';
