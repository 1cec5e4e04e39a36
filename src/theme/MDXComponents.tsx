import MDXComponents from '@theme-original/MDXComponents';
import ComparisonTable from '@site/src/components/ComparisonTable';
import {
  ContainerSolutionDiagram,
  DeploymentEvolutionDiagram,
  StackComparisonDiagram,
  VmProblemsDiagram,
} from '@site/src/components/Diagrams';
import ReferenceLinks from '@site/src/components/ReferenceLinks';
import SelfCheck from '@site/src/components/SelfCheck';
import Term from '@site/src/components/Term';
import BilingualMdx from '@site/src/components/ParallelView/BilingualMdx';

// Components every MDX page can use without importing them (see README.md in this folder).
export default {
  ...MDXComponents,
  ComparisonTable,
  DeploymentEvolutionDiagram,
  VmProblemsDiagram,
  ContainerSolutionDiagram,
  StackComparisonDiagram,
  ReferenceLinks,
  SelfCheck,
  Term,
  // MDX's `wrapper`: section strips and the parallel view on doc pages (README in this folder).
  wrapper: BilingualMdx,
};
