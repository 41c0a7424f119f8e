import type { ChartSpec, SeriesSpec } from '../../chart-spec';
import { axisIds } from '../axes-xml';
import { dataLabels, labelsRange, seriesData, seriesIndex } from '../series-xml';
import { lineShape, markerXml, pointLineShape } from '../shapes-xml';
import type { DrawingMlKind } from './drawingml-kind';

function lineSeries(spec: ChartSpec, series: SeriesSpec, index: number, language: string): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  const points = (series.points ?? []).map((style, i) => (style === undefined ? '' : `<c:dPt><c:idx val="${i}"/>${markerXml(style)}${pointLineShape(style)}</c:dPt>`)).join('');
  return `<c:ser>${seriesIndex(index)}${tx}${lineShape(series.style)}${markerXml(series.style)}${points}${dataLabels(spec, series, index, 't', language)}${cat}${val}<c:smooth val="0"/>${labelsRange(spec, series)}</c:ser>`;
}

/** A line chart with a marker on every point, labels above the points. */
export const lineDrawingMl: DrawingMlKind = {
  plot: (spec, language) => {
    const series = spec.series.map((s, i) => lineSeries(spec, s, i, language)).join('');
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds()}</c:lineChart>`;
  },
  axes: 'category-bottom',
  legendPosition: 'b',
};
