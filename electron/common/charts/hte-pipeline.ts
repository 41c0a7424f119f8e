import { figureChart } from './build';

/** From the registered tech SMEs to the 2026 target: counts of different things, so a card each. */
export const htePipeline = figureChart({
  id: 'hte-pipeline',
  page: 'innovation',
  kind: 'kpi',
  title: 'chart.hte-pipeline.title',
  figures: [
    { id: 'tech-smes-registered-2025' },
    { id: 'national-high-tech-enterprises' },
    { id: 'hte-certified-2025' },
    { id: 'new-national-hte-2026' },
  ],
});
