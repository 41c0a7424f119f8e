import { addNativeCharts } from './native-charts';
import { buildWorkbook, type ReportOptions } from './workbook';

/** The product's name, the same in every language, as docProps/app.xml names the writing application. */
export const APPLICATION = 'Lüyuan Report';

export type BuiltReport = { xlsx: Buffer; sheets: string[]; charts: number };

/** The finished .xlsx bytes: exceljs writes the cells, then the native charts go into the package. */
export async function buildReport(options: ReportOptions): Promise<BuiltReport> {
  const { workbook, charts } = await buildWorkbook(options);
  const cells = await workbook.xlsx.writeBuffer();
  const xlsx = await addNativeCharts(new Uint8Array(cells), charts, { language: options.lang, application: APPLICATION });
  return { xlsx, sheets: workbook.worksheets.map((s) => s.name), charts: charts.length };
}
