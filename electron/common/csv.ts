import { figureColumns } from './figure-columns';
import { t } from './i18n/messages';
import type { Lang } from './i18n/languages';
import type { ChartModel } from './charts/model';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

/** Text starting with = + - @ (or a tab / carriage return) would run as a formula in Excel: it gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

/** A cell as text; numbers are written as numbers. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutraliseFormula(value);
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The table of one chart: the figure id, the article's value and unit (raw, unscaled), and the value
 * as the table view shows it. Every header is in the export language, in the workbook's words.
 */
export function chartCsv(model: ChartModel, lang: Lang): string {
  const header = [...figureColumns(lang), t(lang, 'table.derived')];
  const rows = model.rows.map((row) => [
    row.figureId ?? '',
    row.label,
    row.value,
    row.unitLabel,
    row.qualifierLabel,
    row.statusLabel,
    row.periodLabel,
    row.display,
    row.quote ?? '',
    row.derived?.formula ?? '',
  ]);
  return toCsv([header, ...rows]);
}
