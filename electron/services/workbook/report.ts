import type { Workbook } from 'exceljs';
import { addNativeCharts } from './native-charts';
import { buildWorkbook, type ReportOptions } from './workbook';

/** The product's name, the same in every language, as docProps/app.xml names the writing application. */
export const APPLICATION = 'Lüyuan Report';

export type BuiltReport = { xlsx: Buffer; sheets: string[]; charts: number };

/**
 * The package as exceljs writes it, uncompressed: native-charts.ts opens it again and compresses
 * it once on the way out, instead of exceljs deflating what is inflated straight after.
 */
export async function writeCells(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
}

/** The finished .xlsx bytes: exceljs writes the cells, then the native charts go into the package. */
export async function buildReport(options: ReportOptions): Promise<BuiltReport> {
  const { workbook, charts } = await buildWorkbook(options);
  const xlsx = await addNativeCharts(await writeCells(workbook), charts, { language: options.lang, application: APPLICATION });
  // The sheets a reader sees: the report's own data sheet is hidden (report-sheet.ts).
  return { xlsx, sheets: workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name), charts: charts.length };
}
