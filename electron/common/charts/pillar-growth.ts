import { figureChart } from './build';

/** Yearly output growth of the pillar industries' leaders; the suppliers' plan-period growth beside it. */
export const pillarGrowth = figureChart({
  id: 'pillar-growth',
  page: 'pillar',
  kind: 'hbar',
  title: 'chart.pillar-growth.title',
  valueAxis: 'chart.pillar-growth.axisX',
  // One measure on the axis: yearly growth of output. The suppliers' growth over the whole plan
  // period, of their number and of their output, are other measures: stated beside it.
  figures: [
    { id: 'crrc-changke-output-growth', category: 'chart.pillar-growth.crrc' },
    { id: 'haoyue-avg-growth', category: 'chart.pillar-growth.haoyue' },
    { id: 'auto-parts-output-growth', category: 'chart.pillar-growth.autoParts' },
  ],
  annotations: [{ id: 'rail-supporting-firms-count-growth' }, { id: 'rail-supporting-firms-output-growth' }],
  notes: ['chart.pillar-growth.note'],
});
