import { figureChart } from './build';

/** Policy money in 萬元: disbursed, secured, and post-subsidies. */
export const policyFunds = figureChart({
  id: 'policy-funds',
  page: 'policy',
  kind: 'bar',
  title: 'chart.policy-funds.title',
  valueAxis: 'chart.policy-funds.axisY',
  categoryWithPeriod: true,
  figures: [{ id: 'support-funds-secured-2024' }, { id: 'policy-funds-disbursed' }, { id: 'post-subsidies-paid' }],
});
