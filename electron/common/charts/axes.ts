import type { ChartModel, Point } from './model';

/** Every point a model draws, on whichever axis: its series' points, or its panels'. Annotations are not drawn. */
export function drawnPoints(model: ChartModel): Point[] {
  const series = [...model.series, ...(model.panels ?? []).flatMap((panel) => panel.series)];
  return series.flatMap((s) => s.points).filter((p): p is Point => p !== null);
}

/**
 * The charts a model draws, one per value axis: each panel of small multiples as a chart of its
 * own (titled by its measure, with its own axis), otherwise the model itself. The screen draws a
 * canvas for each, the workbook a native chart for each, and the registry test checks each axis.
 */
export function axisModels(model: ChartModel): ChartModel[] {
  if (!model.panels) return [model];
  return model.panels.map((panel, i) => ({
    ...model,
    id: `${model.id}-${i + 1}`,
    title: panel.title,
    ...(panel.valueAxis === undefined ? {} : { valueAxis: panel.valueAxis }),
    categories: panel.categories,
    series: panel.series,
    panels: undefined,
    annotations: [],
    notes: [],
  }));
}
