import type { Dataset } from './dataset';

/** The first and last year any figure's period names: the dataset's reference period (the workbook's cover, the print view's). */
export function referenceYears(dataset: Pick<Dataset, 'figures'>): { from: number; to: number } {
  const years = dataset.figures.flatMap((f) => [...f.period.matchAll(/\d{4}/gu)].map((m) => Number(m[0])));
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * The latest year the report's actual figures reach (a target's year is not data): what "data as of"
 * says on a slide. The latest year of any figure where none is actual.
 */
export function dataAsOf(dataset: Pick<Dataset, 'figures'>): number {
  const actual = dataset.figures.filter((f) => f.status === 'actual');
  return referenceYears({ figures: actual.length > 0 ? actual : dataset.figures }).to;
}
