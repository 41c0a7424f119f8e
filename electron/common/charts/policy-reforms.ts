import { figureChart } from './build';

/** Business-environment reforms and the policy pipeline, which share no axis. */
export const policyReforms = figureChart({
  id: 'policy-reforms',
  page: 'policy',
  kind: 'kpi',
  title: 'chart.policy-reforms.title',
  figures: [{ id: 'reform-measures' }, { id: 'policy-pipeline-connectivity' }],
});
