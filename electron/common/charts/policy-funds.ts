import { figureChart } from './build';

/** Funds secured, paid out and granted: different flows over different periods, a card each. */
export const policyFunds = figureChart({
  id: 'policy-funds',
  page: 'policy',
  kind: 'kpi',
  title: 'chart.policy-funds.title',
  figures: [{ id: 'support-funds-secured-2024' }, { id: 'policy-funds-disbursed' }, { id: 'post-subsidies-paid' }],
});
