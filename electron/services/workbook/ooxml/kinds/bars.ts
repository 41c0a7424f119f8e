import type { NativeChartSpec, SeriesSpec } from '../../chart-spec';
import { axisIds } from '../axes-xml';
import { dataLabels, seriesData, seriesIndex, type LabelPosition } from '../series-xml';
import { areaShape, sameStyle } from '../shapes-xml';

function barSeries(spec: NativeChartSpec, series: SeriesSpec, index: number, language: string, position: LabelPosition): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  const points = (series.points ?? [])
    .map((style, i) =>
      style === undefined || sameStyle(style, series.style)
        ? ''
        : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${areaShape(style)}</c:dPt>`,
    )
    .join('');
  return `<c:ser>${seriesIndex(index)}${tx}${areaShape(series.style)}<c:invertIfNegative val="0"/>${points}${dataLabels(spec, series, position, language)}${cat}${val}</c:ser>`;
}

/**
 * c:barChart: upright columns (col) or bars lying down (bar); series side by side (clustered),
 * labels past each bar's end, or stacked into one bar per category, labels inside each part.
 */
export function barPlot(spec: NativeChartSpec, language: string, direction: 'col' | 'bar', grouping: 'clustered' | 'stacked' = 'clustered'): string {
  const stacked = grouping === 'stacked';
  const series = spec.series.map((s, i) => barSeries(spec, s, i, language, stacked ? 'ctr' : 'outEnd')).join('');
  return `<c:barChart><c:barDir val="${direction}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:overlap val="${stacked ? 100 : 0}"/>${axisIds()}</c:barChart>`;
}
