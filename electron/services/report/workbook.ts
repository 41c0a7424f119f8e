import type { Workbook, Worksheet } from 'exceljs';
import { CHARTS, chartsOnPage } from '../../common/charts/registry';
import type { TableRow } from '../../common/charts/model';
import { neutraliseFormula } from '../../common/csv';
import type { Dataset } from '../../common/dataset';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { allFiguresHeader, allFiguresRow } from './figure-rows';
import { sheetName } from './sheet-names';
import { columnWidth } from './widths';

export type ReportOptions = { dataset: Dataset; lang: Lang; exportedAt: Date };

type Cell = string | number;

function literal(value: Cell): Cell {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

/** Number formats by unit: two decimals where the article prints them, none for counts. */
function numberFormat(unit: string, value: number): string {
  const decimals = Number.isInteger(value) ? 0 : String(value).split('.')[1]?.length ?? 0;
  const body = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(Math.min(decimals, 2))}`;
  return unit === '%' ? `${body}"%"` : body;
}

/** A table with a bold frozen header, autofilter, fitted columns and landscape fit-to-width printing. */
function writeTable(sheet: Worksheet, header: string[], rows: Cell[][], numberColumns: Map<number, (row: number) => string> = new Map()): void {
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F6F4A' } };
  rows.forEach((row, i) => {
    const added = sheet.addRow(row.map(literal));
    for (const [column, format] of numberColumns) added.getCell(column + 1).numFmt = format(i);
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
  sheet.autoFilter = { from: { row: headerRow.number, column: 1 }, to: { row: headerRow.number + rows.length, column: header.length } };
  header.forEach((title, c) => {
    sheet.getColumn(c + 1).width = columnWidth([title, ...rows.map((r) => String(r[c] ?? ''))]);
  });
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function figureHeader(lang: Lang): string[] {
  return ['id', t(lang, 'table.figure'), t(lang, 'table.value'), t(lang, 'table.unit'), t(lang, 'table.qualifier'), t(lang, 'table.status'), t(lang, 'table.period'), 'display', t(lang, 'table.source')];
}

function rowCells(row: TableRow): Cell[] {
  return [row.figureId ?? '', row.label, row.value, row.unitLabel, row.qualifierLabel, row.statusLabel, row.periodLabel, row.display, row.quote ?? row.derived?.formula ?? ''];
}

/**
 * The report workbook, built from the same chart models the viewer draws. exceljs is loaded here,
 * on first export, so that start-up never pays for it.
 */
export async function buildWorkbook({ dataset, lang, exportedAt }: ReportOptions): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t(lang, 'app.title');
  workbook.title = `${t(lang, 'app.title')} · ${dataset.source.title[lang]}`;
  workbook.created = exportedAt;
  const taken = new Set<string>();
  const add = (name: string) => workbook.addWorksheet(sheetName(name, taken));

  const cover = add(lang === 'en' ? 'Cover' : '封面');
  cover.addRow([t(lang, 'app.title')]).font = { bold: true, size: 18 };
  for (const [label, value] of [
    [t(lang, 'sources.article'), dataset.source.title[lang]],
    [t(lang, 'sources.author'), dataset.source.author[lang]],
    [t(lang, 'sources.covers'), dataset.source.covers[lang]],
    ['exported', exportedAt.toISOString()],
    [t(lang, 'app.language'), t(lang, `lang.${lang}`)],
    ['dataset', dataset.version],
  ] as const) {
    cover.addRow([label, literal(value)]);
  }
  cover.getColumn(1).width = 14;
  cover.getColumn(2).width = 90;

  for (const section of dataset.sections) {
    const sheet = add(section.label[lang]);
    const rows = chartsOnPage(section.id).flatMap((chart) => {
      const model = chart.build(dataset, lang);
      return model.rows.map((row) => [model.title, ...rowCells(row)]);
    });
    writeTable(sheet, [lang === 'en' ? 'Chart' : '圖表', ...figureHeader(lang)], rows, new Map([[3, (i) => numberFormat(String(rows[i]?.[4] ?? ''), Number(rows[i]?.[3]))]]));
  }

  const all = add(lang === 'en' ? 'All figures' : t(lang, 'table.figure'));
  const figureRows = dataset.figures.map((f) => allFiguresRow(f, lang));
  writeTable(all, allFiguresHeader(lang), figureRows, new Map([[3, (i) => numberFormat(dataset.figures[i]?.unit ?? '', dataset.figures[i]?.value ?? 0)]]));

  const notes = add(lang === 'en' ? 'Notes' : t(lang, 'legend.derived'));
  const derived = CHARTS.flatMap((chart) => chart.build(dataset, lang).rows.filter((row) => row.derived).map((row) => [row.label, row.value, row.unitLabel, row.derived?.formula ?? '']));
  writeTable(notes, [t(lang, 'table.figure'), t(lang, 'table.value'), t(lang, 'table.unit'), t(lang, 'table.derived')], derived);
  return workbook;
}
