import { figureChart } from './build';

/** Technology transfer counts: the plan's five-year total beside the 2024 contracts. */
export const techTransferItems = figureChart({
  id: 'tech-transfer-items',
  page: 'innovation',
  kind: 'bar',
  title: 'chart.tech-transfer-items.title',
  valueAxis: 'chart.tech-transfer-items.axisY',
  categoryWithPeriod: true,
  figures: [{ id: 'tech-achievements-transferred' }, { id: 'tech-transaction-contracts-2024' }],
  notes: ['chart.tech-transfer.note'],
});
