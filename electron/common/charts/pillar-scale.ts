import { figureChart } from './build';

/** Three pillar industries in 億元, each with its own qualifier: a level, a lower bound, an expectation. */
export const pillarScale = figureChart({
  id: 'pillar-scale',
  page: 'pillar',
  kind: 'bar',
  title: 'chart.pillar-scale.title',
  valueAxis: 'chart.pillar-scale.axisY',
  figures: [
    { id: 'rail-transit-cluster-scale', category: 'chart.pillar-scale.railCategory' },
    { id: 'beef-processing-output', category: 'chart.pillar-scale.beefCategory' },
    { id: 'auto-parts-output-2025', category: 'chart.pillar-scale.autoCategory' },
  ],
  notes: ['chart.pillar-scale.note'],
});
