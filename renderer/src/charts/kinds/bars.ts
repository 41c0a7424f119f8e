import type { ChartModel } from '../../../../electron/common/charts/model';
import { categoryAxis, chartOptions, drawnModel, fillOf, outlineOf, seriesLegend, valueAxis, type ChartJsConfig, type DrawContext } from '../config';

/** Bars, upright or lying down: shared by the bar and hbar kinds. */
export function barsConfig(model: ChartModel, context: DrawContext, horizontal: boolean): ChartJsConfig {
  const drawn = drawnModel(model, context);
  const several = model.series.length > 1;
  const datasets = model.series.map((series) => ({
    label: series.name,
    data: series.points.map((p) => p?.value ?? 0),
    backgroundColor: series.points.map(fillOf),
    borderColor: series.points.map(outlineOf),
    borderWidth: 0,
    maxBarThickness: context.fontSize * 7,
  }));
  const values = valueAxis(model, drawn, '12%');
  const categories = categoryAxis(model, drawn, horizontal);
  const options = chartOptions(model, drawn, context, {
    // On screen the HTML legend under the chart explains the marks; a PNG of several series names them.
    legend: { display: context.export !== undefined && several, position: 'top', ...(several ? { generateLabels: seriesLegend(model) } : {}) },
    // Room right of the longest bar for its label.
    padding: { top: 8, right: horizontal ? 110 : 16, left: 8, bottom: 4 },
  });
  return {
    type: 'bar',
    data: { labels: model.categories, datasets },
    options: {
      ...options,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: values, y: categories } : { x: categories, y: values },
      plugins: { ...options.plugins, lvyuanBarMarks: { drawn, horizontal } },
    },
  };
}
