import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { excerpt } from '../../common/excerpt';
import type { Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import type { Qualifier, Status, Unit } from '../../common/vocabulary';
import { headerField, periodOf, qualifierOf, REQUIRED_FIELDS, statusOf, TABLE_FIELDS, unitOf, type TableField } from './table-words';
import { allFiguresHeader, FIGURES_TABLE } from '../workbook/figure-rows';

/**
 * The figures table of a workbook, read back: found by its Excel Table's name (AllFigures, as the app
 * writes it) or, in a workbook someone made, by a header row with the figure columns in any of the
 * app's languages; never by position. Each cell read is checked, and each bad one is a problem naming
 * its sheet and cell, in the message language.
 */

/** A bad cell: where it is, and what is wrong, in one line. */
export type CellProblem = { sheet: string; cell: string; message: string };

/** One row of the table as read: each field's text or value, and the cell each came from. */
export type TableFigure = {
  row: number;
  id: string;
  section?: string;
  label: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  status: Status;
  period: string;
  /** The figure's words in its source, where the table has the column (the CSV's, someone's own). */
  quote?: string;
  /** The cell of each field, for problems found later (the report's own checks). */
  cells: Partial<Record<TableField, string>>;
};

export type FiguresTable = {
  sheet: string;
  /** The language the headers are in: a workbook's own labels are in it. */
  lang: Lang;
  figures: TableFigure[];
};

export type TableRead = { ok: true; table: FiguresTable } | { ok: false; problems: CellProblem[]; message?: string };

/** How far down a sheet a header row is looked for, in a workbook without the named table. */
const HEADER_SEARCH_ROWS = 30;

type Located = { sheet: Worksheet; header: number; last: number; columns: Map<TableField, number>; lang: Lang };

function isVisible(sheet: Worksheet): boolean {
  return sheet.state === 'visible';
}

/** A cell's value as read: a formula's saved result, rich text as its text. Undefined for a formula without a result. */
function valueOf(cell: Cell): CellValue | undefined {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return (value as { result?: CellValue }).result;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return value.text;
  if ('error' in value) return value.error;
  return undefined;
}

/** A cell as text; a label the workbook neutralised ('=…) loses the apostrophe that kept it text. */
function textOf(cell: Cell): string | undefined {
  const value = valueOf(cell);
  if (value === undefined) return undefined;
  if (value === null) return '';
  let text = '';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (value instanceof Date) text = value.toISOString().slice(0, 10);
  return text.replace(/^'(?=[=+\-@\t\r])/u, '').trim();
}

function columnsOf(headers: readonly (string | undefined)[]): { columns: Map<TableField, number>; lang: Lang } | undefined {
  const columns = new Map<TableField, number>();
  let lang: Lang | undefined;
  headers.forEach((header, i) => {
    const found = header === undefined ? undefined : headerField(header);
    if (!found || columns.has(found.field)) return;
    columns.set(found.field, i + 1);
    lang ??= found.lang;
  });
  return lang !== undefined && REQUIRED_FIELDS.every((field) => columns.has(field)) ? { columns, lang } : undefined;
}

function headersAt(sheet: Worksheet, row: number, first: number, last: number): (string | undefined)[] {
  return Array.from({ length: last - first + 1 }, (_, i) => textOf(sheet.getRow(row).getCell(first + i)));
}

/**
 * A sheet's Excel Tables as exceljs reads them: each with its model (name, range). exceljs's types
 * describe getTables() as pairs; at run time it returns the tables themselves.
 */
type ReadTable = { table: { name: string; tableRef?: string } };

function tablesOf(sheet: Worksheet): ReadTable[] {
  return sheet.getTables() as unknown as ReadTable[];
}

/** The named table, wherever it is; then a header row on a visible sheet. */
function locate(workbook: Workbook): Located | { hidden: string } | undefined {
  for (const sheet of workbook.worksheets) {
    const table = tablesOf(sheet).find((t) => t.table.name === FIGURES_TABLE);
    const ref = table?.table.tableRef;
    if (!ref) continue;
    if (!isVisible(sheet)) return { hidden: sheet.name };
    const [from = '', to = ''] = ref.split(':');
    const start = sheet.getCell(from);
    const end = sheet.getCell(to);
    const found = columnsOf(headersAt(sheet, Number(start.row), Number(start.col), Number(end.col)));
    if (found) return { sheet, header: Number(start.row), last: Number(end.row), ...found };
  }
  let hidden: string | undefined;
  for (const sheet of workbook.worksheets) {
    for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); row += 1) {
      const found = columnsOf(headersAt(sheet, row, 1, Math.max(1, sheet.columnCount)));
      if (!found) continue;
      if (!isVisible(sheet)) {
        hidden ??= sheet.name;
        break;
      }
      return { sheet, header: row, last: sheet.rowCount, ...found };
    }
  }
  return hidden === undefined ? undefined : { hidden };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A number from a number cell, a formula's saved number, or text that is a plain number (391, 1,234.5). */
function numberOf(cell: Cell): number | { problem: string } {
  const value = valueOf(cell);
  if (value === undefined) return { problem: 'open.noResult' };
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const text = textOf(cell) ?? '';
  if (/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u.test(text)) return Number(text.replaceAll(',', ''));
  return { problem: 'open.notNumber' };
}

/** Reads the figures table: every row with anything in it, each cell checked. */
export function readFiguresTable(workbook: Workbook, messages: Lang): TableRead {
  const found = locate(workbook);
  if (found === undefined) {
    // allFiguresHeader lists the columns in TABLE_FIELDS' order.
    const columns = REQUIRED_FIELDS.map((field) => allFiguresHeader(messages)[TABLE_FIELDS.indexOf(field)]);
    return { ok: false, problems: [], message: t(messages, 'open.noTable', { columns: columns.join(', ') }) };
  }
  if ('hidden' in found) return { ok: false, problems: [], message: t(messages, 'open.hiddenTable', { sheet: found.hidden }) };
  const { sheet, header, last, columns, lang } = found;
  const problems: CellProblem[] = [];
  const figures: TableFigure[] = [];
  const seen = new Map<string, number>();
  const headerText = (field: TableField) => textOf(sheet.getRow(header).getCell(columns.get(field) ?? 1)) ?? field;
  for (let r = header + 1; r <= last; r += 1) {
    const row = sheet.getRow(r);
    const cellOf = (field: TableField) => row.getCell(columns.get(field) ?? 0);
    const texts = [...columns.values()].map((c) => textOf(row.getCell(c)) ?? '');
    if (texts.every((text) => text === '')) continue;
    const problem = (field: TableField, key: Parameters<typeof t>[1], params: Record<string, string | number> = {}) =>
      problems.push({ sheet: sheet.name, cell: cellOf(field).address, message: t(messages, key, params) });
    const text = (field: TableField) => textOf(cellOf(field)) ?? '';
    const quoted = (field: TableField) => excerpt(text(field), 40).replace(/^"|"$/gu, '');

    const id = text('id');
    if (id === '') problem('id', 'open.empty', { column: headerText('id') });
    else if (!ID.test(id)) problem('id', 'open.badId', { text: quoted('id') });
    else if (seen.has(id)) problem('id', 'open.duplicateId', { text: id, row: seen.get(id) ?? 0 });
    else seen.set(id, r);
    const label = text('label');
    if (label === '') problem('label', 'open.empty', { column: headerText('label') });
    const value = numberOf(cellOf('value'));
    if (typeof value !== 'number') problem('value', value.problem as Parameters<typeof t>[1], { text: quoted('value') });
    const unit = unitOf(text('unit'));
    if (unit === undefined) problem('unit', 'open.unknownUnit', { text: quoted('unit') });
    const qualifier = qualifierOf(text('qualifier'));
    if (qualifier === undefined) problem('qualifier', 'open.unknownQualifier', { text: quoted('qualifier') });
    const status = statusOf(text('status'));
    if (status === undefined) problem('status', 'open.unknownStatus', { text: quoted('status') });
    const period = periodOf(text('period'));
    if (period === undefined) problem('period', 'open.unknownPeriod', { text: quoted('period') });
    if (typeof value !== 'number' || unit === undefined || qualifier === undefined || status === undefined || period === undefined) continue;
    const cells = Object.fromEntries([...columns].map(([field, column]) => [field, row.getCell(column).address])) as Partial<Record<TableField, string>>;
    const section = columns.has('section') ? text('section') : '';
    const quote = columns.has('quote') ? text('quote') : '';
    figures.push({
      row: r,
      id,
      label,
      value,
      unit,
      qualifier,
      status,
      period,
      cells,
      ...(section === '' ? {} : { section }),
      ...(quote === '' ? {} : { quote }),
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, table: { sheet: sheet.name, lang, figures } };
}
