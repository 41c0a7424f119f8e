import type { Workbook } from 'exceljs';

/**
 * The report file travels inside the workbook the app writes, on a sheet of its own that no one
 * sees (veryHidden): its sections, charts, sources, quotes and the values as exported, so that
 * opening the workbook again loses nothing and can tell which values were edited. A sheet survives
 * every program that edits the workbook (Excel, LibreOffice, WPS, openpyxl); a custom XML part does
 * not (openpyxl drops it). A workbook without it gets its charts from the grammar's proposal.
 */

/** The sheet's name, the same in every language, and the marker in its A1 that says what it holds. */
export const REPORT_SHEET = 'report-file';
export const REPORT_MARKER = 'lvyuan-report-file 2';

/** A cell holds at most 32,767 characters: the JSON is cut into pieces well under that. */
const PIECE = 30_000;

/** Adds the report, as JSON, in pieces down column A under the marker. */
export function writeReportSheet(workbook: Workbook, json: string): void {
  const sheet = workbook.addWorksheet(REPORT_SHEET, { state: 'veryHidden' });
  sheet.getCell(1, 1).value = REPORT_MARKER;
  for (let i = 0, row = 2; i < json.length; i += PIECE, row += 1) {
    sheet.getCell(row, 1).value = json.slice(i, i + PIECE);
  }
}

/** The report's JSON from a workbook read back, where it has the sheet (hidden or not) with the marker. */
export function readReportSheet(workbook: Workbook): string | undefined {
  const sheet = workbook.getWorksheet(REPORT_SHEET);
  if (sheet?.getCell(1, 1).value !== REPORT_MARKER) return undefined;
  const pieces: string[] = [];
  for (let row = 2; row <= sheet.rowCount; row += 1) {
    const value = sheet.getCell(row, 1).value;
    if (typeof value !== 'string') break;
    pieces.push(value);
  }
  return pieces.join('');
}
