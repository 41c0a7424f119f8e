import type { ChartSpec, ColumnRange, PointStyle, SeriesSpec } from '../chart-spec';
import { esc, NS, XML_DECLARATION } from './xml';

/** The chartN.xml part for one spec: a DrawingML chart whose series refer to the sheet's cells. */

/** Text sizes in hundredths of a point. */
const SIZE = { title: 1400, axisTitle: 1000, axis: 1000, legend: 1000, label: 900 } as const;

const GREY = { grid: 'D9D9D9', axis: 'BFBFBF', border: 'D9D9D9' } as const;

/** Any two ids do: they only need to be distinct within one chart part. */
const AXIS_ID = { category: 500000001, value: 500000002 } as const;

// ───────────────────────────── cell references ─────────────────────────────

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Always quoted, with ' doubled: CJK, spaces and apostrophes all need it, and quoting is never wrong. */
function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/gu, "''")}'!`;
}

function cellFormula(sheetName: string, column: number, row: number): string {
  return `${sheetPrefix(sheetName)}$${columnLetters(column)}$${row}`;
}

function rangeFormula(sheetName: string, range: ColumnRange): string {
  const first = cellFormula(sheetName, range.column, range.firstRow);
  return range.lastRow === range.firstRow ? first : `${first}:$${columnLetters(range.column)}$${range.lastRow}`;
}

// ───────────────────────────── chart part: text ─────────────────────────────

/** Text properties for a whole element (axis labels, legend, data labels). */
function textProps(size: number, language: string, horizontalText = false): string {
  // rot="0" keeps labels level: Excel and LibreOffice then wrap long category names instead of
  // turning them 45°, which on a column chart left little room for the bars.
  const bodyPr = horizontalText ? '<a:bodyPr rot="0" vert="horz"/>' : '<a:bodyPr/>';
  return `<c:txPr>${bodyPr}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="${esc(language)}"/></a:p></c:txPr>`;
}

/** A chart or axis title as rich text; vertical axis titles are turned to read bottom-up, as Excel does. */
function titleXml(text: string, size: number, bold: boolean, language: string, vertical = false): string {
  const bodyPr = vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  const b = bold ? '1' : '0';
  const paragraphs = text
    .split('\n')
    .map((line) => `<a:p><a:pPr><a:defRPr sz="${size}" b="${b}"/></a:pPr><a:r><a:rPr lang="${esc(language)}" sz="${size}" b="${b}"/><a:t>${esc(line)}</a:t></a:r></a:p>`)
    .join('');
  return `<c:title><c:tx><c:rich>${bodyPr}<a:lstStyle/>${paragraphs}</c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

// ───────────────────────────── chart part: shapes ─────────────────────────────

const solid = (colour: string): string => `<a:solidFill><a:srgbClr val="${colour.toUpperCase()}"/></a:solidFill>`;
const noLine = '<a:ln><a:noFill/></a:ln>';

function fillXml(style: PointStyle): string {
  if (!style.hatched) return solid(style.fill);
  return `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${style.fill.toUpperCase()}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>`;
}

/** A dashed outline where asked; a hatched shape without one still needs a solid edge to read as a shape. */
function outlineXml(style: PointStyle, fallback: string | undefined): string {
  if (style.dashedOutline !== undefined) return `<a:ln w="15875">${solid(style.dashedOutline)}<a:prstDash val="dash"/></a:ln>`;
  if (style.hatched) return `<a:ln w="9525">${solid(style.fill)}</a:ln>`;
  return fallback === undefined ? '' : `<a:ln w="9525">${solid(fallback)}</a:ln>`;
}

/** Bars and slices; slices get a white edge so that neighbours of one colour stay apart. */
function areaShape(style: PointStyle, edge?: string): string {
  return `<c:spPr>${fillXml(style)}${outlineXml(style, edge)}</c:spPr>`;
}

/** A series line in its outline colour if it has one: light fills fall below 3:1 on white as lines. */
function lineShape(style: PointStyle): string {
  return lineSpPr(style.dashedOutline ?? style.fill, style.dashedOutline !== undefined);
}

/**
 * A point's spPr paints the segment that ends at it in Excel, but LibreOffice takes its colour for
 * the point's marker too, so it gets the point's fill: otherwise LibreOffice loses the point's look.
 */
function pointLineShape(style: PointStyle): string {
  return lineSpPr(style.fill, style.dashedOutline !== undefined || style.hatched === true);
}

function lineSpPr(colour: string, dashed: boolean): string {
  return `<c:spPr><a:ln w="22225" cap="rnd">${solid(colour)}${dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln></c:spPr>`;
}

function markerXml(style: PointStyle): string {
  return `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fillXml(style)}${outlineXml(style, style.fill)}</c:spPr></c:marker>`;
}

// ───────────────────────────── chart part: data ─────────────────────────────

function strRef(formula: string, cached: readonly string[]): string {
  const points = cached.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${esc(formula)}</c:f><c:strCache><c:ptCount val="${cached.length}"/>${points}</c:strCache></c:strRef>`;
}

/** A missing point is left out of the cache, which is how Excel records an empty cell. */
function numRef(formula: string, cached: readonly (number | null)[], formatCode: string): string {
  const points = cached.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${esc(formula)}</c:f><c:numCache><c:formatCode>${esc(formatCode)}</c:formatCode><c:ptCount val="${cached.length}"/>${points}</c:numCache></c:numRef>`;
}

function seriesData(sheetName: string, series: SeriesSpec): { tx: string; cat: string; val: string } {
  const { name, categories, values } = series;
  return {
    tx: `<c:tx>${strRef(cellFormula(sheetName, name.ref.column, name.ref.row), [name.cached])}</c:tx>`,
    cat: `<c:cat>${strRef(rangeFormula(sheetName, categories.ref), categories.cached)}</c:cat>`,
    val: `<c:val>${numRef(rangeFormula(sheetName, values.ref), values.cached, values.formatCode)}</c:val>`,
  };
}

// ───────────────────────────── chart part: data labels ─────────────────────────────

/** Office 2013's chart extensions (MS-ODRAWXML): "Value From Cells" data labels. */
const C15 = 'http://schemas.microsoft.com/office/drawing/2012/chart';
const EXT_URI = {
  /** On c:ser: c15:datalabelsRange, the cells the labels come from and their cached text. */
  series: '{02D57815-91ED-43cb-92C2-25804820EDAC}',
  /** On c:dLbls and c:dLbl: c15:showDataLabelsRange and the label's field table. */
  dataLabel: '{CE6537A1-D6FC-4f65-9D91-7224C49458BB}',
} as const;

function showFlags(showVal: boolean): string {
  return `<c:showLegendKey val="0"/><c:showVal val="${showVal ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;
}

const noBox = `<c:spPr><a:noFill/>${noLine}</c:spPr>`;

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
function pointLabel(text: string, series: number, point: number, position: string | undefined, language: string): string {
  const field = `<a:fld id="${fieldId(series, point)}" type="CELLRANGE"><a:rPr lang="${esc(language)}" sz="${SIZE.label}"/><a:pPr/><a:t>${esc(text)}</a:t></a:fld>`;
  const rich = `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${SIZE.label}"/></a:pPr>${field}</a:p></c:rich></c:tx>`;
  const ext = `<c:extLst><c:ext uri="${EXT_URI.dataLabel}" xmlns:c15="${C15}"><c15:dlblFieldTable/><c15:showDataLabelsRange val="1"/></c:ext></c:extLst>`;
  return `<c:dLbl><c:idx val="${point}"/>${rich}${noBox}${position === undefined ? '' : `<c:dLblPos val="${position}"/>`}${showFlags(false)}${ext}</c:dLbl>`;
}

/**
 * The series' labels. With `labels`, each point shows the cell that holds its value as the article
 * states it (超7%, ≥ 30, 5.49%*) instead of the bare number: Excel's "Value From Cells", with
 * showVal off so that the number is not shown beside it. Without, the value in the cells' own
 * number format. Doughnuts take no label position. CT_DLbls order: dLbl*, numFmt, spPr, txPr,
 * dLblPos, show*, extLst.
 */
function dataLabels(spec: ChartSpec, series: SeriesSpec, index: number, language: string): string {
  if (!spec.showValues) return '';
  const position = { bar: 'outEnd', hbar: 'outEnd', line: 't', doughnut: undefined }[spec.kind];
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
function labelsRange(spec: ChartSpec, series: SeriesSpec): string {
  const { labels } = series;
  if (!spec.showValues || labels === undefined) return '';
  const points = labels.cached.map((text, i) => `<c:pt idx="${i}"><c:v>${esc(text)}</c:v></c:pt>`).join('');
  return (
    `<c:extLst><c:ext uri="${EXT_URI.series}" xmlns:c15="${C15}"><c15:datalabelsRange><c15:f>${esc(rangeFormula(spec.sheetName, labels.ref))}</c15:f>` +
    `<c15:dlblRangeCache><c:ptCount val="${labels.cached.length}"/>${points}</c15:dlblRangeCache></c15:datalabelsRange></c:ext></c:extLst>`
  );
}

// Series children follow CT_BarSer / CT_LineSer / CT_PieSer order exactly: Excel "repairs" a file
// that breaks schema order by dropping the chart.

function barSeries(spec: ChartSpec, series: SeriesSpec, index: number, language: string): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  const points = (series.points ?? [])
    .map((style, i) => (style === undefined ? '' : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${areaShape(style)}</c:dPt>`))
    .join('');
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${tx}${areaShape(series.style)}<c:invertIfNegative val="0"/>${points}${dataLabels(spec, series, index, language)}${cat}${val}${labelsRange(spec, series)}</c:ser>`;
}

function lineSeries(spec: ChartSpec, series: SeriesSpec, index: number, language: string): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  const points = (series.points ?? []).map((style, i) => (style === undefined ? '' : `<c:dPt><c:idx val="${i}"/>${markerXml(style)}${pointLineShape(style)}</c:dPt>`)).join('');
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${tx}${lineShape(series.style)}${markerXml(series.style)}${points}${dataLabels(spec, series, index, language)}${cat}${val}<c:smooth val="0"/>${labelsRange(spec, series)}</c:ser>`;
}

function doughnutSeries(spec: ChartSpec, series: SeriesSpec, index: number, language: string): string {
  const { tx, cat, val } = seriesData(spec.sheetName, series);
  // varyColors would otherwise let the application pick theme colours for the slices.
  const points = series.values.cached.map((_v, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>${areaShape(series.points?.[i] ?? series.style, 'FFFFFF')}</c:dPt>`).join('');
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${tx}${areaShape(series.style, 'FFFFFF')}${points}${dataLabels(spec, series, index, language)}${cat}${val}${labelsRange(spec, series)}</c:ser>`;
}

// ───────────────────────────── chart part: plot and axes ─────────────────────────────

function axisIds(): string {
  return `<c:axId val="${AXIS_ID.category}"/><c:axId val="${AXIS_ID.value}"/>`;
}

function plotXml(spec: ChartSpec, language: string): string {
  switch (spec.kind) {
    case 'bar':
    case 'hbar': {
      const series = spec.series.map((s, i) => barSeries(spec, s, i, language)).join('');
      const barDir = spec.kind === 'bar' ? 'col' : 'bar';
      return `<c:barChart><c:barDir val="${barDir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:overlap val="0"/>${axisIds()}</c:barChart>`;
    }
    case 'line': {
      const series = spec.series.map((s, i) => lineSeries(spec, s, i, language)).join('');
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds()}</c:lineChart>`;
    }
    case 'doughnut': {
      const series = spec.series.map((s, i) => doughnutSeries(spec, s, i, language)).join('');
      return `<c:doughnutChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`;
    }
  }
}

function axisLine(colour: string): string {
  return `<c:spPr><a:noFill/><a:ln w="9525">${solid(colour)}</a:ln></c:spPr>`;
}

/**
 * Horizontal bars list categories top-down, as on screen: the category axis runs maxMin, and the
 * value axis then crosses at the last category so that it stays at the bottom.
 */
function axesXml(spec: ChartSpec, language: string): string {
  if (spec.kind === 'doughnut') return '';
  const horizontal = spec.kind === 'hbar';
  const catTitle = spec.categoryAxisTitle ? titleXml(spec.categoryAxisTitle, SIZE.axisTitle, false, language, horizontal) : '';
  const valTitle = spec.valueAxisTitle ? titleXml(spec.valueAxisTitle, SIZE.axisTitle, false, language, !horizontal) : '';
  const formatCode = spec.series[0]?.values.formatCode ?? 'General';
  const catAx =
    `<c:catAx><c:axId val="${AXIS_ID.category}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/>${catTitle}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${axisLine(GREY.axis)}${textProps(SIZE.axis, language, !horizontal)}<c:crossAx val="${AXIS_ID.value}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="${AXIS_ID.value}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="9525">${solid(GREY.grid)}</a:ln></c:spPr></c:majorGridlines>${valTitle}<c:numFmt formatCode="${esc(formatCode)}" sourceLinked="1"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:noFill/>${noLine}</c:spPr>${textProps(SIZE.axis, language)}` +
    `<c:crossAx val="${AXIS_ID.category}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return catAx + valAx;
}

function legendXml(spec: ChartSpec, language: string): string {
  if (!spec.showLegend) return '';
  return `<c:legend><c:legendPos val="${spec.kind === 'doughnut' ? 'r' : 'b'}"/><c:overlay val="0"/>${textProps(SIZE.legend, language)}</c:legend>`;
}

/** The chartN.xml part; CT_ChartSpace and CT_Chart children in schema order. */
export function chartXml(spec: ChartSpec, language: string): string {
  const title = spec.title ? `${titleXml(spec.title, SIZE.title, true, language)}<c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="${esc(language)}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${plotXml(spec, language)}${axesXml(spec, language)}<c:spPr><a:noFill/>${noLine}</c:spPr></c:plotArea>` +
    `${legendXml(spec, language)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid(GREY.border)}</a:ln></c:spPr>${textProps(SIZE.axis, language)}</c:chartSpace>`
  );
}
