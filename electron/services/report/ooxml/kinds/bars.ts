import type { ChartSpec, SeriesSpec } from '../../chart-spec';
import { axisIds } from '../axes-xml';
import { dataLabels, labelsRange, seriesData, seriesIndex } from '../series-xml';
import { areaShape } from '../shapes-xml';

function barSeries(spec: ChartSpec, series: SeriesSpec, index: number, language: string): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  const points = (series.points ?? [])
    .map((style, i) => (style === undefined ? '' : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${areaShape(style)}</c:dPt>`))
    .join('');
  return `<c:ser>${seriesIndex(index)}${tx}${areaShape(series.style)}<c:invertIfNegative val="0"/>${points}${dataLabels(spec, series, index, 'outEnd', language)}${cat}${val}${labelsRange(spec, series)}</c:ser>`;
}

/** c:barChart: upright columns (col) or bars lying down (bar), labels past each bar's end. */
export function barPlot(spec: ChartSpec, language: string, direction: 'col' | 'bar'): string {
  const series = spec.series.map((s, i) => barSeries(spec, s, i, language)).join('');
  return `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:overlap val="0"/>${axisIds()}</c:barChart>`;
}
