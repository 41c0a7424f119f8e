import { isPlainNumber } from '../cells';
import type { NativeChartSpec, SeriesSpec } from '../chart-spec';
import { cellFormula, rangeFormula } from './refs';
import { noBox } from './shapes-xml';
import { SIZE, textProps } from './text-xml';
import { esc } from './xml';

/** The parts of a series every kind shares: its cells, their caches and its data labels. */

function strRef(formula: string, cached: readonly string[]): string {
  const points = cached.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${esc(formula)}</c:f><c:strCache><c:ptCount val="${cached.length}"/>${points}</c:strCache></c:strRef>`;
}

/** A missing point is left out of the cache, which is how Excel records an empty cell. */
function numRef(formula: string, cached: readonly (number | null)[], formatCode: string): string {
  const points = cached.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${esc(formula)}</c:f><c:numCache><c:formatCode>${esc(formatCode)}</c:formatCode><c:ptCount val="${cached.length}"/>${points}</c:numCache></c:numRef>`;
}

/** The series' name, categories and values: c:tx, c:cat and c:val, each a reference with its cache. */
export function seriesData(sheetName: string, series: SeriesSpec): { tx: string; cat: string; val: string } {
  const { name, categories, values } = series;
  return {
    tx: `<c:tx>${strRef(cellFormula(sheetName, name.ref.column, name.ref.row), [name.cached])}</c:tx>`,
    // Categories that are numbers (years) are number cells (cells.ts literal), so a number reference.
    cat: `<c:cat>${categories.cached.every(isPlainNumber) ? numRef(rangeFormula(sheetName, categories.ref), categories.cached.map(Number), 'General') : strRef(rangeFormula(sheetName, categories.ref), categories.cached)}</c:cat>`,
    val: `<c:val>${numRef(rangeFormula(sheetName, values.ref), values.cached, values.formatCode)}</c:val>`,
  };
}

/** c:idx and c:order, the first children of every series. */
export function seriesIndex(index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/>`;
}

// ───────────────────────────── data labels ─────────────────────────────

/** Where a kind puts its data labels: past the bar's end, inside a stacked part, above the point, or where the reader decides (slices). */
export type LabelPosition = 'outEnd' | 'ctr' | 't' | undefined;

/**
 * A label moved from where its position puts it, by fractions of the chart's width (x) and height
 * (y): how Excel records a label dragged by hand (c:layout of a c:dLbl, in factor mode), and how
 * LibreOffice reads one (a custom label position).
 */
export type LabelOffset = { x: number; y: number };

const fraction = (n: number): string => String(Number(n.toFixed(4)));

function offsetXml(offset: LabelOffset | undefined): string {
  return offset === undefined
    ? ''
    : `<c:layout><c:manualLayout><c:x val="${fraction(offset.x)}"/><c:y val="${fraction(offset.y)}"/></c:manualLayout></c:layout>`;
}

function showFlags(): string {
  return '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';
}

/**
 * One point's label: its value through a number format carrying the article's qualifier and unit
 * as literal text, not linked to the cell. Unlike a "Value From Cells" (CELLRANGE) label, which
 * LibreOffice freezes at the exported text, this follows an edit of the value in Excel and
 * LibreOffice alike (docs/xlsx-native-charts.md). CT_DLbl order: idx, layout, numFmt, spPr, txPr, dLblPos, show*.
 */
function pointLabel(formatCode: string, point: number, position: LabelPosition, language: string, offset: LabelOffset | undefined): string {
  const at = position === undefined ? '' : `<c:dLblPos val="${position}"/>`;
  return `<c:dLbl><c:idx val="${point}"/>${offsetXml(offset)}<c:numFmt formatCode="${esc(formatCode)}" sourceLinked="0"/>${noBox}${textProps(SIZE.label, language)}${at}${showFlags()}</c:dLbl>`;
}

/**
 * The series' labels: each point's own format where given, else the value in its cell's format;
 * a point's label moved by its offset where it has one. CT_DLbls order: dLbl*, numFmt, spPr, txPr, dLblPos, show*.
 */
export function dataLabels(
  spec: NativeChartSpec,
  series: SeriesSpec,
  position: LabelPosition,
  language: string,
  offsets: readonly (LabelOffset | undefined)[] = [],
): string {
  if (!spec.showValues) return '';
  // A point without a format of its own gets a label of its own only to be moved, in its cells' format.
  const formatOf = (i: number): string =>
    series.labelFormats?.[i] || (offsets[i] === undefined || series.values.cached[i] === null ? '' : series.values.formatCode);
  const points = series.values.cached
    .map((_, i) => formatOf(i))
    .map((format, i) => (format === '' ? '' : pointLabel(format, i, position, language, offsets[i])))
    .join('');
  return (
    `<c:dLbls>${points}<c:numFmt formatCode="${esc(series.values.formatCode)}" sourceLinked="1"/>${noBox}${textProps(SIZE.label, language)}` +
    (position === undefined ? '' : `<c:dLblPos val="${position}"/>`) +
    showFlags() +
    // LibreOffice draws a line from a moved label back to its point, across a small part; Excel draws none on bars.
    (offsets.some((o) => o !== undefined) ? '<c:showLeaderLines val="0"/>' : '') +
    '</c:dLbls>'
  );
}
