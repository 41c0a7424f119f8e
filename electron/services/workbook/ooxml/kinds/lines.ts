import type { NativeChartSpec, SeriesSpec } from '../../chart-spec';
import { axisIds } from '../axes-xml';
import { dataLabels, seriesData, seriesIndex } from '../series-xml';
import { LINE, lineShape, markerXml, pointLineShape, sameStyle, type LineWeight } from '../shapes-xml';

function lineSeries(spec: NativeChartSpec, series: SeriesSpec, index: number, language: string, weight: LineWeight): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  // A point is written only where it looks different from its series: Gnumeric crashes (signal 11)
  // on a per-point marker, even one equal to the series marker.
  const points = (series.points ?? [])
    .map((style, i) =>
      style === undefined || sameStyle(style, series.style)
        ? ''
        : `<c:dPt><c:idx val="${i}"/>${markerXml(style, weight)}${pointLineShape(style, weight)}</c:dPt>`,
    )
    .join('');
  return `<c:ser>${seriesIndex(index)}${tx}${lineShape(series.style, weight)}${markerXml(series.style, weight)}${points}${dataLabels(spec, series, 't', language)}${cat}${val}<c:smooth val="0"/></c:ser>`;
}

/** c:lineChart with a marker on every point, labels above the points, drawn at `weight` (the slope kind). */
export function linePlot(spec: NativeChartSpec, language: string, weight: LineWeight = LINE): string {
  const series = spec.series.map((s, i) => lineSeries(spec, s, i, language, weight)).join('');
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds()}</c:lineChart>`;
}
