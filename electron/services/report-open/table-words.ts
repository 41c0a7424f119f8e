import { formatPeriod, qualifierLabel, unitLabel } from '../../common/format';
import { LANGS, type Lang } from '../../common/i18n/languages';
import { t } from '../../common/i18n/messages';
import { isPeriod, QUALIFIERS, STATUSES, UNITS, type Qualifier, type Status, type Unit } from '../../common/vocabulary';
import { BARE_MAGNITUDES, BASE_UNIT_WORDS, MAGNITUDE_WORDS } from '../../common/unit-words';
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

/** Every unit the list makes, in the report file's script: the common ones first, then each base with each magnitude. */
const ALL_UNITS: readonly Unit[] = [
  ...new Set([
    ...UNITS,
    ...BASE_UNIT_WORDS.flatMap(([, hant]) => [hant, ...MAGNITUDE_WORDS.map(([, m]) => `${m}${hant}`)]),
    ...MAGNITUDE_WORDS.filter(([hans]) => BARE_MAGNITUDES.includes(hans)).map(([, hant]) => hant),
  ]),
];
let unitReader: ((text: string) => Unit | undefined) | undefined;
export function unitOf(text: string): Unit | undefined {
  unitReader ??= reverse(ALL_UNITS, unitLabel);
  return unitReader(text);
}
export const qualifierOf: (text: string) => Qualifier | undefined = reverse(QUALIFIERS, qualifierLabel);
export const statusOf: (text: string) => Status | undefined = reverse(STATUSES, (status, lang) => t(lang, `status.${status}`));

/**
 * A period as the report file writes it (2025, 2025-H1, 2021/2025), from its code or from the words
 * the workbook shows in any language ("14th Five-Year Plan (2021–2025)", "2025年上半年"): the years
 * in the text give the candidates, and the one whose words match is the period.
 */
export function periodOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (isPeriod(trimmed)) return trimmed;
  const years = [...trimmed.matchAll(/\d{4}/gu)].map((m) => m[0]);
  const [first, second] = years;
  if (years.length > 2) return undefined;
  // A period with a name and no years in its words (十四五 in a short form) is one formatPeriod names.
  const named = ['2021/2025'];
  const candidates = first === undefined ? named : second === undefined ? periodsOfYear(first) : [`${first}/${second}`, ...monthSpans(first, second)];
  const wanted = normal(trimmed);
  return candidates.find((candidate) => LANGS.some((lang) => [false, true].some((short) => normal(formatPeriod(candidate, lang, short)) === wanted)));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Every period within one year: the year, its halves, quarters and months, and ranges of quarters and of months. */
function periodsOfYear(year: string): string[] {
  const found = [year, `${year}-H1`, `${year}-H2`];
  for (let q = 1; q <= 4; q++) for (let r = q; r <= 4; r++) found.push(q === r ? `${year}-Q${q}` : `${year}-Q${q}/${year}-Q${r}`);
  for (let m = 1; m <= 12; m++) for (let n = m; n <= 12; n++) found.push(m === n ? `${year}-${pad(m)}` : `${year}-${pad(m)}/${year}-${pad(n)}`);
  return found;
}

/** Month ranges from one year into the next (a fiscal year, 2019-04/2020-03). */
function monthSpans(first: string, second: string): string[] {
  const found: string[] = [];
  for (let m = 1; m <= 12; m++) for (let n = 1; n <= 12; n++) found.push(`${first}-${pad(m)}/${second}-${pad(n)}`);
  return found;
}
