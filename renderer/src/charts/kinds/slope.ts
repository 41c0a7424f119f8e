import type { ChartModel, Point } from '../../../../electron/common/charts/model';
import { paintOf, PALETTE } from '../../../../electron/common/charts/palette';
import { categoryAxis, chartOptions, drawnModel, valueAxis, type ConfigBuilder } from '../config';

/** A segment is dashed only where it ends in a value that is not an actual: dashes mean "expected" here as everywhere. */
function dashed(model: ChartModel, datasetIndex: number, index: number): boolean {
  const p: Point | null | undefined = model.series[datasetIndex]?.points[index];
  return p !== null && p !== undefined && (p.status !== 'actual' || p.derived !== undefined);
}

/**
 * Two years joined by a straight line, on an axis of just those two years: the value at each end
 * written beside it, left of the first and right of the last. Nothing is drawn in between.
 */
export const slopeConfig: ConfigBuilder = (model, context) => {
  const drawn = drawnModel(model, context);
  const datasets = model.series.map((series, datasetIndex) => ({
    label: series.name,
    data: series.points.map((p) => p?.value ?? 0),
    borderColor: PALETTE.actual,
    backgroundColor: series.points.map((p) => paintOf(p).fill),
    pointBorderColor: series.points.map((p) => paintOf(p).outline),
    borderWidth: Math.max(3, context.fontSize * 0.18),
    pointRadius: context.fontSize * 0.45,
    pointHoverRadius: context.fontSize * 0.6,
    segment: { borderDash: (ctx: { p1DataIndex: number }) => (dashed(model, datasetIndex, ctx.p1DataIndex) ? [6, 6] : undefined) },
  }));
  const options = chartOptions(model, drawn, context, {
    legend: { display: false, position: 'top' },
    padding: { top: 8, right: 16, left: 8, bottom: 4 },
    axisTitleAbove: true,
  });
  return {
    type: 'line',
    data: { labels: model.categories, datasets },
    options: {
      ...options,
      indexAxis: 'x',
      // offset leaves half a category of room outside each end, where the end labels go.
      scales: { x: { ...categoryAxis(model, drawn, false), offset: true }, y: valueAxis(model, drawn, '12%', true) },
      plugins: { ...options.plugins, lvyuanPointLabels: { drawn, placement: 'ends' } },
    },
  };
};
