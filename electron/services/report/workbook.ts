import type { Workbook, Worksheet } from 'exceljs';
import { CHARTS } from '../../common/charts/registry';
import type { ChartModel, TableRow } from '../../common/charts/model';
import type { Dataset } from '../../common/dataset';
import { figureColumns } from '../../common/figure-columns';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { anchorBox } from './anchors';
import { numberFormat, type Cell } from './cells';
import { CHART_SIZE, writeChartBlocks, type PlacedChart } from './chart-blocks';
import type { ChartSpec } from './chart-spec';
import { loadExcelJs } from './exceljs';
import { allFiguresHeader, allFiguresRow } from './figure-rows';
import { sheetName } from './sheet-names';
import { fitRowHeights, paginate, printScale, type SheetRows } from './print-layout';
import { columnsWidth } from './sheet-geometry';
import { BRAND, printLandscape, wrapColumns, writeTable } from './table';
import { fitColumns } from './widths';

export type ReportOptions = { dataset: Dataset; lang: Lang; exportedAt: Date };

/** The workbook exceljs can write, and the native charts to add to its package afterwards. */
export type ReportWorkbook = { workbook: Workbook; charts: ChartSpec[] };

function rowCells(row: TableRow, lang: Lang): Cell[] {
  const source = row.quote ?? (row.derived ? t(lang, 'figure.derivedNote', { formula: row.derived.formula }) : '');
  return [row.figureId ?? '', row.label, row.value, row.unitLabel, row.qualifierLabel, row.statusLabel, row.periodLabel, row.display, source];
}

/** Value cells keep the article's number: the format shows its decimals, the unit is its own column. */
function valueFormats(rows: readonly TableRow[], column: number): Map<number, (i: number) => string> {
  return new Map([[column, (i: number) => numberFormat([rows[i]?.value ?? 0])]]);
}

function writeCover(sheet: Worksheet, dataset: Dataset, lang: Lang, exportedAt: Date, sheets: readonly string[]): void {
  sheet.addRow([t(lang, 'app.title')]).font = { bold: true, size: 18, color: { argb: BRAND } };
  sheet.addRow([t(lang, 'app.subtitle')]).font = { italic: true };
  sheet.addRow([]);
  for (const [label, value] of [
    [t(lang, 'sources.article'), dataset.source.title[lang]],
    [t(lang, 'sources.author'), dataset.source.author[lang]],
    [t(lang, 'sources.covers'), dataset.source.covers[lang]],
    [t(lang, 'report.exported'), exportedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC'],
    [t(lang, 'app.language'), t(lang, `lang.${lang}`)],
    [t(lang, 'report.datasetVersion'), dataset.version],
    [t(lang, 'report.figureCount'), dataset.figures.length],
  ] as const) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  for (const note of [t(lang, 'report.chartsNote'), t(lang, 'report.qualifierNote')]) sheet.addRow(['', note]).getCell(2).alignment = { wrapText: true };
  sheet.addRow([]);
  sheets.forEach((name, i) => sheet.addRow([i === 0 ? t(lang, 'app.pages') : '', name]));
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 90;
  sheet.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function writeSummary(sheet: Worksheet, models: readonly ChartModel[], lang: Lang): void {
  const rows = models.find((model) => model.id === 'overview-kpis')?.rows ?? [];
  writeTable(sheet, figureColumns(lang), rows.map((r) => rowCells(r, lang)), { formats: valueFormats(rows, 2) });
}

/** Fits a sheet's columns within `caps`, wrapping the capped columns from row `first` on. */
function fitWrapped(sheet: Worksheet, first: number, caps: Readonly<Record<number, number>>, spanning: Set<number>): void {
  wrapColumns(sheet, first, sheet.rowCount, Object.keys(caps).map(Number));
  fitColumns(sheet, spanning, caps);
  fitRowHeights(sheet, { spanning, paragraphs: new Set() }, sheet.columnCount);
}

/** Column caps for page sheets (1-based): chart title, figure, original text wrap within them. */
const PAGE_CAPS = { 1: 32, 2: 30, 3: 40, 10: 44 } as const;
const PAGE_COLUMNS = 10;

function writePage(sheet: Worksheet, models: readonly ChartModel[], lang: Lang): PlacedChart[] {
  const rows = models.flatMap((model) => model.rows.map((row) => ({ model, row })));
  const header = writeTable(
    sheet,
    [t(lang, 'report.col.chart'), ...figureColumns(lang)],
    rows.map(({ model, row }) => [model.title, ...rowCells(row, lang)]),
    { formats: valueFormats(rows.map((r) => r.row), 3) },
  );
  wrapColumns(sheet, header + 1, sheet.rowCount, [1, 3, 10]);
  const layout: SheetRows = { spanning: new Set(), paragraphs: new Set() };
  const placed: PlacedChart[] = [];
  const blocks: { first: number; last: number }[] = [];
  let next = sheet.rowCount + 2;
  for (const model of models) {
    for (const block of writeChartBlocks(sheet, model, next, layout)) {
      if (block.chart) placed.push(block.chart);
      blocks.push({ first: block.first, last: block.last + 1 });
      next = block.last + 2;
    }
  }
  fitColumns(sheet, layout.spanning, PAGE_CAPS);
  fitRowHeights(sheet, layout, PAGE_COLUMNS);
  // Charts sit right of their data and may reach past the table's last column. The sheet prints
  // fitted to the page width; pages are planned for a slightly larger scale than the fit should
  // give, so that a program measuring columns a little differently still keeps each block whole.
  const width = Math.max(columnsWidth(sheet, PAGE_COLUMNS), ...placed.map((chart) => columnsWidth(sheet, chart.column - 1) + CHART_SIZE.width));
  const scale = Math.min(100, printScale(width) * 1.15);
  paginate(sheet, blocks, scale);
  return placed;
}

function writeAllFigures(sheet: Worksheet, dataset: Dataset, lang: Lang): void {
  const rows = dataset.figures.map((f) => allFiguresRow(f, lang, dataset));
  writeTable(sheet, allFiguresHeader(lang), rows, { formats: new Map([[3, (i) => numberFormat([dataset.figures[i]?.value ?? 0])]]) });
  fitWrapped(sheet, 2, { 3: 40, 10: 50 }, new Set());
}

function writeSources(sheet: Worksheet, dataset: Dataset, lang: Lang): void {
  for (const [label, value] of [
    [t(lang, 'sources.article'), dataset.source.title[lang]],
    [t(lang, 'sources.author'), dataset.source.author[lang]],
    [t(lang, 'sources.covers'), dataset.source.covers[lang]],
  ] as const) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  const spanning = new Set(Array.from({ length: sheet.rowCount }, (_, i) => i + 1));
  const header = writeTable(sheet, [t(lang, 'report.col.id'), t(lang, 'table.figure'), t(lang, 'table.source')], dataset.figures.map((f) => [f.id, f.label[lang], f.source.quote]));
  fitWrapped(sheet, header + 1, { 2: 44, 3: 80 }, spanning);
}

function writeNotes(sheet: Worksheet, models: readonly ChartModel[], lang: Lang): void {
  const seen = new Set<string>();
  const rows = models.flatMap((model) =>
    model.rows.flatMap((row) => {
      const key = `${row.label}|${row.derived?.formula ?? ''}`;
      if (!row.derived || seen.has(key)) return [];
      seen.add(key);
      return [{ model, row }];
    }),
  );
  writeTable(
    sheet,
    [t(lang, 'report.col.chart'), t(lang, 'table.figure'), t(lang, 'table.value'), t(lang, 'table.unit'), t(lang, 'report.col.shownAs'), t(lang, 'report.col.formula')],
    rows.map(({ model, row }) => [model.title, row.label, row.value, row.unitLabel, row.display, row.derived?.formula ?? '']),
    { formats: valueFormats(rows.map((r) => r.row), 2) },
  );
  fitColumns(sheet);
}

/**
 * The report workbook, built from the same chart models the viewer draws, so the spreadsheet says
 * what the screen says. Native charts cannot be written by exceljs: they are returned as specs for
 * native-charts.ts to add to the package.
 */
export async function buildWorkbook({ dataset, lang, exportedAt }: ReportOptions): Promise<ReportWorkbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t(lang, 'app.title');
  workbook.lastModifiedBy = t(lang, 'app.title');
  workbook.title = `${t(lang, 'app.title')} · ${dataset.source.title[lang]}`;
  workbook.subject = dataset.source.title[lang];
  workbook.description = dataset.source.covers[lang];
  workbook.created = exportedAt;
  workbook.modified = exportedAt;

  const taken = new Set<string>();
  const add = (name: string) => {
    const sheet = workbook.addWorksheet(sheetName(name, taken));
    printLandscape(sheet);
    return sheet;
  };
  // Every chart model once, in the viewer's order: the page sheets, the summary and the notes share them.
  const models = CHARTS.map((chart) => chart.build(dataset, lang));
  const cover = add(t(lang, 'report.sheet.cover'));
  writeSummary(add(t(lang, 'report.sheet.summary')), models, lang);
  const placed = dataset.sections.flatMap((section) => writePage(add(section.label[lang]), models.filter((model) => model.page === section.id), lang));
  writeAllFigures(add(t(lang, 'report.sheet.allFigures')), dataset, lang);
  writeSources(add(t(lang, 'report.sheet.sources')), dataset, lang);
  writeNotes(add(t(lang, 'report.sheet.notes')), models, lang);
  writeCover(cover, dataset, lang, exportedAt, workbook.worksheets.slice(1).map((s) => s.name));

  const charts = placed.map(({ row, column, ...spec }): ChartSpec => {
    const sheet = workbook.getWorksheet(spec.sheetName);
    if (!sheet) throw new Error(`internal: chart "${spec.title}" names a missing sheet "${spec.sheetName}"`);
    return { ...spec, ...anchorBox(sheet, row, column, CHART_SIZE.width, CHART_SIZE.height) };
  });
  return { workbook, charts };
}
