import { figureChart } from './build';

/**
 * Three pillar industries in 億元 that are not comparable: a size class (級, text, not a bar length),
 * a lower bound of annual output, an expected value. A card each.
 */
export const pillarScale = figureChart({
  id: 'pillar-scale',
  page: 'pillar',
  kind: 'kpi',
  title: 'chart.pillar-scale.title',
  figures: [
    { id: 'rail-transit-cluster-scale', category: 'chart.pillar-scale.railCategory' },
    { id: 'beef-processing-output', category: 'chart.pillar-scale.beefCategory' },
    { id: 'auto-parts-output-2025', category: 'chart.pillar-scale.autoCategory' },
  ],
  notes: ['chart.pillar-scale.note'],
});
