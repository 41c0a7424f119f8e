import type { Dataset } from '../dataset';
import { chartDefinition } from './interpret';
import type { ChartDefinition } from './model';

// One list of definitions per loaded report's charts array (never changed after loading).
const lists = new WeakMap<Dataset['charts'], ChartDefinition[]>();

/** Every chart of the report, in reading order. Pages, the kiosk playlist and the workbook all follow it. */
export function chartsOf(dataset: Pick<Dataset, 'charts'>): ChartDefinition[] {
  let list = lists.get(dataset.charts);
  if (!list) {
    list = dataset.charts.map(chartDefinition);
    lists.set(dataset.charts, list);
  }
  return list;
}

export function chartsOnPage(dataset: Pick<Dataset, 'charts'>, page: string): ChartDefinition[] {
  return chartsOf(dataset).filter((chart) => chart.page === page);
}

export function chartById(dataset: Pick<Dataset, 'charts'>, id: string): ChartDefinition | undefined {
  return chartsOf(dataset).find((chart) => chart.id === id);
}
