import type { Chart, ChartType, Element } from 'chart.js';
import type { Point } from '../../../../electron/common/charts/model';
import type { DrawnModel } from './drawn-model';

/** Visits every element of every visible series that shows a point of the model, with the element's centre. */
export function eachPoint<T extends ChartType>(
  chart: Chart<T>,
  drawn: DrawnModel,
  visit: (p: Point, element: Element, at: { x: number; y: number }, datasetIndex: number, index: number) => void,
): void {
  chart.data.datasets.forEach((_dataset, datasetIndex) => {
    const meta = chart.getDatasetMeta(datasetIndex);
    if (meta.hidden) return;
    meta.data.forEach((element, index) => {
      const p = drawn.point(datasetIndex, index);
      if (p) visit(p, element, element.getProps(['x', 'y'], true) as { x: number; y: number }, datasetIndex, index);
    });
  });
}
