import type { Worksheet } from 'exceljs';
import { literal, type Cell } from './cells';

/** The app's green (ARGB), for table headers and the cover's title. */
export const BRAND = 'FF1F6F4A';

/** Styles a header row: white bold on the app's green, so every table in the workbook reads alike. */
export function styleHeader(sheet: Worksheet, rowNumber: number, columns: number): void {
  const row = sheet.getRow(rowNumber);
  for (let c = 1; c <= columns; c += 1) {
    const cell = row.getCell(c);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BRAND } };
  }
}

export type TableOptions = {
  /** Number format for a column (0-based) of a given data row (0-based). */
  formats?: ReadonlyMap<number, (row: number) => string>;
  /** The sheet's main table: its header is frozen and filtered. A sheet can have only one. */
  main?: boolean;
};

/** Writes a header and rows at the sheet's next row; returns the header's row number. */
export function writeTable(sheet: Worksheet, header: readonly string[], rows: readonly Cell[][], options: TableOptions = {}): number {
  const headerRow = sheet.addRow(header.map(literal));
  styleHeader(sheet, headerRow.number, header.length);
  rows.forEach((row, i) => {
    const added = sheet.addRow(row.map(literal));
    added.alignment = { vertical: 'top' };
    for (const [column, format] of options.formats ?? []) added.getCell(column + 1).numFmt = format(i);
  });
  if (options.main !== false) {
    sheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
    sheet.autoFilter = { from: { row: headerRow.number, column: 1 }, to: { row: headerRow.number + Math.max(rows.length, 1), column: header.length } };
  }
  return headerRow.number;
}

/**
 * Landscape, fitted to one page wide, as many pages tall as it takes. The paper size is left to the
 * printer's default (A4 in the district offices); pages are planned for A4, the shorter of A4 and Letter.
 */
export function printLandscape(sheet: Worksheet): void {
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
  sheet.headerFooter = { oddFooter: '&L&A&R&P / &N' };
}

/** Wraps the text of the given columns (1-based) in rows first…last, top-aligned. */
export function wrapColumns(sheet: Worksheet, first: number, last: number, columns: readonly number[]): void {
  for (let r = first; r <= last; r += 1) {
    for (const c of columns) sheet.getRow(r).getCell(c).alignment = { wrapText: true, vertical: 'top' };
  }
}
