import { figureChart } from './build';

/** The few figures the article gives for the emerging industries. */
export const emergingFigures = figureChart({
  id: 'emerging-figures',
  page: 'emerging',
  kind: 'kpi',
  title: 'chart.emerging-figures.title',
  figures: [{ id: 'battery-recycling-line-capacity' }, { id: 'peek-output-growth' }, { id: 'peek-industrial-park' }],
});
