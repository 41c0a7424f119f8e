import type { Dataset } from './dataset';

/** The first and last year any figure's period names: the dataset's reference period (the workbook's cover, the print view's). */
export function referenceYears(dataset: Pick<Dataset, 'figures'>): { from: number; to: number } {
  const years = dataset.figures.flatMap((f) => [...f.period.matchAll(/\d{4}/gu)].map((m) => Number(m[0])));
  return { from: Math.min(...years), to: Math.max(...years) };
}
