import { figureChart } from './build';

/** Technology contract turnover: the plan's five-year total beside 2024. */
export const techTransferValue = figureChart({
  id: 'tech-transfer-value',
  page: 'innovation',
  kind: 'bar',
  title: 'chart.tech-transfer-value.title',
  valueAxis: 'chart.tech-transfer-value.axisY',
  categoryWithPeriod: true,
  figures: [{ id: 'tech-contract-turnover' }, { id: 'tech-transaction-value-2024' }],
  notes: ['chart.tech-transfer.note'],
});
