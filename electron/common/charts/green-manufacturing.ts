import { figureChart } from './build';

/** Green factories (of which national), green supply chains, and the growth the article reports. */
export const greenManufacturing = figureChart({
  id: 'green-manufacturing',
  page: 'green',
  kind: 'bar',
  title: 'chart.green-manufacturing.title',
  valueAxis: 'chart.green-manufacturing.axisY',
  figures: [{ id: 'green-factories' }, { id: 'national-green-factories' }, { id: 'green-supply-chains' }],
  annotations: [{ id: 'green-factories-growth' }],
  notes: ['chart.green-manufacturing.note'],
});
