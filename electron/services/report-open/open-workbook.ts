import type JSZip from 'jszip';
import type { Dataset } from '../../common/dataset';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { failure, parseDataset, type DatasetLoad, type DatasetProblem } from '../dataset';
import { loadExcelJs } from '../workbook/exceljs';
import { readReportSheet, REPORT_SHEET } from '../workbook/report-sheet';
import { worksheetParts } from '../workbook/ooxml/package-parts';
import { readFiguresTable } from './figures-table';
import { checkPackage, EXPANDED_MAX_BYTES, ROWS_MAX } from './package-guard';
import { reportFromTable } from './table-report';

/**
 * A report from a workbook (.xlsx, or an .xlsm whose macros are never run): the package checked
 * (package-guard.ts), the report it carries read, its figures table read back (figures-table.ts) and
 * laid over it (table-report.ts), then checked as any report file is. Every fault is a line naming
 * the file and, for a cell, its sheet and address, in the message language.
 */

/** The parts of a worksheet the reader does not need. */
const IGNORED = [
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'extLst',
];

export type ReadOptions = {
  /** The language of the messages (the UI's; English on the command line). */
  messages: Lang;
  /** When the workbook is read: a revision records it. */
  now: Date;
};

function refused(file: string, message: string): DatasetLoad {
  return failure([{ file, message }]);
}

/** A cell problem as a dataset problem: the file, then sheet!cell. */
function cellProblem(file: string, problem: { sheet: string; cell: string; message: string }): DatasetProblem {
  return { file, message: `${problem.sheet}!${problem.cell}: ${problem.message}` };
}

/** The report the workbook carries, where it carries one that still reads. */
function embedded(json: string | undefined, file: string): Dataset | undefined {
  if (json === undefined) return undefined;
  try {
    const load = parseDataset(JSON.parse(json) as unknown, file);
    return load.ok ? load.dataset : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The package without its drawings, charts, media and macros, uncompressed, for exceljs to read the
 * cells of; relationship targets made relative to their part, as exceljs resolves them (openpyxl
 * writes them absolute, /xl/tables/table1.xml, which OPC allows and exceljs cannot follow).
 */
async function cellsOnly(zip: JSZip): Promise<Buffer> {
  for (const path of Object.keys(zip.files)) {
    if (/^xl\/(?:drawings|charts|media|embeddings)\/|(^|\/)vbaProject\.bin$/iu.test(path)) zip.remove(path);
    const base = /^xl\/_rels\//u.test(path) ? '' : /^xl\/[^/]+\/_rels\//u.test(path) ? '../' : undefined;
    if (base === undefined || !path.endsWith('.rels')) continue;
    const xml = (await zip.file(path)?.async('string')) ?? '';
    zip.file(path, xml.replace(/\bTarget="\/xl\//gu, `Target="${base}`));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

export async function readWorkbookReport(bytes: Uint8Array, file: string, options: ReadOptions): Promise<DatasetLoad> {
  const { messages } = options;
  const checked = await checkPackage(bytes);
  if (!checked.ok) {
    if (checked.reason === 'not-zip') return refused(file, t(messages, 'open.notWorkbook'));
    if (checked.reason === 'too-large') return refused(file, t(messages, 'open.tooLarge', { mb: EXPANDED_MAX_BYTES / 2 ** 20 }));
    // The sheet by its name, as the user knows it, where the workbook's list names it.
    const parts = await worksheetParts(checked.zip).catch(() => new Map<string, string>());
    const sheet = [...parts].find(([, part]) => part === checked.part)?.[0] ?? checked.part;
    return refused(file, t(messages, 'open.tooManyRows', { sheet, rows: ROWS_MAX.toLocaleString('en-US') }));
  }
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs reads values, formulas' saved results and tables, and runs nothing. Drawings, charts,
    // pictures and macros are left out first: only the cells count, and exceljs fails on drawings
    // another program rewrote (openpyxl drops the charts and keeps their drawings).
    await workbook.xlsx.load((await cellsOnly(checked.zip)) as unknown as ArrayBuffer, { ignoreNodes: IGNORED });
  } catch (error) {
    return refused(file, t(messages, 'open.unreadable', { reason: error instanceof Error ? error.message.slice(0, 80) : 'unknown' }));
  }
  const table = readFiguresTable(workbook, messages);
  if (!table.ok) return table.message !== undefined ? refused(file, table.message) : failure(table.problems.map((p) => cellProblem(file, p)));
  const report = reportFromTable(table.table, embedded(readReportSheet(workbook), file), { file, at: options.now }, messages);
  if (!report.ok) return failure(report.problems.map((p) => cellProblem(file, p)));
  const load = parseDataset(report.raw, file);
  if (!load.ok) return load;
  const notices = [
    ...(checked.macros ? [t(messages, 'open.macros')] : []),
    ...(() => {
      const hidden = workbook.worksheets.filter((s) => s.state !== 'visible' && s.name !== REPORT_SHEET).map((s) => s.name);
      return hidden.length > 0 ? [t(messages, 'open.hiddenSheets', { sheets: hidden.join(', ') })] : [];
    })(),
  ];
  return { ...load, notices: notices.map((notice) => `${file}: ${notice}`) };
}
