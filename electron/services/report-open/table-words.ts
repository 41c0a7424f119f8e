import { formatPeriod, qualifierLabel, unitLabel } from '../../common/format';
import { LANGS, type Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { PERIOD_PATTERN, QUALIFIERS, STATUSES, UNITS, type Qualifier, type Status, type Unit } from '../../common/vocabulary';
import { allFiguresHeader } from '../workbook/figure-rows';

/**
 * The words of a figures table, read back in any of the app's languages: its headers, units,
 * qualifiers, statuses and periods as the workbook writes them (figure-rows.ts, format.ts), or as
 * the codes the report file uses. One reverse of the writer's words, so that what the app writes it
 * can read.
 */

/** The fields a figures table's columns hold, in the writer's order (allFiguresHeader). */
export const TABLE_FIELDS = ['id', 'section', 'label', 'value', 'unit', 'qualifier', 'status', 'period', 'shown', 'quote'] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

/** The columns a table must have to be read as figures. */
export const REQUIRED_FIELDS: readonly TableField[] = ['id', 'label', 'value', 'unit', 'qualifier', 'status', 'period'];

function normal(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** A header's field, in whichever language it is written; undefined for a column the reader does not know. */
export function headerField(text: string): { field: TableField; lang: Lang } | undefined {
  const wanted = normal(text);
  for (const lang of LANGS) {
    const index = allFiguresHeader(lang).findIndex((header) => normal(header) === wanted);
    const field = TABLE_FIELDS[index];
    if (field !== undefined) return { field, lang };
  }
  return undefined;
}

/**
 * A code from its own form or its words in any language. Where two codes share words (戶 and 家 are
 * both "firms" in English), the first listed is read: both count the same kind of thing.
 */
function reverse<T extends string>(codes: readonly T[], label: (code: T, lang: Lang) => string): (text: string) => T | undefined {
  const table = new Map<string, T>(codes.map((code) => [normal(code), code]));
  for (const code of codes) for (const lang of LANGS) if (!table.has(normal(label(code, lang)))) table.set(normal(label(code, lang)), code);
  return (text) => table.get(normal(text));
}

export const unitOf: (text: string) => Unit | undefined = reverse(UNITS, unitLabel);
export const qualifierOf: (text: string) => Qualifier | undefined = reverse(QUALIFIERS, qualifierLabel);
export const statusOf: (text: string) => Status | undefined = reverse(STATUSES, (status, lang) => t(lang, `status.${status}`));

/**
 * A period as the report file writes it (2025, 2025-H1, 2021/2025), from its code or from the words
 * the workbook shows in any language ("14th Five-Year Plan (2021–2025)", "2025年上半年"): the years
 * in the text give the candidates, and the one whose words match is the period.
 */
export function periodOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (PERIOD_PATTERN.test(trimmed)) return trimmed;
  const years = [...trimmed.matchAll(/\d{4}/gu)].map((m) => m[0]);
  const [first, second] = years;
  if (years.length > 2) return undefined;
  // A period with a name and no years in its words (十四五 in a short form) is one formatPeriod names.
  const named = ['2021/2025'];
  const candidates = first === undefined ? named : second === undefined ? [first, `${first}-H1`, `${first}-H2`] : [`${first}/${second}`];
  const wanted = normal(trimmed);
  return candidates.find((candidate) => LANGS.some((lang) => [false, true].some((short) => normal(formatPeriod(candidate, lang, short)) === wanted)));
}
