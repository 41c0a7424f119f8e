import { figureChart } from './build';

/** Green factories (of which national), green supply chains, and the growth the article reports. */
export const greenManufacturing = figureChart({
  id: 'green-manufacturing',
  page: 'green',
  kind: 'kpi',
  title: 'chart.green-manufacturing.title',
  // Factories and supply chains are counts of different things: two cards. The national factories
  // are part of the 14, so they are stated as "of which", never beside their whole.
  figures: [{ id: 'green-factories' }, { id: 'green-supply-chains' }],
  annotations: [{ id: 'national-green-factories', category: 'chart.green-manufacturing.national' }, { id: 'green-factories-growth' }],
  notes: ['chart.green-manufacturing.note'],
});
