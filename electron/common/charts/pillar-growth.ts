import { figureChart } from './build';

/** Every growth rate the article gives for the pillar industries, side by side. */
export const pillarGrowth = figureChart({
  id: 'pillar-growth',
  page: 'pillar',
  kind: 'hbar',
  title: 'chart.pillar-growth.title',
  valueAxis: 'chart.pillar-growth.axisX',
  figures: [
    { id: 'rail-supporting-firms-count-growth' },
    { id: 'crrc-changke-output-growth' },
    { id: 'haoyue-avg-growth' },
    { id: 'rail-supporting-firms-output-growth' },
    { id: 'auto-parts-output-growth' },
  ],
  notes: ['chart.pillar-growth.note'],
});
