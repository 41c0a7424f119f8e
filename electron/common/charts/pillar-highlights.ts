import { figureChart } from './build';

/** Pillar-industry figures that share no axis: counts, a speed, planned parks. */
export const pillarHighlights = figureChart({
  id: 'pillar-highlights',
  page: 'pillar',
  kind: 'kpi',
  title: 'chart.pillar-highlights.title',
  figures: [
    { id: 'auto-parts-enterprises' },
    { id: 'haoyue-major-projects' },
    { id: 'top50-high-tech-enterprises' },
    { id: 'maglev-top-speed' },
    { id: 'planned-industrial-parks' },
  ],
});
