import type { NativeChartSpec, SeriesSpec } from '../../chart-spec';
import { dataLabels, seriesData, seriesIndex } from '../series-xml';
import { areaShape } from '../shapes-xml';
import type { DrawingMlKind } from './drawingml-kind';

function doughnutSeries(spec: NativeChartSpec, series: SeriesSpec, index: number, language: string): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  // varyColors would otherwise let the application pick theme colours for the slices.
  const points = series.values.cached
    .map((_v, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>${areaShape(series.points?.[i] ?? series.style, 'FFFFFF')}</c:dPt>`)
    .join('');
  // Slices take no label position: each reader places them.
  return `<c:ser>${seriesIndex(index)}${tx}${areaShape(series.style, 'FFFFFF')}${points}${dataLabels(spec, series, undefined, language)}${cat}${val}</c:ser>`;
}

/** A doughnut with its legend to the right; no axes. */
export const doughnutDrawingMl: DrawingMlKind = {
  plot: (spec, language) => {
    const series = spec.series.map((s, i) => doughnutSeries(spec, s, i, language)).join('');
    return `<c:doughnutChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`;
  },
  axes: 'none',
  valueAxisFromZero: false,
  legendPosition: 'r',
};
