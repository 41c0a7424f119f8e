import { chartFigureIds } from './charts/interpret';
import type { Dataset } from './dataset';

/**
 * The ids of the figures a page's charts show, state or derive from, as their specs declare them
 * (with the latest actual a target card is read against).
 */
export function pageFigureIds(dataset: Dataset, page: string): Set<string> {
  return new Set(dataset.charts.filter((chart) => chart.section === page).flatMap((chart) => chartFigureIds(chart, dataset)));
}

/**
 * What one page of the viewer needs: the whole report but for its figures, of which only those the
 * page's charts read, in the report's order. Same schema, so the page draws from it as from the
 * whole; its part is the same size at 100× the figures as at 1×.
 */
export function pageDataset(dataset: Dataset, page: string): Dataset {
  const ids = pageFigureIds(dataset, page);
  return { ...dataset, figures: dataset.figures.filter((f) => ids.has(f.id)) };
}
