import { CHART_SIZE } from '../chart-blocks';
import type { NativeChartSpec } from '../chart-spec';
import { displayWidth } from '../widths';
import type { AxesLayout } from './axes-xml';
import { SIZE, typefacesXml } from './text-xml';
import { esc, NS, XML_DECLARATION } from './xml';

/**
 * A chart's source line, drawn inside the chart as a text box in the chart's own drawing part
 * (c:userShapes): a chart copied into a slide or another workbook keeps its attribution. A title's
 * second line cannot carry it: LibreOffice draws every line of a title in the first line's size
 * and weight. Around it, the chart's layout: every piece of text (title, axis titles, legend,
 * source line) gets a band of its own, so that none prints over another.
 */

const CDR = 'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing';

/** A box in fractions of the chart's width (x, w) and height (y, h), from its top left corner. */
export type Box = { x: number; y: number; w: number; h: number };

/** Where each part of a chart goes. */
export type ChartLayout = {
  /** The room for the plot area with its tick labels, between the bands of the other parts. */
  plot: Box;
  /**
   * Where the bars themselves are drawn: the plot area less its tick labels, as estimated. The chart
   * places its plot area by this box (layoutTarget inner), and data labels that leave their bar by it.
   */
  inner: Box;
  legend: Box | undefined;
  /** The source line's text box. */
  source: Box;
};

/** The chart's size in points (CHART_SIZE is in pixels at 96 dpi), which text is measured against. */
const POINTS = { width: CHART_SIZE.width * 0.75, height: CHART_SIZE.height * 0.75 } as const;

/** From the chart's edge to any text, and between two bands. */
const MARGIN = 0.025;
const GAP = 0.015;

const across = (points: number): number => points / POINTS.width;
const down = (points: number): number => points / POINTS.height;

/** A line of text at `size` (hundredths of a point), with its leading, as a fraction of the chart's height. */
export function lineHeight(size: number): number {
  return down((size / 100) * 1.25);
}

/**
 * Text at `size` as a fraction of the chart's width, as estimated: a narrow character 0.55 em (a
 * little wider than most fonts' average, so that an estimate errs towards room), an East Asian
 * wide one twice that.
 */
export function textWidth(text: string, size: number): number {
  return across(displayWidth(text) * 0.55 * (size / 100));
}

/** Lines the text takes wrapped at `width` (a fraction of the chart's width), each of its own lines at least one. */
function linesOf(text: string, size: number, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line, size) / width)), 0);
}

/** Readers wrap a title at about four fifths of the chart's width. */
const TITLE_WIDTH = 0.8;

/** A legend entry: its swatch and the gap after it, then its text. */
const entryWidth = (name: string): number => across(20) + textWidth(name, SIZE.legend);

/**
 * A bottom legend's rows: entries side by side in columns as wide as the widest, as LibreOffice
 * and Excel lay them out, as many to a row as fit.
 */
function legendRows(names: readonly string[], width: number): number {
  const widest = Math.max(0, ...names.map(entryWidth));
  const perRow = Math.max(1, Math.min(names.length, Math.floor(width / Math.max(widest, 1e-9))));
  return Math.max(1, Math.ceil(names.length / perRow));
}

/** What a legend lists: each series, or each slice of a chart whose slices vary. */
function legendNames(spec: NativeChartSpec, position: 'b' | 'r'): string[] {
  return position === 'r' && spec.series.length === 1 ? (spec.series[0]?.categories.cached ?? []) : spec.series.map((s) => s.name.cached);
}

/**
 * The layout of one chart, top down: the title's lines; the plot area; under it the horizontal
 * axis's title, a bottom legend and the source line, each in a band of its own; left of it a
 * vertical axis's title, right of it a right legend. Axis titles are placed by the readers next to
 * the plot area, in the room left for them.
 */
export function chartLayout(spec: NativeChartSpec, axes: AxesLayout, legendPosition: 'b' | 'r' | undefined): ChartLayout {
  const textWide = 1 - 2 * MARGIN;
  const titleLines = spec.title ? linesOf(spec.title, SIZE.title, TITLE_WIDTH) : 0;
  const top = MARGIN + (titleLines > 0 ? titleLines * lineHeight(SIZE.title) + 2 * GAP : 0);

  const sourceLines = spec.source ? linesOf(spec.source, SIZE.source, textWide) : 0;
  const sourceHeight = sourceLines * lineHeight(SIZE.source) + 0.01;
  const source = { x: MARGIN, y: 1 - MARGIN / 2 - sourceHeight, w: textWide, h: sourceHeight };
  let bottom = sourceLines > 0 ? source.y - GAP : 1 - MARGIN;

  let legend: Box | undefined;
  if (legendPosition === 'b') {
    const rows = legendRows(legendNames(spec, 'b'), textWide);
    const height = rows * lineHeight(SIZE.legend) * 1.15 + 0.02;
    legend = { x: MARGIN, y: bottom - height, w: textWide, h: height };
    bottom = legend.y - GAP;
  }

  // Categories down the left: the value axis runs along the bottom, its title under it, and the category axis's title is turned, left of it.
  const horizontalTitle = axes === 'category-left' ? spec.valueAxisTitle : spec.categoryAxisTitle;
  const verticalTitle = axes === 'category-left' ? spec.categoryAxisTitle : spec.valueAxisTitle;
  // LibreOffice sets an axis title off its tick labels by about half a line more than its own height.
  if (axes !== 'none' && horizontalTitle) bottom -= 1.5 * lineHeight(SIZE.axisTitle) + 2 * GAP;
  const left = MARGIN + (axes !== 'none' && verticalTitle ? across((SIZE.axisTitle / 100) * 1.25) + GAP : 0);
  const right = legendPosition === 'r' ? 0.72 : 1 - MARGIN;
  const plot = { x: left, y: top, w: right - left, h: bottom - top };

  if (legendPosition === 'r') {
    const rows = legendNames(spec, 'r').reduce((n, name) => n + linesOf(name, SIZE.legend, 0.25 - across(20)), 0);
    const height = Math.min(plot.h, rows * lineHeight(SIZE.legend) * 1.15 + 0.04);
    legend = { x: 0.74, y: top + (plot.h - height) / 2, w: 0.25, h: height };
  }

  return { plot, inner: innerBox(spec, axes, plot), legend, source };
}

/**
 * The widest tick label of the value axis, as estimated: the axis's round maximum (at most a
 * quarter above the largest value or sum) in the axis's format.
 */
function widestTick(spec: NativeChartSpec): string {
  const categories = Math.max(0, ...spec.series.map((s) => s.values.cached.length));
  const sums = Array.from({ length: categories }, (_, c) => spec.series.reduce((sum, s) => sum + Math.abs(s.values.cached[c] ?? 0), 0));
  const largest = 1.25 * Math.max(0, ...sums, ...spec.series.flatMap((s) => s.values.cached.map((v) => Math.abs(v ?? 0))));
  if (spec.valueAxisFormat.includes('%')) return `${Math.round(largest * 100)}%`;
  const digits = String(Math.round(largest));
  return spec.valueAxisFormat.includes(',') ? digits.replace(/\B(?=(\d{3})+$)/gu, ',') : largest < 10 ? largest.toFixed(1) : digits;
}

/**
 * Where the bars, lines or slices themselves are drawn: the plot area less its tick labels. Categories down
 * the left take the widest category name (at most two fifths of the plot) and leave a line under
 * the plot for the values; categories along the bottom take the widest value left of the plot and
 * the lines the category names wrap to (at most three) under it, and half a line above it, where
 * the top value's label reaches.
 */
function innerBox(spec: NativeChartSpec, axes: AxesLayout, plot: Box): Box {
  // A ring drawn to the box's edge would touch the source line under it.
  if (axes === 'none') return { ...plot, h: plot.h - down(6) };
  const categories = spec.series[0]?.categories.cached ?? [];
  const tickLine = lineHeight(SIZE.axis);
  if (axes === 'category-left') {
    const names = Math.min(0.4 * plot.w, Math.max(0, ...categories.map((c) => textWidth(c, SIZE.axis))) + across(8));
    const ticks = tickLine + down(6);
    // The last value's label is centred on the plot's right edge.
    const right = textWidth(widestTick(spec), SIZE.axis) / 2 + across(4);
    return { x: plot.x + names, y: plot.y + down(4), w: plot.w - names - right, h: plot.h - ticks - down(4) };
  }
  const values = textWidth(widestTick(spec), SIZE.axis) + across(8);
  const width = plot.w - values - across(6);
  const slot = width / Math.max(1, categories.length);
  const lines = Math.min(3, Math.max(1, ...categories.map((c) => Math.ceil(textWidth(c, SIZE.axis) / (0.9 * slot)))));
  const names = lines * tickLine + down(6);
  return { x: plot.x + values, y: plot.y + tickLine / 2, w: width, h: plot.h - names - tickLine / 2 };
}

const fraction = (n: number): string => String(Number(n.toFixed(4)));

/** EMU per pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525;

/**
 * The chartDrawing part: one text box in the source line's band, small and grey, left-aligned,
 * inside a group of its own. Gnumeric reads a bare text box of a chart's drawing into nothing and
 * keeps its text, which then opens the title of the next chart it reads ("Source: …" over "Yearly
 * output growth"); a group it does not read, and skips whole. Excel and LibreOffice draw the group's
 * one shape where the anchor puts the group: the group's box and its child's are the same, in EMU.
 */
export function sourceShapeXml(source: string, language: string, box: Box): string {
  const cx = Math.round(box.w * CHART_SIZE.width * EMU_PER_PIXEL);
  const cy = Math.round(box.h * CHART_SIZE.height * EMU_PER_PIXEL);
  const extent = `<a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/>`;
  const body =
    `<cdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/>` +
    `<a:p><a:r><a:rPr lang="${esc(language)}" sz="${SIZE.source}"><a:solidFill><a:srgbClr val="595959"/></a:solidFill>${typefacesXml(language)}</a:rPr><a:t>${esc(source)}</a:t></a:r></a:p></cdr:txBody>`;
  return (
    `${XML_DECLARATION}<c:userShapes xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:cdr="${CDR}">` +
    `<cdr:relSizeAnchor><cdr:from><cdr:x>${fraction(box.x)}</cdr:x><cdr:y>${fraction(box.y)}</cdr:y></cdr:from>` +
    `<cdr:to><cdr:x>${fraction(box.x + box.w)}</cdr:x><cdr:y>${fraction(box.y + box.h)}</cdr:y></cdr:to>` +
    `<cdr:grpSp><cdr:nvGrpSpPr><cdr:cNvPr id="2" name="Source line"/><cdr:cNvGrpSpPr/></cdr:nvGrpSpPr>` +
    `<cdr:grpSpPr><a:xfrm>${extent}<a:chOff x="0" y="0"/><a:chExt cx="${cx}" cy="${cy}"/></a:xfrm></cdr:grpSpPr>` +
    `<cdr:sp macro="" textlink=""><cdr:nvSpPr><cdr:cNvPr id="3" name="Source"/><cdr:cNvSpPr txBox="1"/></cdr:nvSpPr>` +
    `<cdr:spPr><a:xfrm>${extent}</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></cdr:spPr>` +
    `${body}</cdr:sp></cdr:grpSp></cdr:relSizeAnchor></c:userShapes>`
  );
}

/** c:layout for a box in edge mode; a plot area's box is its inner edge, tick labels outside it. CT_ManualLayout children in schema order. */
function manualLayout(box: Box, target: 'inner' | undefined): string {
  const layoutTarget = target === undefined ? '' : `<c:layoutTarget val="${target}"/>`;
  return `<c:layout><c:manualLayout>${layoutTarget}<c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${fraction(box.x)}"/><c:y val="${fraction(box.y)}"/><c:w val="${fraction(box.w)}"/><c:h val="${fraction(box.h)}"/></c:manualLayout></c:layout>`;
}

/**
 * The plot area by its inner edge, where the bars are drawn, the tick labels outside it: Gnumeric
 * places a plot area only by its inner edge, and would otherwise draw it over the whole chart,
 * under the legend.
 */
export function plotLayoutXml(layout: ChartLayout): string {
  return manualLayout(layout.inner, 'inner');
}

export function legendLayoutXml(box: Box): string {
  return manualLayout(box, undefined);
}
