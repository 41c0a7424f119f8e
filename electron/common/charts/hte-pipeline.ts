import { figureChart } from './build';

/** From the registered tech SMEs to the 2026 target: the district's high-tech pipeline. */
export const htePipeline = figureChart({
  id: 'hte-pipeline',
  page: 'innovation',
  kind: 'bar',
  title: 'chart.hte-pipeline.title',
  valueAxis: 'chart.hte-pipeline.axisY',
  categoryWithPeriod: true,
  figures: [
    { id: 'tech-smes-registered-2025' },
    { id: 'national-high-tech-enterprises' },
    { id: 'hte-certified-2025' },
    { id: 'new-national-hte-2026' },
  ],
});
