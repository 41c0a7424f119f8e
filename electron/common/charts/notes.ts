import type { Lang } from '../i18n/languages';
import { t } from '../i18n/messages';
import { profile } from '../i18n/profiles';
import { drawnPoints } from './axes';
import type { ChartModel, Revision, TextPart } from './model';

/** "label: text", with the language's colon (full-width in Chinese). */
export function labelled(lang: Lang, label: string, text: string): string {
  return `${label}${profile(lang).colon}${text}`;
}

/** The text of a line's parts: each value as shown. */
export function partsText(parts: readonly TextPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : 'point' in part ? part.point.display : part.shown)).join('');
}

/** The article's figures a chart states as text beside it ("Growth …: 833%", "of which national: 7"), each value a part. */
function annotationParts(model: ChartModel): TextPart[][] {
  return model.annotations.filter((a) => !a.derived).map((a) => [labelled(model.lang, a.category, ''), { point: a }]);
}

/** A message with one placeholder filled by parts: the text before it, the parts, the text after it. */
function around(message: (placeholder: string) => string, parts: readonly TextPart[]): TextPart[] {
  const [before = '', after = ''] = message('\u0000').split('\u0000');
  return [before, ...parts, after];
}

/**
 * One line per number the app derived, drawn or stated beside the chart, in plain notation:
 * "* Implied nominal annual growth = fifth root of (391 ÷ 299.3) − 1 ≈ 5.49%". Each derived value appears once,
 * with its formula, wherever no table or tooltip shows it (a slide, a PNG, a workbook block).
 */
function derivedParts(model: ChartModel): TextPart[][] {
  return [...drawnPoints(model), ...model.annotations].flatMap((p) => {
    if (!p.derived) return [];
    const formula = p.derived.parts ?? [p.derived.formula];
    const sign = p.derived.approximate ? '≈' : '=';
    const line = around((placeholder) => t(model.lang, 'figure.derivedLine', { label: p.category, formula: placeholder, sign, value: '\u0001' }), formula);
    // The value's placeholder sits in the text after the formula: split it out as the derived point.
    const last = line.pop();
    const [middle = '', end = ''] = typeof last === 'string' ? last.split('\u0001') : ['', ''];
    return [[...line, middle, { point: { ...p, display: p.derived.shown } }, end].filter((part) => part !== '')];
  });
}

/**
 * One line per revised value drawn or stated beside the chart: "† GDP: revised from CNY 39.1 bn (the
 * source's value) to CNY 40.15 bn, read from edited.xlsx on 2026-12-08". The value now is a part, so
 * the workbook writes it live.
 */
function revisedParts(model: ChartModel): TextPart[][] {
  return [...drawnPoints(model), ...model.annotations].flatMap((p) => {
    if (!p.revision) return [];
    const [before = '', after = ''] = revisedLine({ label: p.category, display: '\u0000', revision: p.revision }, model.lang).split('\u0000');
    // The value as it now is, without its † (the line starts with one).
    return [[before, { point: { ...p, display: p.display.replace(/†$/u, '') } }, after].filter((part) => part !== '')];
  });
}

/** The line that says a value was revised: from the source's value, to which, from which file and when. */
export function revisedLine(row: { label: string; display: string; revision: Revision }, lang: Lang): string {
  const { previous, file, date } = row.revision;
  // The value as it now is, without its † (the line starts with one).
  return t(lang, 'figure.revisedLine', { label: row.label, previous, value: row.display.replace(/†$/u, ''), file, date });
}

/** Everything said beside a chart, in the order every surface shows it (annotations, notes, derived and revised values), as parts. */
export function besideParts(model: ChartModel): TextPart[][] {
  return [...annotationParts(model), ...(model.noteParts ?? model.notes.map((note) => [note])), ...derivedParts(model), ...revisedParts(model)];
}

/** The same, as text. */
export function besideLines(model: ChartModel): string[] {
  return besideParts(model).map(partsText);
}

/** The derived values' lines alone, as text. */
export function derivedLines(model: ChartModel): string[] {
  return derivedParts(model).map(partsText);
}

/** The annotations' lines alone, as text. */
export function annotationLines(model: ChartModel): string[] {
  return annotationParts(model).map(partsText);
}
