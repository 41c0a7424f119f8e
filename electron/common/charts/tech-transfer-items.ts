import { figureChart } from './build';

/** Technology transfer: five-year transfers and one year of registered contracts, different measures: a card each. */
export const techTransferItems = figureChart({
  id: 'tech-transfer-items',
  page: 'innovation',
  kind: 'kpi',
  title: 'chart.tech-transfer-items.title',
  figures: [{ id: 'tech-achievements-transferred' }, { id: 'tech-transaction-contracts-2024' }],
  notes: ['chart.tech-transfer.note'],
});
