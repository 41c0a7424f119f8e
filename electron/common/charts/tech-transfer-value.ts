import { figureChart } from './build';

/** Technology contract value: the five-year total and one year, not one measure: a card each. */
export const techTransferValue = figureChart({
  id: 'tech-transfer-value',
  page: 'innovation',
  kind: 'kpi',
  title: 'chart.tech-transfer-value.title',
  figures: [{ id: 'tech-contract-turnover' }, { id: 'tech-transaction-value-2024' }],
  notes: ['chart.tech-transfer.note'],
});
