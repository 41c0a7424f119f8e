import { shownText } from '../../cells';
import type { NativeChartSpec, SeriesSpec } from '../../chart-spec';
import { axisIds } from '../axes-xml';
import { dataLabels, seriesData, seriesIndex, type LabelOffset, type LabelPosition } from '../series-xml';
import { areaShape, sameStyle } from '../shapes-xml';
import { lineHeight, textWidth, type ChartLayout } from '../source-shape';
import { SIZE } from '../text-xml';

/** The gap between two bars, as a percentage of a bar's thickness (c:gapWidth). */
const GAP_WIDTH = 80;

function barSeries(
  spec: NativeChartSpec,
  series: SeriesSpec,
  index: number,
  language: string,
  position: LabelPosition,
  offsets: (LabelOffset | undefined)[],
): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  const points = (series.points ?? [])
    .map((style, i) =>
      style === undefined || sameStyle(style, series.style)
        ? ''
        : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${areaShape(style)}</c:dPt>`,
    )
    .join('');
  return `<c:ser>${seriesIndex(index)}${tx}${areaShape(series.style)}<c:invertIfNegative val="0"/>${points}${dataLabels(spec, series, position, language, offsets)}${cat}${val}</c:ser>`;
}

/**
 * The value axis's length as estimated: no shorter than the readers make it. Both pick a round
 * maximum above the longest bar; a quarter more is at least what they leave, so a part is never
 * thought wider than it is drawn.
 */
function axisLength(spec: NativeChartSpec): number {
  const categories = Math.max(0, ...spec.series.map((s) => s.values.cached.length));
  const totals = Array.from({ length: categories }, (_, c) => spec.series.reduce((sum, s) => sum + Math.abs(s.values.cached[c] ?? 0), 0));
  return 1.25 * Math.max(0, ...totals);
}

/**
 * Where the label of each part of a stacked bar lying down goes: inside its part, centred, where it
 * fits there with room to spare; otherwise out of the bar, above it (the next such part of the same
 * bar below it, so that two small neighbours do not collide), starting over the part it names. A stacked
 * bar's labels can only be centred, at the inner end or at the base of their part (Excel allows no
 * other c:dLblPos there), so a label that does not fit is moved from the centre by an offset, as
 * Excel records a label dragged by hand. Without it, "4" of 4 + 67 + 129 spills out of its sliver
 * onto the category's name.
 */
function stackedOffsets(spec: NativeChartSpec, layout: ChartLayout): (LabelOffset | undefined)[][] {
  const length = axisLength(spec);
  const categories = Math.max(1, ...spec.series.map((s) => s.values.cached.length));
  const thickness = layout.inner.h / categories / (1 + GAP_WIDTH / 100);
  const label = lineHeight(SIZE.label);
  const clear = thickness / 2 + label / 2 + 0.015;
  const padding = textWidth('00', SIZE.label);
  const outside = Array.from({ length: categories }, () => 0);
  return spec.series.map((series) =>
    series.values.cached.map((value, c) => {
      if (value === null || length === 0) return undefined;
      const text = shownText(value, series.labelFormats?.[c] || undefined);
      const part = (Math.abs(value) / length) * layout.inner.w;
      if (textWidth(text, SIZE.label) + padding <= part && label <= thickness) return undefined;
      const below = (outside[c] ?? 0) % 2 === 1;
      outside[c] = (outside[c] ?? 0) + 1;
      // Its left edge over the part's middle, so that it does not overhang the axis; never straight up,
      // which LibreOffice reads as no move at all.
      return { x: textWidth(text, SIZE.label) / 2 + padding / 4, y: below ? clear : -clear };
    }),
  );
}

/**
 * c:barChart: upright columns (col) or bars lying down (bar); series side by side (clustered),
 * labels past each bar's end, or stacked into one bar per category, labels inside each part that
 * they fit and out of the bar beside the others.
 */
export function barPlot(
  spec: NativeChartSpec,
  language: string,
  layout: ChartLayout,
  direction: 'col' | 'bar',
  grouping: 'clustered' | 'stacked' = 'clustered',
): string {
  const stacked = grouping === 'stacked';
  const offsets = stacked && direction === 'bar' ? stackedOffsets(spec, layout) : [];
  const series = spec.series.map((s, i) => barSeries(spec, s, i, language, stacked ? 'ctr' : 'outEnd', offsets[i] ?? [])).join('');
  return `<c:barChart><c:barDir val="${direction}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${series}<c:gapWidth val="${GAP_WIDTH}"/><c:overlap val="${stacked ? 100 : 0}"/>${axisIds()}</c:barChart>`;
}
