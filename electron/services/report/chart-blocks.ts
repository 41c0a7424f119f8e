import type { Worksheet } from 'exceljs';
import { isNativeKind, KINDS, type KindTraits } from '../../common/charts/kinds';
import type { ChartModel, Point } from '../../common/charts/model';
import { neutraliseFormula } from '../../common/csv';
import { annotationLines, derivedLines } from '../../common/charts/notes';
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
function styleOf(point: Point | null, fill: KindTraits['fill']): PointStyle {
  const paint = paintIn(fill, point);
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

/**
 * Writes one chart model at `row`: its title, its data as a small table (category, one value column
 * per series, then each value as the article states it, qualifier included) and its notes. A drawn
 * chart is returned to be placed right of its table, where the kind becomes one (kinds/); other
 * kinds are data only, or text.
 */
export function writeChartBlock(sheet: Worksheet, model: ChartModel, row: number, rows: SheetRows): Block {
  const lang = model.lang;
  const traits = KINDS[model.kind];
  let next = line(sheet, row, model.title, rows, { bold: true, size: 13 });
  sheet.getRow(row).height = 22;
  if (model.subtitle) next = line(sheet, next, model.subtitle, rows, { italic: true });

  if (traits.workbook === 'text') {
    for (const block of model.text ?? []) {
      next = line(sheet, next, block.heading, rows, { bold: true });
      next = paragraph(sheet, next, block.body, rows);
      for (const item of block.items ?? []) next = paragraph(sheet, next, `• ${item}`, rows);
    }
    return { first: row, last: next };
  }

  const header = next;
  const seriesCount = model.series.length;
  const shownAs = (i: number) => (seriesCount === 1 ? t(lang, 'report.col.shownAs') : t(lang, 'report.col.shownAsOf', { series: model.series[i]?.name ?? '' }));
  put(sheet, header, [model.categoryAxis ?? t(lang, 'report.col.category'), ...model.series.map((_, i) => seriesHeader(model, i)), ...model.series.map((_, i) => shownAs(i))]);
  styleHeader(sheet, header, 1 + 2 * seriesCount);

  const first = header + 1;
  const last = header + model.categories.length;
  model.categories.forEach((category, c) => {
    const points = model.series.map((s) => s.points[c] ?? null);
    put(sheet, first + c, [category, ...points.map((p) => p?.value ?? null), ...points.map((p) => p?.display ?? '')]);
    const cells = sheet.getRow(first + c);
    cells.alignment = { vertical: 'top' };
    cells.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    for (let i = 0; i < seriesCount; i += 1) cells.getCell(2 + seriesCount + i).alignment = { horizontal: 'right', vertical: 'top' };
  });
  // A chart's series share one unit and one number of decimals; cards mix units, so each keeps its own.
  const formats = model.series.map((s) => numberFormat(s.points.map((p) => p?.value ?? null)));
  model.series.forEach((s, i) => {
    s.points.forEach((p, c) => {
      sheet.getRow(first + c).getCell(2 + i).numFmt = traits.values === 'own-units' ? numberFormat([p?.value ?? null]) : (formats[i] ?? 'General');
    });
  });

  next = last + 1;
  for (const note of [...annotationLines(model), ...model.notes, ...derivedLines(model)]) next = line(sheet, next, note, rows, { italic: true });

  const kind = model.kind;
  if (!isNativeKind(kind)) return { first: row, last: next };

  const series: SeriesSpec[] = model.series.map((s, i) => ({
    name: { ref: { row: header, column: 2 + i }, cached: seriesHeader(model, i) },
    categories: { ref: { column: 1, firstRow: first, lastRow: last }, cached: model.categories },
    values: { ref: { column: 2 + i, firstRow: first, lastRow: last }, cached: s.points.map((p) => p?.value ?? null), formatCode: formats[i] ?? 'General' },
    // The "As shown" column: the labels keep the article's qualifier (超7%, ≥ 30) and the * of a derived value.
    labels: { ref: { column: 2 + seriesCount + i, firstRow: first, lastRow: last }, cached: s.points.map((p) => neutraliseFormula(p?.display ?? '')) },
    // The legend swatch: the series' own look (a target series hatched), from its first plain point.
    style: styleOf(s.points.find((p) => p !== null && !p.derived) ?? null, traits.fill),
    points: s.points.map((p) => styleOf(p, traits.fill)),
  }));
  const chart: PlacedChart = {
    sheetName: sheet.name,
    kind,
    title: model.title,
    ...(model.categoryAxis ? { categoryAxisTitle: model.categoryAxis } : {}),
    ...(model.valueAxis ? { valueAxisTitle: model.valueAxis } : {}),
    series,
    // Several series are told apart by the legend; slices are always named by it.
    showLegend: seriesCount > 1 || traits.legend === 'slices',
    showValues: true,
    row: header,
    column: 2 + 2 * seriesCount,
  };
  return { first: row, last: Math.max(next, header + rowsFor(CHART_SIZE.height)), chart };
}
