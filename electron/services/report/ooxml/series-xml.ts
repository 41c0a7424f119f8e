import type { ChartSpec, SeriesSpec } from '../chart-spec';
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
    cat: `<c:cat>${strRef(rangeFormula(sheetName, categories.ref), categories.cached)}</c:cat>`,
    val: `<c:val>${numRef(rangeFormula(sheetName, values.ref), values.cached, values.formatCode)}</c:val>`,
  };
}

/** c:idx and c:order, the first children of every series. */
export function seriesIndex(index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/>`;
}

// ───────────────────────────── data labels ─────────────────────────────

/** Office 2013's chart extensions (MS-ODRAWXML): "Value From Cells" data labels. */
const C15 = 'http://schemas.microsoft.com/office/drawing/2012/chart';
const EXT_URI = {
  /** On c:ser: c15:datalabelsRange, the cells the labels come from and their cached text. */
  series: '{02D57815-91ED-43cb-92C2-25804820EDAC}',
  /** On c:dLbls and c:dLbl: c15:showDataLabelsRange and the label's field table. */
  dataLabel: '{CE6537A1-D6FC-4f65-9D91-7224C49458BB}',
} as const;

/** Where a kind puts its data labels: past the bar's end, inside a stacked part, above the point, or where the reader decides (slices). */
export type LabelPosition = 'outEnd' | 'ctr' | 't' | undefined;

function showFlags(showVal: boolean): string {
  return `<c:showLegendKey val="0"/><c:showVal val="${showVal ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;
}

/** a:fld needs a GUID; fixed ones keep the output reproducible, and series × point keeps them distinct within the chart. */
function fieldId(series: number, point: number): string {
  return `{5E1D0C3A-7B2F-4C8E-9A41-${(series * 0x10000 + point).toString(16).toUpperCase().padStart(12, '0')}}`;
}

/**
 * One point's label as Excel writes a "Value From Cells" label: its text is a single CELLRANGE
 * field, which Excel 2013+ fills from the series' c15:datalabelsRange, so the label follows an
 * edit of its cell. LibreOffice draws nothing for the series-level range alone; it needs these
 * per-point labels, and takes their text from the range's cache: it shows the text as of export
 * and does not follow a later edit of the cell (the trade-off of a cached label). The field holds
 * the cell's text rather than Excel's "[CELLRANGE]" placeholder, so that a reader that knows
 * neither the field type nor the extension shows the right text as static rich text.
 * CT_DLbl order: idx, tx, spPr, dLblPos, show*, extLst.
 */
function pointLabel(text: string, series: number, point: number, position: LabelPosition, language: string): string {
  const field = `<a:fld id="${fieldId(series, point)}" type="CELLRANGE"><a:rPr lang="${esc(language)}" sz="${SIZE.label}"/><a:pPr/><a:t>${esc(text)}</a:t></a:fld>`;
  const rich = `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${SIZE.label}"/></a:pPr>${field}</a:p></c:rich></c:tx>`;
  const ext = `<c:extLst><c:ext uri="${EXT_URI.dataLabel}" xmlns:c15="${C15}"><c15:dlblFieldTable/><c15:showDataLabelsRange val="1"/></c:ext></c:extLst>`;
  return `<c:dLbl><c:idx val="${point}"/>${rich}${noBox}${position === undefined ? '' : `<c:dLblPos val="${position}"/>`}${showFlags(false)}${ext}</c:dLbl>`;
}

/**
 * The series' labels. With `labels`, each point shows the cell that holds its value as the article
 * states it (超7%, ≥ 30, 5.49%*) instead of the bare number: Excel's "Value From Cells", with
 * showVal off so that the number is not shown beside it. Without, the value in the cells' own
 * number format. CT_DLbls order: dLbl*, numFmt, spPr, txPr, dLblPos, show*, extLst.
 */
export function dataLabels(spec: ChartSpec, series: SeriesSpec, index: number, position: LabelPosition, language: string): string {
  if (!spec.showValues) return '';
  const { labels } = series;
  const points = labels?.cached.map((text, i) => (text === '' ? '' : pointLabel(text, index, i, position, language))).join('') ?? '';
  const ext = labels === undefined ? '' : `<c:extLst><c:ext uri="${EXT_URI.dataLabel}" xmlns:c15="${C15}"><c15:showDataLabelsRange val="1"/></c:ext></c:extLst>`;
  return (
    `<c:dLbls>${points}<c:numFmt formatCode="${esc(series.values.formatCode)}" sourceLinked="1"/>${noBox}${textProps(SIZE.label, language)}` +
    (position === undefined ? '' : `<c:dLblPos val="${position}"/>`) +
    `${showFlags(labels === undefined)}${ext}</c:dLbls>`
  );
}

/** The series' c:extLst naming the label cells, with their text cached as Excel caches a string range; the last child of c:ser. */
export function labelsRange(spec: ChartSpec, series: SeriesSpec): string {
  const { labels } = series;
  if (!spec.showValues || labels === undefined) return '';
  const points = labels.cached.map((text, i) => `<c:pt idx="${i}"><c:v>${esc(text)}</c:v></c:pt>`).join('');
  return (
    `<c:extLst><c:ext uri="${EXT_URI.series}" xmlns:c15="${C15}"><c15:datalabelsRange><c15:f>${esc(rangeFormula(spec.sheetName, labels.ref))}</c15:f>` +
    `<c15:dlblRangeCache><c:ptCount val="${labels.cached.length}"/>${points}</c15:dlblRangeCache></c15:datalabelsRange></c:ext></c:extLst>`
  );
}
