import { KINDS } from '../../../../electron/common/charts/kinds';
import type { ChartModel } from '../../../../electron/common/charts/model';
import { categoryAxis, chartOptions, drawnModel, fillOf, outlineOf, seriesLegend, valueAxis, type ChartJsConfig, type DrawContext } from '../config';

type Layout = {
  horizontal: boolean;
  /** Parts of one whole in one bar per category, labelled inside, named by the legend. */
  stacked?: boolean;
};

/** Bars, upright or lying down, side by side or stacked: shared by the bar, hbar, stacked and multiples kinds. */
export function barsConfig(model: ChartModel, context: DrawContext, { horizontal, stacked = false }: Layout): ChartJsConfig {
  const drawn = drawnModel(model, context);
  const fill = KINDS[model.kind].fill;
  const several = model.series.length > 1;
  const datasets = model.series.map((series, i) => ({
    label: series.name,
    data: series.points.map((p) => p?.value ?? 0),
    backgroundColor: series.points.map((p) => fillOf(p, fill, i)),
    borderColor: series.points.map((p) => outlineOf(p, fill, i)),
    borderWidth: stacked ? { left: 0, right: 2, top: 0, bottom: 0 } : 0,
    maxBarThickness: context.fontSize * (stacked ? 5 : 7),
  }));
  const values = { ...valueAxis(model, drawn, stacked ? '0%' : '12%', !horizontal), stacked };
  const categories = { ...categoryAxis(model, drawn, horizontal), stacked };
  // A stacked bar's legend names its parts, with their values (a thin part has no room for its label);
  // elsewhere the HTML legend under the chart explains the marks, and a PNG of several series names them.
  const legend = stacked
    ? { display: true, position: 'bottom' as const, generateLabels: seriesLegend(model, fill, true) }
    : { display: context.forExport === true && several, position: 'top' as const, ...(several ? { generateLabels: seriesLegend(model, fill) } : {}) };
  const options = chartOptions(model, drawn, context, {
    legend,
    // Room right of the longest bar for its label.
    padding: { top: 8, right: horizontal && !stacked ? 110 : 16, left: 8, bottom: 4 },
    axisTitleAbove: !horizontal,
  });
  return {
    type: 'bar',
    data: { labels: model.categories, datasets },
    options: {
      ...options,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: values, y: categories } : { x: categories, y: values },
      plugins: { ...options.plugins, lvyuanBarMarks: { drawn, horizontal, placement: stacked ? 'inside' : 'end', fill } },
    },
  };
}
