import type { PaperSize, Worksheet } from 'exceljs';
import { neutraliseFormula } from '../../common/csv';
import { literal, type Cell, type NumberCell } from './cells';
import type { FormulaCell } from './figure-cells';
import type { TextFormulaCell } from './live-text';

/** The app's green (ARGB), for table headers and the cover's title. */
export const BRAND = 'FF1F6F4A';

/**
 * Styles a header row: white bold on the app's green, so every table in the workbook reads alike;
 * a header wider than its column wraps (a chart's series names), the print layout giving the row
 * the height of its lines.
 */
export function styleHeader(sheet: Worksheet, rowNumber: number, columns: number): void {
  const row = sheet.getRow(rowNumber);
  for (let c = 1; c <= columns; c += 1) {
    const cell = row.getCell(c);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BRAND } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  }
}

/**
 * A table cell: text or a bare number, or a number (or formula) with the format that shows it, or
 * text that stays text even where it reads as a number (a period, 2025, in a column of periods).
 */
export type TableCell = Cell | NumberCell | { value: FormulaCell | TextFormulaCell; numFmt: string } | { text: string };

/** Text kept as text: a column of periods holds 2025 and 十四五 alike, one type per column. */
export function textCell(text: string): TableCell {
  return { text };
}

function setCell(sheet: Worksheet, row: number, column: number, value: TableCell): void {
  const cell = sheet.getRow(row).getCell(column);
  // An empty cell stays empty: a cell holding "" reads as text to a filter, a sum or a program.
  if (value === null || value === '') return;
  if (typeof value !== 'object') cell.value = literal(value);
  else if ('text' in value) {
    cell.value = neutraliseFormula(value.text);
    cell.numFmt = '@';
  } else {
    cell.value = value.value;
    cell.numFmt = value.numFmt;
  }
}

/** The rows of a table from `first` on, top-aligned. */
function writeRows(sheet: Worksheet, first: number, rows: readonly TableCell[][]): void {
  rows.forEach((row, r) => {
    row.forEach((value, c) => setCell(sheet, first + r, c + 1, value));
    sheet.getRow(first + r).alignment = { vertical: 'top' };
  });
}

export type TableOptions = {
  /**
   * Keep the header in view when scrolling: only where everything below it is the table's rows (a
   * page sheet's chart blocks have columns of their own).
   */
  freeze?: boolean;
  /** Filter buttons on the header. */
  filter?: boolean;
};

/** Writes a header and rows at the sheet's next row; returns the header's row number. */
export function writeTable(sheet: Worksheet, header: readonly string[], rows: readonly TableCell[][], options: TableOptions = {}): number {
  const headerRow = sheet.rowCount + 1;
  header.forEach((text, i) => setCell(sheet, headerRow, i + 1, text));
  styleHeader(sheet, headerRow, header.length);
  writeRows(sheet, headerRow + 1, rows);
  if (options.freeze !== false) sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  if (options.filter !== false)
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(rows.length, 1), column: header.length } };
  return headerRow;
}

/**
 * An Excel Table (filters, banding, structured references such as AllFigures[Value]) at the sheet's
 * next row, its header frozen (the print layout repeats it on each page the table runs on to).
 * `name` is the table's identifier in formulas, the same in every language. Returns the header's
 * row number.
 */
export function writeExcelTable(sheet: Worksheet, name: string, header: readonly string[], rows: readonly TableCell[][]): number {
  const headerRow = sheet.rowCount + 1;
  sheet.addTable({
    name,
    ref: sheet.getRow(headerRow).getCell(1).address,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: header.map((text) => ({ name: text, filterButton: true })),
    // Values go in below, with their formats: the table only needs the right number of rows.
    rows: rows.map((row) => row.map(() => null)),
  });
  writeRows(sheet, headerRow + 1, rows);
  styleHeader(sheet, headerRow, header.length);
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  return headerRow;
}

/** exceljs's PaperSize.A4, 9 in SpreadsheetML. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- a const enum in a .d.ts: esbuild cannot inline it, and importing it would load exceljs at start-up.
const A4 = 9 as PaperSize;

const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/**
 * A4, fitted to one page wide and as many pages tall as it takes, with the sheet's name and
 * "page n / N" in the footer. The print layout then sets the scale each sheet prints at
 * (print-layout.ts planPrint).
 */
export function printOnA4(sheet: Worksheet, orientation: 'landscape' | 'portrait'): void {
  sheet.pageSetup = { paperSize: A4, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { ...MARGINS } };
  sheet.headerFooter = { oddFooter: '&L&A&R&P / &N' };
}

/**
 * Wraps the text of the given columns (1-based) in rows first…last, top-aligned; not in the rows
 * of `skip` (a heading that runs on across the sheet, its row as high as one line).
 */
export function wrapColumns(sheet: Worksheet, first: number, last: number, columns: readonly number[], skip: ReadonlySet<number> = new Set()): void {
  for (let r = first; r <= last; r += 1) {
    if (skip.has(r)) continue;
    for (const c of columns) sheet.getRow(r).getCell(c).alignment = { wrapText: true, vertical: 'top' };
  }
}
