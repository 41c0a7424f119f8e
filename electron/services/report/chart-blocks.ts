import type { Worksheet } from 'exceljs';
import { axisModels } from '../../common/charts/axes';
import { isNativeKind, KINDS, type KindTraits, type NativeKind } from '../../common/charts/kinds';
import type { ChartModel, Point } from '../../common/charts/model';
import { neutraliseFormula } from '../../common/csv';
import { besideLines } from '../../common/charts/notes';
import { paintIn } from '../../common/charts/palette';
import { t } from '../../common/i18n/messages';
import { literal, numberFormat, type Cell } from './cells';
import type { ChartSpec, PointStyle, SeriesSpec } from './chart-spec';
import { rowsFor } from './sheet-geometry';
import type { SheetRows } from './print-layout';
import { styleHeader } from './table';

/** The size of every native chart, in pixels at 100% zoom. */
export const CHART_SIZE = { width: 680, height: 360 } as const;

/** A chart whose cells are written; its anchor is computed once the columns are fitted. */
export type PlacedChart = Omit<ChartSpec, 'from' | 'to'> & { row: number; column: number };

export type Block = {
  first: number;
  /** The last row the block (and the room its chart takes) covers. */
  last: number;
  chart?: PlacedChart;
};

function hex(colour: string): string {
  return colour.replace('#', '').toUpperCase();
}

/** Painted as on screen, in the kind's fill (a doughnut's share in the app's green). */
function styleOf(point: Point | null, fill: KindTraits['fill'], part: number): PointStyle {
  const paint = paintIn(fill, point, part);
  return { fill: hex(paint.fill), ...(paint.hatched ? { hatched: true } : {}), ...(paint.dashedOutline ? { dashedOutline: hex(paint.outline) } : {}) };
}

function put(sheet: Worksheet, row: number, values: readonly Cell[]): void {
  values.forEach((value, i) => {
    if (value !== null) sheet.getRow(row).getCell(i + 1).value = literal(value);
  });
}

/** A line of text that runs on across the row (title, note); left out when fitting columns. */
function line(sheet: Worksheet, row: number, text: string, rows: SheetRows, font: Partial<{ bold: boolean; italic: boolean; size: number }> = {}): number {
  put(sheet, row, [text]);
  sheet.getRow(row).getCell(1).font = font;
  rows.spanning.add(row);
  return row + 1;
}

/** A paragraph: merged across the sheet and wrapped by the print layout. */
function paragraph(sheet: Worksheet, row: number, text: string, rows: SheetRows): number {
  rows.paragraphs.add(row);
  return line(sheet, row, text, rows);
}

function seriesHeader(model: ChartModel, index: number): string {
  const series = model.series[index];
  if (model.series.length > 1) return series?.name ?? '';
  // Values in units of their own (cards) have no measure in common to name the column by.
  return model.valueAxis ?? (KINDS[model.kind].values === 'own-units' ? t(model.lang, 'table.value') : (series?.name ?? ''));
}

type DataTable = { header: number; first: number; last: number; formats: string[] };

/**
 * One axis's data as a small table at `row`: category, one value column per series, then each
 * value as the article states it, qualifier included.
 */
function writeData(sheet: Worksheet, model: ChartModel, row: number): DataTable {
  const lang = model.lang;
  const seriesCount = model.series.length;
  const shownAs = (i: number) => (seriesCount === 1 ? t(lang, 'report.col.shownAs') : t(lang, 'report.col.shownAsOf', { series: model.series[i]?.name ?? '' }));
  put(sheet, row, [model.categoryAxis ?? t(lang, 'report.col.category'), ...model.series.map((_, i) => seriesHeader(model, i)), ...model.series.map((_, i) => shownAs(i))]);
  styleHeader(sheet, row, 1 + 2 * seriesCount);

  const first = row + 1;
  const last = row + model.categories.length;
  model.categories.forEach((category, c) => {
    const points = model.series.map((s) => s.points[c] ?? null);
    put(sheet, first + c, [category, ...points.map((p) => p?.value ?? null), ...points.map((p) => p?.display ?? '')]);
    const cells = sheet.getRow(first + c);
    cells.alignment = { vertical: 'top' };
    cells.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    for (let i = 0; i < seriesCount; i += 1) cells.getCell(2 + seriesCount + i).alignment = { horizontal: 'right', vertical: 'top' };
  });
  // A chart's series share one unit and one number of decimals; cards mix units, so each keeps its own.
  const ownUnits = KINDS[model.kind].values === 'own-units';
  const formats = model.series.map((s) => numberFormat(s.points.map((p) => p?.value ?? null)));
  model.series.forEach((s, i) => {
    s.points.forEach((p, c) => {
      sheet.getRow(first + c).getCell(2 + i).numFmt = ownUnits ? numberFormat([p?.value ?? null]) : (formats[i] ?? 'General');
    });
  });
  return { header: row, first, last, formats };
}

/** The native chart of one axis, its series referring to the table's cells, to be placed right of it. */
function nativeChart(sheet: Worksheet, model: ChartModel, kind: NativeKind, table: DataTable): PlacedChart {
  const traits = KINDS[model.kind];
  const seriesCount = model.series.length;
  const { header, first, last, formats } = table;
  const series: SeriesSpec[] = model.series.map((s, i) => ({
    name: { ref: { row: header, column: 2 + i }, cached: seriesHeader(model, i) },
    categories: { ref: { column: 1, firstRow: first, lastRow: last }, cached: model.categories },
    values: { ref: { column: 2 + i, firstRow: first, lastRow: last }, cached: s.points.map((p) => p?.value ?? null), formatCode: formats[i] ?? 'General' },
    // The "As shown" column: the labels keep the article's qualifier (超7%, ≥ 30) and the * of a derived value.
    labels: { ref: { column: 2 + seriesCount + i, firstRow: first, lastRow: last }, cached: s.points.map((p) => neutraliseFormula(p?.display ?? '')) },
    // The legend swatch: the series' own look (a target series hatched, a part in its colour), from its first plain point.
    style: styleOf(s.points.find((p) => p !== null && !p.derived) ?? null, traits.fill, i),
    points: s.points.map((p) => styleOf(p, traits.fill, i)),
  }));
  return {
    sheetName: sheet.name,
    kind,
    title: model.title,
    ...(model.categoryAxis ? { categoryAxisTitle: model.categoryAxis } : {}),
    ...(model.valueAxis ? { valueAxisTitle: model.valueAxis } : {}),
    series,
    // Several series are told apart by the legend; slices and the parts of a whole are always named by it.
    showLegend: seriesCount > 1 || traits.legend === 'slices' || traits.legend === 'series',
    showValues: true,
    row: header,
    column: 2 + 2 * seriesCount,
  };
}

/**
 * Writes one chart model at `row`: its title, then for each of its value axes (one, or one per
 * panel of small multiples) the data as a small table with, where the kind becomes one (kinds/), a
 * native chart to be placed right of it; then what the chart says beside it (annotations, notes,
 * derived values). Other kinds are data only, or text. Each axis is a block of its own, so that a
 * page break may fall between the panels of small multiples but never across a chart.
 */
export function writeChartBlocks(sheet: Worksheet, model: ChartModel, row: number, rows: SheetRows): Block[] {
  let next = line(sheet, row, model.title, rows, { bold: true, size: 13 });
  sheet.getRow(row).height = 22;
  if (model.subtitle) next = line(sheet, next, model.subtitle, rows, { italic: true });

  if (KINDS[model.kind].workbook === 'text') {
    for (const block of model.text ?? []) {
      next = line(sheet, next, block.heading, rows, { bold: true });
      next = paragraph(sheet, next, block.body, rows);
      for (const item of block.items ?? []) next = paragraph(sheet, next, `• ${item}`, rows);
    }
    return [{ first: row, last: next }];
  }

  const axes = axisModels(model);
  const blocks: Block[] = [];
  let first = row;
  axes.forEach((axis, i) => {
    if (model.panels) next = line(sheet, next, axis.title, rows, { bold: true });
    const table = writeData(sheet, axis, next);
    next = table.last + 1;
    if (i === axes.length - 1) for (const note of besideLines(model)) next = line(sheet, next, note, rows, { italic: true });
    const chart = isNativeKind(axis.kind) ? nativeChart(sheet, axis, axis.kind, table) : undefined;
    const last = chart ? Math.max(next, table.header + rowsFor(CHART_SIZE.height)) : next;
    blocks.push({ first, last, ...(chart ? { chart } : {}) });
    first = last + 2;
    next = first;
  });
  return blocks;
}
