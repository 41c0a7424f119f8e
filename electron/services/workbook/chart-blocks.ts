import type { Worksheet } from 'exceljs';
import { axisModels } from '../../common/charts/axes';
import { isNativeKind, KINDS, type KindTraits, type NativeKind } from '../../common/charts/kinds';
import type { ChartModel, Point, TableRow } from '../../common/charts/model';
import { besideParts } from '../../common/charts/notes';
import { paintIn } from '../../common/charts/palette';
import { t } from '../../common/i18n/messages';
import type { Dataset } from '../../common/dataset';
import { figureCell, literal, liveCell, type Cell } from './cells';
import type { FigureCells, FormulaCell } from './figure-cells';
import type { NativeChartSpec, PointStyle, SeriesSpec } from './chart-spec';
import { rowsFor } from './sheet-geometry';
import type { SheetRows } from './print-layout';
import { styleHeader } from './table';
import { liveParts, liveShown } from './live-parts';
import { liveText, type LivePart, type TextFormulaCell } from './live-text';
import { lineParts } from './text-lines';
import type { NumberedNotes } from './numbered-notes';
import { altText } from './ooxml/alt-text';
import { rangeFormula } from './ooxml/refs';

type CellValue = number | FormulaCell;

/** The size of every native chart, in pixels at 100% zoom. */
export const CHART_SIZE = { width: 680, height: 360 } as const;

/** A chart whose cells are written; its anchor is computed once the columns are fitted. */
export type PlacedChart = Omit<NativeChartSpec, 'from' | 'to'> & { row: number; column: number };

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
    if (value !== null && value !== '') sheet.getRow(row).getCell(i + 1).value = literal(value);
  });
}

/** A line's text: plain, or a formula building it from the values it states (live-text.ts). */
type LineText = string | { value: TextFormulaCell };

/** A line of text that runs on across the row (title, a paragraph's line); left out when fitting columns. */
function line(sheet: Worksheet, row: number, text: LineText, rows: SheetRows, font: Partial<{ bold: boolean; italic: boolean; size: number }> = {}): number {
  if (typeof text === 'string') put(sheet, row, [text]);
  else sheet.getRow(row).getCell(1).value = text.value;
  sheet.getRow(row).getCell(1).font = font;
  rows.spanning.add(row);
  return row + 1;
}

/**
 * The characters a paragraph's line may take: as wide as a chart, which every page sheet is at
 * least (its charts sit from column A), so each line prints whole within the sheet's width.
 */
const PARAGRAPH_ROOM = Math.floor(CHART_SIZE.width / 7) - 4;

/** A paragraph, one line to a row (text-lines.ts): no cell is merged, and a line stating a value keeps it live. */
function paragraph(sheet: Worksheet, row: number, parts: readonly LivePart[], rows: SheetRows, font: Partial<{ italic: boolean }> = {}): number {
  let next = row;
  for (const partsOfLine of lineParts(parts, PARAGRAPH_ROOM)) next = line(sheet, next, liveText(partsOfLine), rows, font);
  return next;
}

function seriesHeader(model: ChartModel, index: number): string {
  const series = model.series[index];
  if (model.series.length > 1) return series?.name ?? '';
  // Values in units of their own (cards) have no measure in common to name the column by.
  return model.valueAxis ?? (KINDS[model.kind].values === 'own-units' ? t(model.lang, 'table.value') : (series?.name ?? ''));
}

/** A point's cell as written: its value or formula, the number it holds, and its format. */
type PointCell = { value: CellValue; number: number; numFmt: string };

/** The table's cells per series, one per category (null for a gap), as the chart refers to them. */
type DataTable = { header: number; first: number; last: number; cells: (PointCell | null)[][] };

/** Where the blocks record figure cells and find derived figures' formulas. */
export type BlockContext = { rows: SheetRows; cells: FigureCells; dataset: Pick<Dataset, 'figures'>; notes: NumberedNotes };

/**
 * One point's cell: the value reading as the article states it (live format, cells.ts); a derived
 * value as its formula, where the formula gives the value drawn (not a rescaled one).
 */
function pointCell(sheet: Worksheet, point: Point, context: BlockContext): PointCell {
  const cell = liveCell(point.value, point.display);
  const plain = { value: cell.value, number: cell.value, numFmt: cell.numFmt };
  if (!point.derived) {
    // The figure's value from All figures, in the scale the chart draws it (the language's unit).
    const figure = point.figureId === undefined ? undefined : context.dataset.figures.find((f) => f.id === point.figureId);
    // All figures holds a percentage in percent; a chart's cell holds it as the fraction its % axis reads.
    const stored = figure === undefined ? 0 : figure.value;
    if (figure === undefined || stored === 0) return plain;
    const formula = context.cells.value(figure.id, cell.value / stored);
    return { value: formula, number: formula.result, numFmt: cell.numFmt };
  }
  const formula = context.cells.formula(sheet, point.derived.calc);
  const close = Math.abs(formula.result - cell.value) <= 0.01 * Math.max(Math.abs(cell.value), 1e-9);
  return close ? { value: formula, number: formula.result, numFmt: cell.numFmt } : plain;
}

/** Is the cell the figure's own value, in the article's unit (not rescaled for the language)? */
function isArticleValue(point: Point, stored: number, dataset: Pick<Dataset, 'figures'>): boolean {
  const figure = dataset.figures.find((f) => f.id === point.figureId);
  return figure !== undefined && Math.abs(figure.value - stored) < 1e-12;
}

/**
 * One axis's data as a small table at `row`: the category, then one value column per series. Each
 * value cell reads as the article states it, qualifier and unit included, and stays a number.
 */
function writeData(sheet: Worksheet, model: ChartModel, row: number, context: BlockContext): DataTable {
  const lang = model.lang;
  const seriesCount = model.series.length;
  // Values in units of their own (cards) say each value's unit and qualifier in columns of their own, so a copy keeps them.
  const own = KINDS[model.kind].values === 'own-units' ? [t(lang, 'table.unit'), t(lang, 'table.qualifier')] : [];
  put(sheet, row, [model.categoryAxis ?? t(lang, 'report.col.category'), ...model.series.map((_, i) => seriesHeader(model, i)), ...own]);
  styleHeader(sheet, row, 1 + seriesCount + own.length);

  const first = row + 1;
  const last = row + model.categories.length;
  model.categories.forEach((category, c) => {
    put(sheet, first + c, [category]);
    const cells = sheet.getRow(first + c);
    cells.alignment = { vertical: 'top' };
    cells.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  });
  const cells = model.series.map((s, i) =>
    model.categories.map((_, c) => {
      const point = s.points[c] ?? null;
      if (point === null) return null;
      const card = own.length > 0 ? cardCell(sheet, model, point, context) : undefined;
      const written = card ?? pointCell(sheet, point, context);
      if (card) put(sheet, first + c, [null, ...model.series.map(() => null), card.unit, card.qualifier]);
      const cell = sheet.getRow(first + c).getCell(2 + i);
      cell.value = written.value;
      cell.numFmt = written.numFmt;
      cell.alignment = { horizontal: 'right', vertical: 'top' };
      if (isArticleValue(point, written.number, context.dataset)) context.cells.record(sheet, point.figureId, first + c, 2 + i);
      return written;
    }),
  );
  return { header: row, first, last, cells };
}

/**
 * A card's value and its unit: as its display states it, in the scale shown (CNY 540 million is
 * 540, in CNY million), kept live (liveShown); a value stated in words (翻番) is the figure's own
 * number, in the article's unit. Cards draw no chart, so their cells need not share a scale.
 */
function cardCell(sheet: Worksheet, model: ChartModel, point: Point, context: BlockContext): PointCell & { unit: string; qualifier: string } {
  const row = rowOf(model, point);
  if (!row) return { ...pointCell(sheet, point, context), unit: '', qualifier: '' };
  const live = liveShown(sheet, row, model.lang, context.cells);
  if (live) return { value: live.value, number: live.value.result, numFmt: live.numFmt, unit: row.displayUnit, qualifier: row.qualifierLabel };
  if (row.figureId === undefined) return { ...pointCell(sheet, point, context), unit: row.unitLabel, qualifier: row.qualifierLabel };
  const value = context.cells.value(row.figureId);
  return { value, number: value.result, numFmt: figureCell(row.value, row.unit).numFmt, unit: row.unitLabel, qualifier: row.qualifierLabel };
}

/** The table row of a point: the figure's, or the derived value's. */
function rowOf(model: ChartModel, point: Point): TableRow | undefined {
  return model.rows.find((row) => (point.figureId === undefined ? row.derived?.formula === point.derived?.formula : row.figureId === point.figureId));
}

/** The value axis's tick format: whole numbers from 10 up, percentages as such; the labels carry the decimals. */
function axisFormat(values: readonly number[], percent: boolean): string {
  const max = Math.max(0, ...values.map(Math.abs));
  if (percent) return max >= 0.05 ? '0%' : '0.0%';
  return max >= 10 ? '#,##0' : 'General';
}

/** A defined name's form of a chart id: letters, digits and underscores, the same in every language. */
function nameOf(id: string): string {
  return `Chart_${id.replace(/[^\p{L}\p{N}_]/gu, '_')}`;
}

/**
 * Names the ranges a native chart draws (Chart_<id>_categories, Chart_<id>_values, …_values_2 for
 * the second series), so that a formula or a reader finds them by name rather than by position.
 */
function nameRanges(sheet: Worksheet, id: string, table: DataTable, seriesCount: number): void {
  const range = (column: number) => rangeFormula(sheet.name, { column, firstRow: table.first, lastRow: table.last });
  sheet.workbook.definedNames.add(range(1), `${nameOf(id)}_categories`);
  for (let i = 0; i < seriesCount; i += 1) sheet.workbook.definedNames.add(range(2 + i), `${nameOf(id)}_values${i === 0 ? '' : `_${i + 1}`}`);
}

/** The native chart of one axis, its series referring to the table's cells, to be placed right of it. */
function nativeChart(sheet: Worksheet, model: ChartModel, kind: NativeKind, table: DataTable, source: string): PlacedChart {
  const traits = KINDS[model.kind];
  const seriesCount = model.series.length;
  const { header, first, last, cells } = table;
  const percent = cells.flat().some((cell) => cell?.numFmt.includes('%') === true);
  const series: SeriesSpec[] = model.series.map((s, i) => ({
    name: { ref: { row: header, column: 2 + i }, cached: seriesHeader(model, i) },
    categories: { ref: { column: 1, firstRow: first, lastRow: last }, cached: model.categories },
    values: { ref: { column: 2 + i, firstRow: first, lastRow: last }, cached: (cells[i] ?? []).map((cell) => cell?.number ?? null), formatCode: 'General' },
    // Each label is the value through its cell's format: it keeps the article's qualifier (超7%, ≥ 30) and the * of a derived value, and follows an edit.
    labelFormats: (cells[i] ?? []).map((cell) => cell?.numFmt ?? ''),
    // The legend swatch: the series' own look (a target series hatched, a part in its colour), from its first plain point.
    style: styleOf(s.points.find((p) => p !== null && !p.derived) ?? null, traits.fill, i),
    points: s.points.map((p) => styleOf(p, traits.fill, i)),
  }));
  nameRanges(sheet, model.id, table, seriesCount);
  return {
    sheetName: sheet.name,
    kind,
    title: model.title,
    description: altText(model, kind),
    source,
    ...(model.categoryAxis ? { categoryAxisTitle: model.categoryAxis } : {}),
    ...(model.valueAxis ? { valueAxisTitle: model.valueAxis } : {}),
    valueAxisFormat: axisFormat(
      cells.flat().flatMap((cell) => (cell === null ? [] : [cell.number])),
      percent,
    ),
    series,
    // Several series are told apart by the legend; slices and the parts of a whole are always named by it.
    showLegend: seriesCount > 1 || traits.legend === 'slices' || traits.legend === 'series',
    showValues: true,
    row: header,
    column: 3 + seriesCount,
  };
}

/**
 * Writes one chart model at `row`: its title, then for each of its value axes (one, or one per
 * panel of small multiples) the data as a small table with, where the kind becomes one (kinds/), a
 * native chart placed under it, from column A; then the numbers of what the chart says beside it
 * (annotations, notes, derived values), which the Notes table holds. Other kinds are data only, or text. Each axis is a block of its own, so
 * that a page break may fall between the panels of small multiples but never across a chart.
 *
 * The chart goes under its data, not beside it: beside it, the sheet was as wide as the data and
 * the chart together (the category, each series, a gap, 680 px of chart) and printed at about half
 * size; under it, the sheet is as wide as the wider of the two.
 */
export function writeChartBlocks(sheet: Worksheet, model: ChartModel, row: number, context: BlockContext, source: string): Block[] {
  const rows = context.rows;
  let next = line(sheet, row, model.title, rows, { bold: true, size: 13 });
  sheet.getRow(row).height = 22;
  if (model.subtitle) next = line(sheet, next, model.subtitle, rows, { italic: true });

  if (KINDS[model.kind].workbook === 'text') {
    for (const block of model.text ?? []) {
      next = line(sheet, next, block.heading, rows, { bold: true });
      next = paragraph(sheet, next, liveParts(block.bodyParts ?? [block.body], sheet, context.cells, context.dataset), rows);
      for (const item of block.items ?? []) next = paragraph(sheet, next, [`• ${item}`], rows);
    }
    return [{ first: row, last: next }];
  }

  const axes = axisModels(model);
  const blocks: Block[] = [];
  let first = row;
  axes.forEach((axis, i) => {
    if (model.panels) next = line(sheet, next, axis.title, rows, { bold: true });
    const table = writeData(sheet, axis, next, context);
    // The chart a row clear of its data, its rows left empty; under it, the numbers of the notes
    // the Notes table holds for it.
    const chart = isNativeKind(axis.kind) ? { ...nativeChart(sheet, axis, axis.kind, table, source), row: table.last + 2, column: 1 } : undefined;
    next = chart ? chart.row + rowsFor(CHART_SIZE.height) + 1 : table.last + 1;
    const pointer = i === axes.length - 1 ? context.notes.add(sheet.name, model.title, besideParts(model)) : undefined;
    if (pointer !== undefined) next = paragraph(sheet, next, [pointer], rows, { italic: true });
    blocks.push({ first, last: next - 1, ...(chart ? { chart } : {}) });
    first = next + 1;
    next = first;
  });
  return blocks;
}
