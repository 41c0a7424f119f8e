import type ExcelJS from 'exceljs';

export type ExcelJs = typeof ExcelJS;

let loading: Promise<ExcelJs> | undefined;

/**
 * exceljs, loaded on first export so that start-up never pays for it. The package's prebuilt
 * single-file bundle loads in about a third of the time of its ~400 source modules (measured by
 * npm run bench), which keeps the first export of a session quick.
 */
export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import('exceljs/dist/exceljs.bare.min.js').then((module) => module.default);
  return loading;
}
