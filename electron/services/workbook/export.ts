import { extname, resolve } from 'node:path';
import type { Dataset } from '../../common/dataset';
import type { Lang } from '../../common/i18n/languages';
import { clip } from '../../common/excerpt';
import { writeFilesAtomic } from '../files';
import { figuresCsv } from './csv';
import { buildReport } from './report';

export type ExportRequest = {
  dataset: Dataset;
  lang: Lang;
  /** Where the workbook goes; must end in .xlsx. */
  xlsxPath: string;
  /** Optionally, the CSV of all figures as well; must end in .csv. */
  csvPath?: string;
  exportedAt?: Date;
};

export type ExportSummary = { path: string; csvPath?: string; bytes: number; sheets: string[]; charts: number };

function assertExtension(path: string, wanted: '.xlsx' | '.csv'): void {
  if (extname(path).toLowerCase() !== wanted) throw new Error(`"${clip(path, 120)}" must end in ${wanted}`);
}

/**
 * Builds the report and writes it atomically, with the CSV if asked for: both or neither. On any
 * failure, of either file, both files that were there before are untouched and no temporary file
 * is left (writeFilesAtomic says how, and the one case it cannot cover). Errors carry a message a
 * user can act on.
 */
export async function exportWorkbook(request: ExportRequest): Promise<ExportSummary> {
  const path = resolve(request.xlsxPath);
  assertExtension(path, '.xlsx');
  const csvPath = request.csvPath === undefined ? undefined : resolve(request.csvPath);
  if (csvPath !== undefined) assertExtension(csvPath, '.csv');
  const report = await buildReport({ dataset: request.dataset, lang: request.lang, exportedAt: request.exportedAt ?? new Date() });
  await writeFilesAtomic([{ path, data: report.xlsx }, ...(csvPath === undefined ? [] : [{ path: csvPath, data: figuresCsv(request.dataset, request.lang) }])]);
  return { path, ...(csvPath === undefined ? {} : { csvPath }), bytes: report.xlsx.length, sheets: report.sheets, charts: report.charts };
}
