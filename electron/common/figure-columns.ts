import type { Lang } from './i18n/languages';
import { t, type MessageKey } from './i18n/messages';

/**
 * The columns of every table of figures, in order and in the export language: the workbook's page
 * sheets and summary, its all-figures sheet (which adds the section) and the chart CSV (which adds
 * the formula of a derived value). One list, so that all of them say the same in the same order.
 */
const FIGURE_COLUMNS: readonly MessageKey[] = [
  'report.col.id',
  'table.figure',
  'table.value',
  'table.unit',
  'table.qualifier',
  'table.status',
  'table.period',
  'report.col.shownAs',
  'table.source',
];

export function figureColumns(lang: Lang): string[] {
  return FIGURE_COLUMNS.map((key) => t(lang, key));
}
