import type { ArticleReview, ReviewedFigureInput } from '../../../electron/common/contract';
import type { ArticleExtraction, ExtractedFigure, ExtractQualifier, ExtractStatus } from '../../../electron/common/extract';

/**
 * The review's state without the DOM: one row per proposed figure, what the analyst decided and
 * edited, the sections, and the request the Api takes. Pure, so that the keys and the grouping are
 * the same whatever component shows them.
 */
export type Decision = 'proposed' | 'accepted' | 'rejected' | 'edited';

/** What the analyst may change in a figure (e opens these). */
export type Fields = {
  value: number;
  upper: number | undefined;
  unit: string;
  qualifier: ExtractQualifier;
  status: ExtractStatus;
  period: string;
  label: string;
  measure: string;
};

export type Row = Fields & {
  /** The figure's place in the extraction: its number (index + 1), its mark's id. */
  index: number;
  proposed: ExtractedFigure;
  decision: Decision;
  section: string;
};

export type Section = { id: string; title: string };

export const QUALIFIERS: readonly ExtractQualifier[] = ['exact', 'over', 'at_least', 'plus', 'approx', 'level', 'at_most', 'range'];
export const STATUSES: readonly ExtractStatus[] = ['actual', 'expected', 'target'];

/** A publication date the form takes: a year, a month, or a day of the calendar. */
export function isArticleDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
}

export function isWebAddress(text: string): boolean {
  return /^https?:\/\/\S+$/iu.test(text);
}

export const MEASURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A measure id from what the analyst typed: lower case, runs of anything else a hyphen. Empty when nothing of it is a–z or 0–9. */
export function measureId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

export function initialRows(extraction: ArticleExtraction, measures: readonly string[], section: string): Row[] {
  return extraction.figures.map((figure, index) => ({
    index,
    proposed: figure,
    decision: 'proposed',
    section,
    value: figure.value,
    upper: figure.upper,
    unit: figure.unit,
    qualifier: figure.qualifier,
    status: figure.status,
    period: figure.period ?? '',
    label: figure.label,
    measure: measures[index] ?? `measure-${index + 1}`,
  }));
}

/** The rows in the table's order: grouped by measure, groups in the order of their first figure, each group in the article's order. */
export function groupedRows(rows: readonly Row[]): { measure: string; rows: Row[] }[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.measure) ?? [];
    group.push(row);
    groups.set(row.measure, group);
  }
  return [...groups].map(([measure, members]) => ({ measure, rows: members }));
}

/** The figure indexes in the table's order: what j and k walk. */
export function tableOrder(rows: readonly Row[]): number[] {
  return groupedRows(rows).flatMap((group) => group.rows.map((row) => row.index));
}

/** The next (+1) or previous (-1) row in the table's order, staying at the ends; the first row when none is selected. */
export function step(rows: readonly Row[], selected: number | undefined, by: 1 | -1): number | undefined {
  const order = tableOrder(rows);
  if (order.length === 0) return undefined;
  const at = selected === undefined ? -1 : order.indexOf(selected);
  if (at < 0) return order[0];
  return order[Math.min(order.length - 1, Math.max(0, at + by))];
}

export function decide(rows: readonly Row[], index: number, decision: Decision): Row[] {
  return rows.map((row) => (row.index === index ? { ...row, decision } : row));
}

/** A row's fields replaced by the editor's: edited, whatever it was. */
export function edit(rows: readonly Row[], index: number, fields: Fields): Row[] {
  return rows.map((row) => (row.index === index ? { ...row, ...fields, decision: 'edited' } : row));
}

export function setSection(rows: readonly Row[], index: number, section: string): Row[] {
  return rows.map((row) => (row.index === index ? { ...row, section } : row));
}

export function tally(rows: readonly Row[]): { accepted: number; rejected: number; open: number } {
  const count = (...decisions: Decision[]) => rows.filter((row) => decisions.includes(row.decision)).length;
  return { accepted: count('accepted', 'edited'), rejected: count('rejected'), open: count('proposed') };
}

/** A new section's id: the next free section-N. */
export function newSectionId(sections: readonly Section[]): string {
  let n = sections.length + 1;
  while (sections.some((section) => section.id === `section-${n}`)) n += 1;
  return `section-${n}`;
}

export type SourceForm = { date: string; title: string; outlet: string; url: string };

/** What the Api takes: the article again, the source, the sections, and each figure kept, by its place in the extraction. */
export function reviewRequest(article: { name?: string; text: string }, source: SourceForm, sections: readonly Section[], rows: readonly Row[]): ArticleReview {
  const kept = rows.filter((row) => row.decision === 'accepted' || row.decision === 'edited');
  const figures = kept.map((row): ReviewedFigureInput => ({
    index: row.index,
    value: row.value,
    ...(row.upper === undefined ? {} : { upper: row.upper }),
    unit: row.unit,
    qualifier: row.qualifier,
    status: row.status,
    period: row.period,
    label: row.label,
    measure: row.measure,
    section: row.section,
  }));
  // Only the sections a kept figure is in: an empty page would have nothing to show.
  const used = sections.filter((section) => kept.some((row) => row.section === section.id));
  return {
    article: { ...(article.name === undefined ? {} : { name: article.name }), text: article.text, date: source.date },
    source: {
      title: source.title.trim(),
      ...(source.outlet.trim() === '' ? {} : { outlet: source.outlet.trim() }),
      ...(source.url.trim() === '' ? {} : { url: source.url.trim() }),
    },
    sections: used.length === 0 ? sections.slice(0, 1) : used,
    figures,
  };
}

/** The first line of an article, as the title's first guess, when it is short enough to be one. */
export function titleGuess(text: string): string {
  const first =
    text
      .split(/\r?\n/u)
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  return first.length <= 60 && !/[。！？]$/u.test(first) ? first : '';
}

/** Whether a key press is the analyst typing (into a field, a list, editable text), not a command for the table. */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
