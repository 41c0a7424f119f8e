import type { Workbook, Worksheet } from 'exceljs';
import { chartsOf } from '../../common/charts/registry';
import { chartSourceLine, primarySource, quoteOf } from '../../common/sources';
import type { ChartModel, TableRow } from '../../common/charts/model';
import type { Dataset, Section } from '../../common/dataset';
import { figureColumns } from '../../common/figure-columns';
import { unitLabel } from '../../common/format';
import { QUALIFIERS, STATUSES } from '../../common/vocabulary';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { anchorBox } from './anchors';
import { figureCell } from './cells';
import { liveParts, liveShown } from './live-parts';
import { liveText } from './live-text';
import type { Calc } from '../../common/charts/calc';
import { formulaParts } from '../../common/charts/formula-words';
import { CHART_SIZE, writeChartBlocks, type PlacedChart } from './chart-blocks';
import type { NativeChartSpec } from './chart-spec';
import { writeCover } from './cover';
import { loadExcelJs } from './exceljs';
import { FigureCells } from './figure-cells';
import { allFiguresHeader, allFiguresRow, FIGURES_TABLE } from './figure-rows';
import { nameFonts } from './fonts';
import { writeReportSheet } from './report-sheet';
import { fitRowHeights, planPrint, type Orientation, type PrintBlock, type SheetRows } from './print-layout';
import { printedPixels, printedWidth } from './sheet-geometry';
import { sheetName } from './sheet-names';
import { printOnA4, textCell, wrapColumns, writeExcelTable, writeTable, type TableCell } from './table';
import { fitColumns } from './widths';
import { NumberedNotes } from './numbered-notes';

export type ReportOptions = { dataset: Dataset; lang: Lang; exportedAt: Date };

/** The workbook exceljs can write, and the native charts to add to its package afterwards. */
export type ReportWorkbook = { workbook: Workbook; charts: NativeChartSpec[] };

/** The column of the All figures sheet holding each figure's value (Figure id, Section, Figure, Value). */
const ALL_FIGURES_VALUE_COLUMN = 4;

/**
 * A table row's cells. The value is the article's number (a percentage as a fraction), or for a
 * derived figure its formula over the cells holding its inputs; `at` notes where a figure's value
 * went, so that formulas written later can refer to it.
 */
/** A row's value: the article's number (a percentage as a fraction), or a derived figure's formula in the same format. */
function valueCell(row: TableRow, sheet: Worksheet, cells: FigureCells): TableCell {
  const number = figureCell(row.value, row.unit);
  if (row.derived) {
    // A derived percentage in percent too, as every table holds percentages: its arithmetic gives a fraction.
    const formula = cells.formula(sheet, row.derived.calc);
    return { value: row.unit === '%' ? { formula: `(${formula.formula})*100`, result: formula.result * 100 } : formula, numFmt: number.numFmt };
  }
  // A figure's value is written once, in All figures; every other cell reads it there.
  return row.figureId === undefined ? number : { value: cells.value(row.figureId), numFmt: number.numFmt };
}

/**
 * A row's "As shown": its value as the article states it (超561.3億元, CNY 39.1 bn), kept a number
 * that follows an edit (liveShown); the text as written where it states the value in words or
 * another number.
 */
function shownCell(row: TableRow, lang: Lang, sheet: Worksheet, cells: FigureCells): TableCell {
  return liveShown(sheet, row, lang, cells) ?? row.display;
}

/** A derived figure's formula in words, as a formula that writes them from the cells of its inputs. */
function formulaText(
  template: (formula: string) => string,
  calc: Calc,
  lang: Lang,
  sheet: Worksheet,
  cells: FigureCells,
  dataset: Pick<Dataset, 'figures'>,
): TableCell {
  const lookup = (id: string) => dataset.figures.find((f) => f.id === id);
  const [before = '', after = ''] = template('\u0000').split('\u0000');
  const text = liveText([before, ...liveParts(formulaParts(calc, lang, lookup), sheet, cells, dataset), after]);
  return typeof text === 'string' ? text : { value: text.value, numFmt: 'General' };
}

function rowCells(row: TableRow, lang: Lang, sheet: Worksheet, cells: FigureCells, at: { row: number; column: number }): TableCell[] {
  const value = valueCell(row, sheet, cells);
  cells.record(sheet, row.figureId, at.row, at.column);
  return [
    row.figureId ?? '',
    row.label,
    value,
    row.unitLabel,
    row.qualifierLabel,
    row.statusLabel,
    textCell(row.periodLabel),
    shownCell(row, lang, sheet, cells),
  ];
}

/**
 * The columns of the Summary's and the page sheets' figure tables: every figure column but the
 * article's words (figure-columns.ts). Quotes print on Sources only, beside each figure's id: a
 * column of long quotes took a third of each table's width and shrank every page to below 50%.
 * A derived figure's formula, which that column held for it, is on Notes and under its chart.
 */
function tableColumns(lang: Lang): string[] {
  const quote = t(lang, 'table.source');
  return figureColumns(lang).filter((column) => column !== quote);
}

/** Rows of figure tables, each told the row it lands on (the header is at the sheet's next row). */
function tableRows<T>(sheet: Worksheet, items: readonly T[], cellsOf: (item: T, row: number) => TableCell[]): TableCell[][] {
  const header = sheet.rowCount + 1;
  return items.map((item, i) => cellsOf(item, header + 1 + i));
}

/** Fits a sheet's columns within `caps`, wrapping the capped columns from row `first` on. */
function fitWrapped(sheet: Worksheet, first: number, caps: Readonly<Record<number, number>>, spanning: Set<number>): void {
  wrapColumns(sheet, first, sheet.rowCount, Object.keys(caps).map(Number), spanning);
  fitColumns(sheet, spanning, caps);
  fitRowHeights(sheet, { spanning });
}

/**
 * A table sheet's print: one page wide at the largest scale that fits (planPrint), its header
 * repeated on every page the table runs on to; `blocks` are headings with the tables under them,
 * kept on one page where they fit.
 */
function printTable(sheet: Worksheet, orientation: Orientation, table?: { header: number; last: number }, blocks: readonly PrintBlock[] = []): void {
  planPrint(sheet, { orientation, width: printedWidth(sheet, sheet.columnCount), blocks, ...(table ? { table } : {}) });
}

/**
 * A sheet's title in A1, a line saying what the sheet holds, and a second line or a blank row: every
 * table sheet opens so, its table's header on row 4. Each line is one sentence that runs on over the
 * empty cells beside it, unwrapped and unmerged (a test holds each within its sheet's width). Left
 * out of column fitting.
 */
function writeTitle(sheet: Worksheet, text: string, lead: string, second?: string): Set<number> {
  const row = sheet.addRow([text]);
  row.getCell(1).font = { bold: true, size: 14 };
  row.height = 22;
  sheet.addRow([lead]).getCell(1).font = { italic: true };
  const after = sheet.addRow(second === undefined ? [] : [second]);
  if (second !== undefined) after.getCell(1).font = { italic: true };
  return new Set([1, 2, 3]);
}

/**
 * Column caps for figure tables (1-based, after `offset` leading columns), in characters: every
 * column wraps within its cap, so that a table prints one A4 landscape page wide at 70% or more
 * (at PRINT_POINTS_PER_CHARACTER). An id breaks at its hyphens, a period after "Five-Year" (14th
 * Five-Year / Plan (2021–2025)), a unit, qualifier or "as shown" after its words.
 */
function figureCaps(offset: number): Record<number, number> {
  // Figure id, figure, value, unit, qualifier, status, period, as shown.
  const caps = [22, 26, 12, 12, 13, 10, 18, 16];
  return Object.fromEntries(caps.map((cap, i) => [i + 1 + offset, cap]));
}

function writeSummary(
  sheet: Worksheet,
  models: readonly ChartModel[],
  lang: Lang,
  cells: FigureCells,
  dataset: Pick<Dataset, 'figures'>,
  quotesNote: string,
): void {
  const spanning = writeTitle(sheet, t(lang, 'report.summaryTitle'), t(lang, 'report.lead.summary'), quotesNote);
  // The report's headline: the first chart of its first section.
  const rows = models[0]?.rows ?? [];
  const header = writeTable(
    sheet,
    tableColumns(lang),
    tableRows(sheet, rows, (r, at) => rowCells(r, lang, sheet, cells, { row: at, column: 3 })),
  );
  fitWrapped(sheet, header + 1, figureCaps(0), spanning);
  printTable(sheet, 'landscape', { header, last: sheet.rowCount });
}

/**
 * Column caps for page sheets (1-based): the chart's title, then the figure table's. The chart
 * blocks below share the columns: a category wraps within the first, a series name in the header
 * of its data within its column.
 */
const PAGE_CAPS = { 1: 20, ...figureCaps(1) } as const;
const PAGE_COLUMNS = 9;

/** Each figure once: a figure two charts show (GDP on the cards and on the slope) is listed with the first. */
function onceEach(rows: readonly { model: ChartModel; row: TableRow }[]): { model: ChartModel; row: TableRow }[] {
  const seen = new Set<string>();
  return rows.filter(({ row }) => {
    const key = row.figureId ?? `derived|${row.label}|${row.derived?.formula ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An Excel Table's name for a section's figures: Figures_green, the same in every language. */
function pageTableName(sectionId: string): string {
  return `Figures_${sectionId.replaceAll('-', '_')}`;
}

function writePage(
  sheet: Worksheet,
  section: Section,
  models: readonly ChartModel[],
  lang: Lang,
  cells: FigureCells,
  dataset: Dataset,
  quotesNote: string,
  notes: NumberedNotes,
): PlacedChart[] {
  const rows = onceEach(models.flatMap((model) => model.rows.map((row) => ({ model, row }))));
  writeTitle(sheet, section.title[lang], t(lang, 'report.lead.page'), quotesNote);
  // An Excel Table (filters, frozen header); the chart blocks below it have columns of their own.
  const header = writeExcelTable(
    sheet,
    pageTableName(section.id),
    [t(lang, 'report.col.chart'), ...tableColumns(lang)],
    tableRows(sheet, rows, ({ model, row }, at) => [model.title, ...rowCells(row, lang, sheet, cells, { row: at, column: 4 })]),
  );
  const table = { header, last: sheet.rowCount };
  wrapColumns(sheet, header + 1, sheet.rowCount, Object.keys(PAGE_CAPS).map(Number));
  // The title rows run on over the table's columns: left out of fitting them.
  const layout: SheetRows = { spanning: new Set([1, 2, 3]) };
  const placed: PlacedChart[] = [];
  // Each block with the blank row after it: every row is in a block, as the page plan counts them.
  const blocks: PrintBlock[] = [{ first: 1, last: sheet.rowCount + 1 }];
  let next = sheet.rowCount + 2;
  for (const model of models) {
    for (const block of writeChartBlocks(sheet, model, next, { rows: layout, cells, dataset, notes }, chartSourceLine(dataset, model, lang, 'report'))) {
      if (block.chart) placed.push(block.chart);
      blocks.push({ first: block.first, last: block.last + 1 });
      next = block.last + 2;
    }
  }
  fitColumns(sheet, layout.spanning, PAGE_CAPS);
  fitRowHeights(sheet, layout);
  // Each chart sits under its data, from column A, and may reach past the table's last column.
  const width = Math.max(printedWidth(sheet, PAGE_COLUMNS), ...placed.map((chart) => printedWidth(sheet, chart.column - 1) + printedPixels(CHART_SIZE.width)));
  // Each block (the title with the table, each chart's) starts a page where it would not fit on what is left.
  planPrint(sheet, { orientation: 'landscape', width, blocks, table });
  return placed;
}

/** The All figures sheet, every figure's value in column D; returns the row of each figure. */
function writeAllFigures(sheet: Worksheet, dataset: Dataset, lang: Lang, quotesNote: string): Map<string, number> {
  writeTitle(sheet, t(lang, 'report.sheet.allFigures'), t(lang, 'report.lead.allFigures'), quotesNote);
  // The figures' table without the article's words (the CSV keeps them, figure-rows.ts): they print
  // on Sources, by the same ids. What reads this table back (the open-and-update plan, issue 22)
  // finds it by its name and headers, a figure by its id, and reads its value, unit, qualifier,
  // status and period; a quote is the evidence of the value the article gave, not a value to read.
  const quote = t(lang, 'table.source');
  const columns = allFiguresHeader(lang).filter((column) => column !== quote);
  const header = writeExcelTable(
    sheet,
    FIGURES_TABLE,
    columns,
    dataset.figures.map((f) => {
      const [id = '', section = '', label = '', value = 0, unit = '', qualifier = '', status = '', period = '', shown = ''] = allFiguresRow(f, lang, dataset);
      return [id, section, label, typeof value === 'number' ? figureCell(value, f.unit) : value, unit, qualifier, status, textCell(String(period)), shown];
    }),
  );
  fitWrapped(sheet, header + 1, { 1: 22, 2: 14, 3: 30, 4: 12, 5: 12, 6: 13, 7: 10, 8: 18, 9: 16 }, new Set([1, 2, 3]));
  printTable(sheet, 'landscape', { header, last: sheet.rowCount });
  return new Map(dataset.figures.map((f, i) => [f.id, header + 1 + i]));
}

function writeSources(sheet: Worksheet, dataset: Dataset, lang: Lang): void {
  writeTitle(sheet, t(lang, 'report.sheet.sources'), t(lang, 'report.lead.sources'));
  const header = writeExcelTable(
    sheet,
    'Sources',
    [t(lang, 'report.col.id'), t(lang, 'table.figure'), t(lang, 'table.source')],
    dataset.figures.map((f) => [f.id, f.label[lang], quoteOf(f, lang)]),
  );
  fitWrapped(sheet, header + 1, { 1: 22, 2: 30, 3: 50 }, new Set([1, 2, 3]));
  printTable(sheet, 'landscape', { header, last: sheet.rowCount });
}

/** The figures revised since their source gave them: the source's value, the value now (read from All figures), when and from which file. */
function writeRevisions(sheet: Worksheet, dataset: Dataset, lang: Lang, cells: FigureCells): void {
  writeTitle(sheet, t(lang, 'report.sheet.revisions'), t(lang, 'report.lead.revisions'));
  const revised = dataset.figures.filter((f) => f.revision !== undefined);
  const header = writeExcelTable(
    sheet,
    'Revisions',
    [
      t(lang, 'report.col.id'),
      t(lang, 'table.figure'),
      t(lang, 'report.col.sourceValue'),
      t(lang, 'report.col.valueNow'),
      t(lang, 'table.unit'),
      t(lang, 'report.col.read'),
      t(lang, 'report.col.file'),
    ],
    revised.map((f) => {
      const previous = f.revision?.previous ?? f.value;
      return [
        f.id,
        f.label[lang],
        figureCell(previous, f.unit),
        { value: cells.value(f.id), numFmt: figureCell(f.value, f.unit).numFmt },
        unitLabel(f.unit, lang),
        textCell(f.revision?.read.slice(0, 10) ?? ''),
        f.revision?.file ?? '',
      ];
    }),
  );
  fitWrapped(sheet, header + 1, { 1: 22, 2: 30, 3: 12, 4: 12, 5: 12, 6: 12, 7: 24 }, new Set([1, 2, 3]));
  printTable(sheet, 'landscape', { header, last: sheet.rowCount });
}

/** The derived figures, each once where it first appears, with its result (a formula over All figures) and its formula in words. */
function writeDerived(sheet: Worksheet, models: readonly ChartModel[], lang: Lang, cells: FigureCells, dataset: Pick<Dataset, 'figures'>): void {
  const seen = new Set<string>();
  const rows = models.flatMap((model) =>
    model.rows.flatMap((row) => {
      const key = `${row.label}|${row.derived?.formula ?? ''}`;
      if (!row.derived || seen.has(key)) return [];
      seen.add(key);
      return [{ model, row }];
    }),
  );
  // The result column is the formula itself, over the All figures sheet's cells; the formula column says it in words.
  writeTitle(sheet, t(lang, 'report.sheet.derived'), t(lang, 'report.lead.derived'));
  const header = writeExcelTable(
    sheet,
    'DerivedFigures',
    [
      t(lang, 'report.col.chart'),
      t(lang, 'table.figure'),
      t(lang, 'report.col.result'),
      t(lang, 'table.unit'),
      t(lang, 'report.col.shownAs'),
      t(lang, 'report.col.formula'),
    ],
    rows.map(({ model, row }) => [
      model.title,
      row.label,
      valueCell(row, sheet, cells),
      row.unitLabel,
      shownCell(row, lang, sheet, cells),
      row.derived ? formulaText((formula) => formula, row.derived.calc, lang, sheet, cells, dataset) : '',
    ]),
  );
  fitWrapped(sheet, header + 1, { 1: 22, 2: 26, 3: 12, 4: 12, 5: 16, 6: 40 }, new Set([1, 2, 3]));
  printTable(sheet, 'landscape', { header, last: sheet.rowCount });
}

/** The notes said beside the charts, numbered as the page sheets point to them; a note stating a value builds it from the value's cell. */
function writeNotes(sheet: Worksheet, notes: NumberedNotes, lang: Lang, cells: FigureCells, dataset: Pick<Dataset, 'figures'>): void {
  writeTitle(sheet, t(lang, 'report.sheet.notes'), t(lang, 'report.lead.notes'));
  const header = writeExcelTable(
    sheet,
    'Notes',
    [t(lang, 'report.col.note'), t(lang, 'report.col.sheet'), t(lang, 'report.col.chart'), t(lang, 'report.col.noteText')],
    notes.notes.map((note) => {
      const text = liveText(liveParts(note.parts, sheet, cells, dataset));
      return [notes.marker(note.number), note.sheet, note.chart, typeof text === 'string' ? text : { value: text.value, numFmt: 'General' }];
    }),
  );
  fitWrapped(sheet, header + 1, { 1: 10, 2: 18, 3: 26, 4: 70 }, new Set([1, 2, 3]));
  printTable(sheet, 'landscape', { header, last: sheet.rowCount });
}

/** What each qualifier and status means, in the export language. */
function writeDefinitions(sheet: Worksheet, lang: Lang): void {
  const spanning = writeTitle(sheet, t(lang, 'report.sheet.definitions'), t(lang, 'report.lead.definitions'));
  // Each heading with its table: a page break falls between them, never inside one.
  const blocks: PrintBlock[] = [];
  const section = (heading: string, rows: [string, string][]) => {
    const at = sheet.addRow([heading]);
    at.getCell(1).font = { bold: true };
    spanning.add(at.number);
    writeTable(sheet, [t(lang, 'report.def.term'), t(lang, 'report.def.meaning')], rows, { freeze: false, filter: false });
    spanning.add(sheet.addRow([]).number);
    // With the blank row after it: every row is in a block, as the page plan counts them.
    blocks.push({ first: at.number, last: sheet.rowCount });
  };
  section(
    t(lang, 'report.def.qualifiers'),
    QUALIFIERS.map((q) => [t(lang, `qualifier.${q}`), t(lang, `report.def.qualifier.${q}`)]),
  );
  section(
    t(lang, 'report.def.statuses'),
    [...STATUSES, 'derived' as const].map((s) => [t(lang, `status.${s}`), t(lang, `report.def.status.${s}`)]),
  );
  // Decided once, for the workbook and the CSV alike.
  section(t(lang, 'report.def.conventions'), [[t(lang, 'report.def.percentTerm'), t(lang, 'report.def.percent')]]);
  fitWrapped(sheet, 3, { 1: 22, 2: 50 }, spanning);
  printTable(sheet, 'landscape', undefined, blocks);
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
  workbook.title = `${t(lang, 'app.title')} · ${dataset.meta.title[lang]}`;
  workbook.subject = dataset.meta.title[lang];
  workbook.description = primarySource(dataset).covers?.[lang] ?? dataset.meta.area[lang];
  workbook.created = exportedAt;
  workbook.modified = exportedAt;

  // Every sheet first, in order, so that any sheet may refer to another's cells. Every sheet prints
  // landscape, the cover and Definitions too: Gnumeric (1.12.55) lays out every sheet's pages at the
  // first sheet's orientation, and cut each landscape sheet two pages wide behind a portrait cover.
  const taken = new Set<string>();
  const add = (name: string) => {
    const sheet = workbook.addWorksheet(sheetName(name, taken));
    printOnA4(sheet, 'landscape');
    return sheet;
  };
  const cover = add(t(lang, 'report.sheet.cover'));
  const summary = add(t(lang, 'report.sheet.summary'));
  const pages = dataset.sections.map((section) => ({ section, sheet: add(section.title[lang]) }));
  const allFigures = add(t(lang, 'report.sheet.allFigures'));
  const sources = add(t(lang, 'report.sheet.sources'));
  // Only where a value was revised (a workbook opened back with edits).
  const revisions = dataset.figures.some((f) => f.revision) ? add(t(lang, 'report.sheet.revisions')) : undefined;
  const notesSheet = add(t(lang, 'report.sheet.notes'));
  const derived = add(t(lang, 'report.sheet.derived'));
  const definitions = add(t(lang, 'report.sheet.definitions'));

  // Every chart model once, in the viewer's order: the page sheets, the summary and the notes share them.
  const models = chartsOf(dataset).map((chart) => chart.build(dataset, lang));
  // The tables that held the article's words say where they are now.
  const quotesNote = t(lang, 'report.lead.quotesOn', { sheet: sources.name });
  const cells = new FigureCells(dataset, {
    sheet: allFigures.name,
    rows: writeAllFigures(allFigures, dataset, lang, quotesNote),
    column: ALL_FIGURES_VALUE_COLUMN,
  });
  const notes = new NumberedNotes(lang, notesSheet.name);
  writeSummary(summary, models, lang, cells, dataset, quotesNote);
  const placed = pages.flatMap(({ section, sheet }) =>
    writePage(
      sheet,
      section,
      models.filter((model) => model.page === section.id),
      lang,
      cells,
      dataset,
      quotesNote,
      notes,
    ),
  );
  writeSources(sources, dataset, lang);
  if (revisions) writeRevisions(revisions, dataset, lang, cells);
  writeNotes(notesSheet, notes, lang, cells, dataset);
  writeDerived(derived, models, lang, cells, dataset);
  writeDefinitions(definitions, lang);
  const coverBlocks = writeCover(
    cover,
    dataset,
    lang,
    exportedAt,
    workbook.worksheets.slice(1).map((s) => s.name),
  );
  printTable(cover, 'landscape', undefined, coverBlocks);
  nameFonts(workbook, lang);
  // Last, hidden: the report itself, so that the workbook opens again as the report it is.
  writeReportSheet(workbook, JSON.stringify(dataset));

  const charts = placed.map(({ row, column, ...spec }): NativeChartSpec => {
    const sheet = workbook.getWorksheet(spec.sheetName);
    if (!sheet) throw new Error(`internal: chart "${spec.title}" names a missing sheet "${spec.sheetName}"`);
    return { ...spec, ...anchorBox(sheet, row, column, CHART_SIZE.width, CHART_SIZE.height) };
  });
  return { workbook, charts };
}
