import { chartsOnPage } from './charts/registry';
import type { Dataset, SectionId } from './dataset';

/** Every figure id a value names: a point's or row's `figureId`, a derivation's `{ figure }` input. */
function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectIds(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'figureId' || key === 'figure') && typeof item === 'string') into.add(item);
    else collectIds(item, into);
  }
}

/**
 * The ids of the figures a page's charts show or derive from, found by building them. Figures are
 * chosen by id, section or industry, never by language, so one language finds them all
 * (tests/unit/page-dataset.test.ts builds every page in every language from its part alone).
 */
export function pageFigureIds(dataset: Dataset, page: SectionId): Set<string> {
  const ids = new Set<string>();
  for (const chart of chartsOnPage(page)) collectIds(chart.build(dataset, 'zh-Hant'), ids);
  return ids;
}

/**
 * What one page of the viewer needs: the whole dataset but for its figures, of which only those the
 * page's charts read, in the dataset's order. Same schema, so the page draws from it as from the
 * whole. Where a page's charts name their figures by id (the overview), its part is the same size at
 * 100× the figures as at 1×; a chart that takes every figure of an industry takes them all.
 */
export function pageDataset(dataset: Dataset, page: SectionId): Dataset {
  const ids = pageFigureIds(dataset, page);
  return { ...dataset, figures: dataset.figures.filter((f) => ids.has(f.id)) };
}
