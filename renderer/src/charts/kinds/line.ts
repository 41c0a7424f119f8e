import type { ChartModel } from '../../../../electron/common/charts/model';
import { PALETTE } from '../../../../electron/common/charts/palette';
import { categoryAxis, chartOptions, drawnModel, seriesLegend, valueAxis, type ConfigBuilder } from '../config';

function lineYears(model: ChartModel): number[] {
  return model.series.flatMap((s) => s.points.flatMap((p) => (p?.x === undefined ? [] : [p.x])));
}

function yearRange(years: number[]): number[] {
  const from = Math.min(...years);
  return Array.from({ length: Math.max(...years) - from + 1 }, (_, i) => from + i);
}

/** Values over years, on a numeric year axis with a tick on every year. */
export const lineConfig: ConfigBuilder = (model, context) => {
  const drawn = drawnModel(model, context);
  const several = model.series.length > 1;
  const years = lineYears(model);
  const datasets = model.series.map((series) => ({
    label: series.name,
    data: series.points.flatMap((p) => (p ? [{ x: p.x ?? 0, y: p.value }] : [])),
    borderColor: PALETTE.actual,
    backgroundColor: PALETTE.actual,
    // Dashes mean "expected" everywhere in the app: only segments that end in an expected or target value.
    segment: { borderDash: (ctx: { p1DataIndex: number }) => (series.points.filter((p) => p !== null)[ctx.p1DataIndex]?.status === 'actual' ? undefined : [6, 6]) },
    pointRadius: 7,
    pointHoverRadius: 9,
  }));
  const categories = categoryAxis(model, drawn, false);
  const options = chartOptions(model, drawn, context, {
    legend: { display: context.forExport === true && several, position: 'top', ...(several ? { generateLabels: seriesLegend(model) } : {}) },
    padding: { top: 8, right: 16, left: 8, bottom: 4 },
    axisTitleAbove: true,
  });
  return {
    type: 'line',
    data: { labels: model.categories, datasets },
    options: {
      ...options,
      indexAxis: 'x',
      scales: {
        x: {
          ...categories,
          type: 'linear' as const,
          // Half a year of room at each end so the end labels are not clipped; ticks stay on whole years.
          min: Math.min(...years) - 0.5,
          max: Math.max(...years) + 0.5,
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
            axis.ticks = yearRange(years).map((value) => ({ value }));
          },
          ticks: { ...categories.ticks, callback: (v: number | string) => String(v) },
        },
        y: valueAxis(model, drawn, '20%', true),
      },
      plugins: { ...options.plugins, lvyuanPointLabels: { drawn, placement: 'above' } },
    },
  };
};
