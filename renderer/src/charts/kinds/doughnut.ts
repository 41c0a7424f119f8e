import { paintIn } from '../../../../electron/common/charts/palette';
import { KINDS } from '../../../../electron/common/charts/kinds';
import { chartOptions, drawnModel, seriesLegend, type ConfigBuilder } from '../config';

/** A share of one whole: slices named by the chart's own legend, the headline share in the hole. */
export const doughnutConfig: ConfigBuilder = (model, context) => {
  const drawn = drawnModel(model, context);
  const datasets = model.series.map((series) => ({
    label: series.name,
    data: series.points.map((p) => p?.value ?? 0),
    backgroundColor: series.points.map((p) => paintIn(KINDS.doughnut.fill, p).fill),
    borderColor: '#ffffff',
    borderWidth: 2,
  }));
  const options = chartOptions(model, drawn, context, {
    legend: { display: true, position: 'bottom', ...(model.series.length > 1 ? { generateLabels: seriesLegend(model) } : {}) },
    padding: { top: 8, right: 16, left: 8, bottom: 4 },
    axisTitleAbove: false,
  });
  return {
    type: 'doughnut',
    // Each slice's legend entry carries its value as the article states it.
    data: { labels: model.series[0]?.points.map((p) => (p ? `${p.category} ${p.display}` : '')) ?? [], datasets },
    options: { ...options, indexAxis: 'x', scales: {}, plugins: { ...options.plugins, lvyuanDoughnutCentre: { drawn } } },
  };
};
