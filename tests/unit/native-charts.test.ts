import type { Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec, ColumnRange, PointStyle, SeriesSpec } from '../../electron/services/report/chart-spec';
import { addNativeCharts } from '../../electron/services/report/native-charts';
import {
  attributeNames,
  childNames,
  children,
  elements,
  labelsRangeOf,
  namespacesIn,
  NS,
  onlyChild,
  openPackage,
  qualifiedName,
  references,
  textOf,
  valOf,
  type OoxmlPackage,
  type QName,
} from './ooxml-reader';

// Sheet names that need quoting, doubling and XML escaping in a series formula.
const GREEN = "綠色 發展's";
const TRENDS = 'Trends & <notes>';
const PLAIN = 'Plain';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const GREEN_ROWS: [string, number, number | null][] = [
  ['工業 A', 120.5, 130],
  ['B & C', 80, null],
  ['<D>', 95.25, 100],
  ["E's", 0, 12],
];
/** The "As shown" text of each value, qualifier and all, in columns D and E; '' where there is no value. */
const GREEN_SHOWN: [string, string][] = [
  ['約120.5', '≥ 130'],
  ['80*', ''],
  ['<95.25> & 超', '100%*'],
  ["E's 0", '12戶以上'],
];
const TREND_ROWS: [number, number | null][] = [
  [2019, 3.2],
  [2020, null],
  [2021, 5.1],
  [2022, 6],
  [2023, 4.75],
];

const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Cells for three sheets; GREEN and PLAIN carry an exceljs image, TRENDS a note, a table and conditional formatting. */
async function sourceWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const image = workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  const green = workbook.addWorksheet(GREEN);
  green.addRow(['類別', '2024 實績', "2025 'target'", '顯示為', "顯示為 'target'"]);
  GREEN_ROWS.forEach((row, i) => green.addRow([...row, ...GREEN_SHOWN[i]!]));
  green.getColumn(3).numFmt = '#,##0.0';
  green.addImage(image, { tl: { col: 5, row: 1 }, ext: { width: 16, height: 16 } });
  const trends = workbook.addWorksheet(TRENDS);
  trends.addRow(['年份', '增速 %']);
  for (const row of TREND_ROWS) trends.addRow(row);
  trends.getCell('A1').note = 'source: 綠園區';
  trends.addTable({ name: 'Extra', ref: 'E1', columns: [{ name: 'h' }], rows: [[1], [2]] });
  trends.addConditionalFormatting({ ref: 'B2:B6', rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }] }] });
  const plain = workbook.addWorksheet(PLAIN);
  plain.addRow(['no chart here']);
  plain.addImage(image, { tl: { col: 2, row: 2 }, ext: { width: 16, height: 16 } });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const range = (column: number, firstRow: number, lastRow: number): ColumnRange => ({ column, firstRow, lastRow });

/** A series of GREEN, labelled from its "As shown" column (two columns right) unless `labelled` is false. */
function greenSeries(column: 2 | 3, style: PointStyle, points?: (PointStyle | undefined)[], labelled = true): SeriesSpec {
  const header = column === 2 ? '2024 實績' : "2025 'target'";
  return {
    name: { ref: { row: 1, column }, cached: header },
    categories: { ref: range(1, 2, 5), cached: GREEN_ROWS.map((r) => r[0]) },
    values: { ref: range(column, 2, 5), cached: GREEN_ROWS.map((r) => r[column - 1] as number | null), formatCode: column === 2 ? 'General' : '#,##0.0' },
    ...(labelled ? { labels: { ref: range(column + 2, 2, 5), cached: GREEN_SHOWN.map((r) => r[column - 2]!) } } : {}),
    style,
    ...(points ? { points } : {}),
  };
}

const trendSeries: SeriesSpec = {
  name: { ref: { row: 1, column: 2 }, cached: '增速 %' },
  categories: { ref: range(1, 2, 6), cached: TREND_ROWS.map((r) => String(r[0])) },
  values: { ref: range(2, 2, 6), cached: TREND_ROWS.map((r) => r[1]), formatCode: '0.0' },
  // Given, but the chart shows no values: no labels are written.
  labels: { ref: range(3, 2, 6), cached: ['', '', '', '', ''] },
  style: { fill: '0072B2' },
  points: [undefined, undefined, undefined, undefined, { fill: '56B4E9', dashedOutline: '0072B2' }],
};

const place = (row: number) => ({ from: { column: 0, row, columnOffset: 0, rowOffset: 0 }, to: { column: 6, row: row + 14, columnOffset: 12700, rowOffset: 0 } });

const SPECS: ChartSpec[] = [
  {
    sheetName: GREEN,
    kind: 'bar',
    title: '綠色發展 <實績> & 目標',
    categoryAxisTitle: '類別',
    valueAxisTitle: '億元',
    series: [greenSeries(2, { fill: '0072B2' }, [undefined, { fill: 'D4D4D4', dashedOutline: '767676' }]), greenSeries(3, { fill: 'D55E00', hatched: true, dashedOutline: 'D55E00' })],
    showLegend: true,
    showValues: true,
    ...place(7),
  },
  // Unlabelled: its data labels show the bare number.
  { sheetName: GREEN, kind: 'hbar', title: "Ranking 'hbar'", series: [greenSeries(2, { fill: '009E73' }, undefined, false)], showLegend: false, showValues: true, ...place(22) },
  {
    sheetName: GREEN,
    kind: 'doughnut',
    title: '結構',
    series: [greenSeries(2, { fill: '009E73' }, [{ fill: '009E73' }, { fill: '56B4E9' }, { fill: 'D55E00', hatched: true }, { fill: '767676' }])],
    showLegend: true,
    showValues: true,
    ...place(37),
  },
  { sheetName: TRENDS, kind: 'slope', title: '增速', categoryAxisTitle: '年份', valueAxisTitle: '%', series: [trendSeries], showLegend: false, showValues: false, ...place(8) },
];

// ───────────── reading the package back (through ./ooxml-reader) ─────────────

/** Schema sequences (ECMA-376 Part 1, dml-chart.xsd), as far as these charts use them. */
const SCHEMA: Record<string, string[]> = {
  'c:chartSpace': ['date1904', 'lang', 'roundedCorners', 'AlternateContent', 'style', 'clrMapOvr', 'pivotSource', 'protection', 'chart', 'spPr', 'txPr', 'externalData', 'printSettings', 'userShapes', 'extLst'],
  'c:chart': ['title', 'autoTitleDeleted', 'pivotFmts', 'view3D', 'floor', 'sideWall', 'backWall', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'],
  'c:plotArea': ['layout', 'barChart', 'lineChart', 'doughnutChart', 'catAx', 'valAx', 'dTable', 'spPr', 'extLst'],
  'c:barChart': ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'],
  'c:lineChart': ['grouping', 'varyColors', 'ser', 'dLbls', 'dropLines', 'hiLowLines', 'upDownBars', 'marker', 'smooth', 'axId', 'extLst'],
  'c:doughnutChart': ['varyColors', 'ser', 'dLbls', 'firstSliceAng', 'holeSize', 'extLst'],
  bar: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'],
  line: ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'smooth', 'extLst'],
  doughnut: ['idx', 'order', 'tx', 'spPr', 'explosion', 'dPt', 'dLbls', 'cat', 'val', 'extLst'],
  'c:dPt': ['idx', 'invertIfNegative', 'marker', 'bubble3D', 'explosion', 'spPr', 'pictureOptions', 'extLst'],
  'c:dLbls': ['dLbl', 'delete', 'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'separator', 'showLeaderLines', 'leaderLines', 'extLst'],
  'c:dLbl': ['idx', 'delete', 'layout', 'tx', 'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'separator', 'extLst'],
  'c:rich': ['bodyPr', 'lstStyle', 'p'],
  'a:p': ['pPr', 'r', 'br', 'fld', 'endParaRPr'],
  'a:fld': ['rPr', 'pPr', 't'],
  'c:extLst': ['ext'],
  // MS-ODRAWXML 2.2.1.3 and 2.6.1.3: the Office 2013 data label extensions.
  'c:ext': ['datalabelsRange', 'dlblFieldTable', 'xForSave', 'showDataLabelsRange'],
  'c15:datalabelsRange': ['f', 'dlblRangeCache'],
  'c15:dlblRangeCache': ['ptCount', 'pt', 'extLst'],
  'c:catAx': ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', 'crosses', 'auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst'],
  'c:valAx': ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', 'crosses', 'crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst'],
};

/** The elements of SCHEMA checked wherever they occur in a chart (series by kind, separately). */
const ORDERED: QName[] = ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:barChart', 'c:lineChart', 'c:doughnutChart', 'c:catAx', 'c:valAx', 'c:dPt', 'c:dLbls', 'c:dLbl', 'c:rich', 'a:p', 'a:fld', 'c:extLst', 'c:ext', 'c15:datalabelsRange', 'c15:dlblRangeCache'];

function expectSchemaOrder(names: string[], sequence: string[], where: string): void {
  const positions = names.map((n) => sequence.indexOf(n));
  expect(positions, `${where}: ${names.join(', ')}`).not.toContain(-1);
  expect(positions, `${where}: ${names.join(', ')}`).toEqual([...positions].sort((a, b) => a - b));
}

/** Column letters and rows of "'Sheet'!$A$2:$A$5" (or a single cell), with the sheet name unquoted. */
function parseRef(formula: string): { sheet: string; column: string; first: number; last: number } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/u.exec(formula);
  if (!m) throw new Error(`unexpected reference ${formula}`);
  expect(m[4] ?? m[2], 'one column').toBe(m[2]);
  return { sheet: m[1]!.replace(/''/gu, "'"), column: m[2]!, first: Number(m[3]), last: Number(m[5] ?? m[3]) };
}

/** The Office 2013 extensions (MS-ODRAWXML) a labelled chart carries, by the uri of their c:ext. */
const LABELS_RANGE_EXT = '{02D57815-91ED-43cb-92C2-25804820EDAC}';
const SHOW_LABELS_RANGE_EXT = '{CE6537A1-D6FC-4f65-9D91-7224C49458BB}';

/**
 * The one c:ext with this uri in `owner`'s c:extLst, declaring c15 itself right after its uri as
 * Excel writes it: a reader that does not know the extension skips the c:ext whole.
 */
function extension(owner: Element, uri: string, where: string): Element {
  const found = children(onlyChild(owner, 'c:extLst'), 'c:ext').filter((e) => e.getAttribute('uri') === uri);
  expect(found, `${where}: c:ext ${uri}`).toHaveLength(1);
  const ext = found[0]!;
  expect(attributeNames(ext), where).toEqual(['uri', 'xmlns:c15']);
  expect(ext.getAttribute('xmlns:c15'), where).toBe(NS.c15);
  return ext;
}

/** The data-label text fields that show a cell's text (Value From Cells). */
const cellRangeFields = (root: Element): Element[] => elements(root, 'a:fld').filter((f) => f.getAttribute('type') === 'CELLRANGE');

/** A corner of a drawing anchor (xdr:from, xdr:to): its children as [namespace, name, text], in order. */
const corner = (anchor: Element, name: 'xdr:from' | 'xdr:to') => children(onlyChild(anchor, name)).map((c) => [c.namespaceURI, c.localName, textOf(c)]);
const xdr = (name: string, value: number) => [NS.xdr, name, String(value)];

const CHART_PART = /^xl\/charts\/chart\d+\.xml$/u;
const DRAWING_PART = /^xl\/drawings\/drawing\d+\.xml$/u;

// ───────────── tests ─────────────

describe('addNativeCharts', () => {
  let source: Uint8Array;
  let result: Buffer;
  let pkg: OoxmlPackage;

  beforeAll(async () => {
    source = await sourceWorkbook();
    result = await addNativeCharts(source, SPECS, { language: 'zh-Hant' });
    pkg = await openPackage(result);
  });

  it('declares every chart and drawing part, and every relationship points at a part', async () => {
    const { overrides } = await pkg.contentTypes();
    const names = pkg.parts;
    expect(pkg.chartParts()).toHaveLength(SPECS.length);
    for (const name of names.filter((n) => CHART_PART.test(n))) expect(overrides.get(`/${name}`), name).toBe(CHART_CT);
    for (const name of names.filter((n) => DRAWING_PART.test(n))) expect(overrides.get(`/${name}`), name).toBe(DRAWING_CT);
    const relsParts = names.filter((n) => /^xl\/(worksheets|drawings)\/_rels\/[^/]+\.rels$/u.test(n));
    expect(relsParts.length).toBeGreaterThanOrEqual(6);
    for (const rels of relsParts) {
      const part = rels.replace('_rels/', '').replace(/\.rels$/u, '');
      const found = await pkg.relationships(part);
      // None found would mean Relationship elements outside the relationships namespace.
      expect(found.size, rels).toBeGreaterThan(0);
      for (const [id, { path, external }] of found) {
        expect(external, `${rels} ${id}`).toBe(false);
        expect(pkg.zip.file(path!), `${rels} ${id} → ${path!}`).not.toBeNull();
      }
    }
  });

  it("anchors each chart where asked, through its sheet's single drawing", async () => {
    for (const spec of SPECS) {
      const drawingPath = await pkg.drawingOf(spec.sheetName);
      const drawing = await pkg.xml(drawingPath);
      const rels = await pkg.relationships(drawingPath);
      const chart = await pkg.chartTitled(spec.title);
      const relId = [...rels].find(([, r]) => r.path === chart.path)?.[0];
      expect(relId, spec.title).toBeDefined();
      const anchors = elements(drawing, 'xdr:twoCellAnchor').filter((a) => elements(a, 'c:chart').some((c) => c.getAttributeNS(NS.r, 'id') === relId));
      expect(anchors, spec.title).toHaveLength(1);
      const anchor = anchors[0]!;
      expect(corner(anchor, 'xdr:from'), spec.title).toEqual([xdr('col', spec.from.column), xdr('colOff', 0), xdr('row', spec.from.row), xdr('rowOff', spec.from.rowOffset)]);
      expect(corner(anchor, 'xdr:to'), spec.title).toEqual([xdr('col', spec.to.column), xdr('colOff', spec.to.columnOffset), xdr('row', spec.to.row), xdr('rowOff', spec.to.rowOffset)]);
      const graphicData = elements(anchor, 'a:graphicData');
      expect(graphicData.map((g) => g.getAttribute('uri')), spec.title).toEqual([NS.c]);
      // The chart reference declares its own namespaces, ahead of its r:id.
      const [reference] = elements(graphicData[0]!, 'c:chart');
      expect(attributeNames(reference!).slice(0, 3), spec.title).toEqual(['xmlns:c', 'xmlns:r', 'r:id']);
    }
    expect(await pkg.drawingOf(GREEN)).not.toBe(await pkg.drawingOf(TRENDS));
  });

  it('puts a new <drawing> among the worksheet children where the schema wants it', async () => {
    const names = childNames((await pkg.xml(await pkg.sheetPart(TRENDS))).documentElement!);
    const at = names.indexOf('drawing');
    expect(at).toBeGreaterThan(names.lastIndexOf('conditionalFormatting'));
    expect(at).toBeLessThan(names.indexOf('tableParts'));
    expect(at).toBeLessThan(names.indexOf('legacyDrawing'));
  });

  it('refers every series to cells that hold exactly the cached values', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result as unknown as ExcelJS.Buffer);
    let checked = 0;
    for (const path of pkg.chartParts()) {
      for (const ref of references(await pkg.xml(path))) {
        const { sheet, column, first, last } = parseRef(ref.formula);
        const worksheet = workbook.getWorksheet(sheet);
        expect(worksheet, ref.formula).toBeDefined();
        expect(ref.count, ref.formula).toBe(last - first + 1);
        for (let row = first; row <= last; row += 1) {
          const cell = worksheet!.getCell(`${column}${row}`);
          const cached = ref.points.get(row - first);
          if (ref.kind === 'str') expect(cached, `${ref.formula} row ${row}`).toBe(cell.text);
          else expect(cached === undefined ? null : Number(cached), `${ref.formula} row ${row}`).toBe(cell.value);
          checked += 1;
        }
      }
    }
    // Four series on GREEN (name, 4 categories, 4 values) and one on TRENDS (name, 5 and 5).
    expect(checked).toBe(4 * 9 + 11);
  });

  it('labels each point with the text of its "As shown" cell, linked to that cell as Excel\'s Value From Cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result as unknown as ExcelJS.Buffer);
    let labelled = 0;
    for (const spec of SPECS) {
      const { text: xml, doc } = await pkg.chartTitled(spec.title);
      const series = elements(doc, 'c:ser');
      const fieldIds: string[] = [];
      series.forEach((ser, s) => {
        const where = `${spec.title} series ${s}`;
        const { labels } = spec.series[s]!;
        if (!spec.showValues || labels === undefined) {
          expect([...namespacesIn(ser)], where).not.toContain(NS.c15);
          expect(elements(ser, 'c:dLbl'), where).toHaveLength(0);
          expect(cellRangeFields(ser), where).toHaveLength(0);
          return;
        }
        // The series names the label cells (its extLst, the last child) and caches their text.
        const range = labelsRangeOf(ser);
        expect(range, where).toBeDefined();
        const { sheet, column, first, last } = parseRef(range!.formula);
        expect(sheet).toBe(spec.sheetName);
        expect(range!.count).toBe(last - first + 1);
        expect(range!.count).toBe(spec.series[s]!.values.cached.length);
        for (let row = first; row <= last; row += 1) {
          expect(range!.points.get(row - first), `${range!.formula} row ${row}`).toBe(workbook.getWorksheet(sheet)!.getCell(`${column}${row}`).text);
        }
        expect([...range!.points.values()]).toEqual(labels.cached);
        const names = childNames(ser);
        expect(names.slice(names.indexOf('val')), where).toEqual(names.includes('smooth') ? ['val', 'smooth', 'extLst'] : ['val', 'extLst']);
        if (names.includes('smooth')) expect(valOf(ser, 'c:smooth'), where).toBe('0');
        const rangeExt = extension(ser, LABELS_RANGE_EXT, where);
        expect(children(onlyChild(ser, 'c:extLst'))[0], where).toBe(rangeExt);
        expect(children(rangeExt).map(qualifiedName)[0], where).toBe('c15:datalabelsRange');

        // Series-wide: the range shown, the bare value not.
        const dLbls = onlyChild(ser, 'c:dLbls');
        expect(valOf(dLbls, 'c:showVal'), where).toBe('0');
        const shown = extension(dLbls, SHOW_LABELS_RANGE_EXT, where);
        expect(children(shown).map(qualifiedName), where).toEqual(['c15:showDataLabelsRange']);
        expect(attributeNames(onlyChild(shown, 'c15:showDataLabelsRange')), where).toEqual(['val']);
        expect(valOf(shown, 'c15:showDataLabelsRange'), where).toBe('1');

        // Per point, for readers that take the label's own text (LibreOffice, Excel 2010): one CELLRANGE
        // field holding the cell's text, the same as the range cache.
        const points = children(dLbls, 'c:dLbl');
        expect(points.map((p) => childNames(p)[0]), where).toEqual(points.map(() => 'idx'));
        expect(points.map((p) => Number(valOf(p, 'c:idx'))), spec.title).toEqual(labels.cached.flatMap((text, i) => (text === '' ? [] : [i])));
        for (const point of points) {
          const idx = Number(valOf(point, 'c:idx'));
          const fields = cellRangeFields(point);
          expect(fields, `${spec.title} point ${idx}`).toHaveLength(1);
          const field = fields[0]!;
          expect(textOf(onlyChild(field, 'a:t'))).toBe(labels.cached[idx]);
          const id = field.getAttribute('id') ?? '';
          expect(id).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/u);
          // As the writer serializes it: the id first, then the type.
          expect(xml).toContain(`<a:fld id="${id}" type="CELLRANGE">`);
          fieldIds.push(id);
          expect(elements(point, 'a:r'), `${spec.title} point ${idx}`).toHaveLength(0);
          expect(valOf(point, 'c:showVal')).toBe('0');
          const ext = extension(point, SHOW_LABELS_RANGE_EXT, `${spec.title} point ${idx}`);
          expect(children(ext).map(qualifiedName)).toEqual(['c15:dlblFieldTable', 'c15:showDataLabelsRange']);
          expect(onlyChild(ext, 'c15:dlblFieldTable').childNodes.length).toBe(0);
          expect(valOf(ext, 'c15:showDataLabelsRange')).toBe('1');
          labelled += 1;
        }
      });
      expect(new Set(fieldIds).size, `${spec.title}: field ids distinct`).toBe(fieldIds.length);
    }
    // The bar's two series (4 and 3 texts; "B & C" has no 2025 value) and the doughnut's 4.
    expect(labelled).toBe(4 + 3 + 4);
    const bar = (await pkg.chartTitled(SPECS[0]!.title)).text;
    expect(bar).toContain(`<c15:f>'綠色 發展''s'!$D$2:$D$5</c15:f>`);
    expect(bar).toContain('<c:pt idx="2"><c:v>&lt;95.25&gt; &amp; 超</c:v></c:pt>');
    expect(bar).toContain('<a:t>&lt;95.25&gt; &amp; 超</a:t>');
  });

  it("keeps the exceljs image and merges the charts into the image's drawing", async () => {
    const drawingPath = await pkg.drawingOf(GREEN);
    const drawing = await pkg.xml(drawingPath);
    expect(elements(drawing, 'xdr:pic')).toHaveLength(1);
    expect(elements(drawing, 'xdr:graphicFrame')).toHaveLength(3);
    const ids = elements(drawing, 'xdr:cNvPr').map((e) => e.getAttribute('id') ?? '');
    for (const id of ids) expect(id).toMatch(/^\d+$/u);
    expect(new Set(ids).size).toBe(4);
    const types = [...(await pkg.relationships(drawingPath)).values()].map((r) => r.type.split('/').pop());
    expect(types.sort()).toEqual(['chart', 'chart', 'chart', 'image']);
    for (const name of pkg.parts.filter((n) => DRAWING_PART.test(n))) {
      const oneCell = elements(await pkg.xml(name), 'xdr:oneCellAnchor');
      expect(oneCell.filter((a) => a.hasAttribute('editAs')), name).toHaveLength(0);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet(GREEN)!.getImages()).toHaveLength(1);
    expect(workbook.getWorksheet(PLAIN)!.getImages()).toHaveLength(1);
  });

  it('leaves the cells as exceljs wrote them', async () => {
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(source as unknown as ExcelJS.Buffer);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(result as unknown as ExcelJS.Buffer);
    expect(after.worksheets.map((s) => s.name)).toEqual([GREEN, TRENDS, PLAIN]);
    for (const sheet of before.worksheets) {
      const values: unknown[] = [];
      sheet.eachRow((row) => values.push(row.values));
      const again: unknown[] = [];
      after.getWorksheet(sheet.name)!.eachRow((row) => again.push(row.values));
      expect(again, sheet.name).toEqual(values);
    }
    expect(after.getWorksheet(GREEN)!.getCell('C2').numFmt).toBe('#,##0.0');
  });

  it('writes chart XML in schema order', async () => {
    for (const spec of SPECS) {
      const { doc } = await pkg.chartTitled(spec.title);
      // The schema's series types: a slope is a line series, stacked and multiples are bar series.
      const seriesSchema = SCHEMA[{ bar: 'bar', hbar: 'bar', stacked: 'bar', multiples: 'bar', slope: 'line', doughnut: 'doughnut' }[spec.kind]]!;
      for (const name of ORDERED) {
        for (const element of elements(doc, name)) expectSchemaOrder(childNames(element), SCHEMA[name]!, `${spec.title} ${name}`);
      }
      const series = elements(doc, 'c:ser');
      expect(series, spec.title).toHaveLength(spec.series.length);
      for (const ser of series) expectSchemaOrder(childNames(ser), seriesSchema, `${spec.title} c:ser`);
    }
  });

  it('draws each kind as asked', async () => {
    const bar = (await pkg.chartTitled(SPECS[0]!.title)).text;
    expect(bar).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(bar).toContain('<c:legend>');
    // Labelled from the "As shown" cells: the bare number is not shown beside them.
    expect(bar).toMatch(/<c:dLbls>.*<c:showVal val="0"\/>.*<\/c:dLbls>/u);
    expect(bar).not.toContain('<c:showVal val="1"/>');
    expect(bar).toContain('<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="D55E00"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>');
    expect(bar).toMatch(/<c:dPt><c:idx val="1"\/>.*?<a:srgbClr val="D4D4D4"\/>.*?<a:srgbClr val="767676"\/><\/a:solidFill><a:prstDash val="dash"\/>/u);
    expect(bar).toContain('<c:lang val="zh-Hant"/>');
    expect(bar).toContain('<a:rPr lang="zh-Hant" sz="1400" b="1"/><a:t>綠色發展 &lt;實績&gt; &amp; 目標</a:t>');
    expect(bar).toMatch(/<c:catAx>.*<a:t>類別<\/a:t>.*<\/c:catAx><c:valAx>.*<a:t>億元<\/a:t>/u);
    expect(bar).toContain('<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark');
    expect(bar).toContain(`<c:f>'綠色 發展''s'!$C$2:$C$5</c:f><c:numCache><c:formatCode>#,##0.0</c:formatCode>`);

    const hbar = (await pkg.chartTitled(SPECS[1]!.title)).text;
    expect(hbar).toContain('<c:barDir val="bar"/>');
    expect(hbar).toMatch(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<\/c:catAx><c:valAx>.*<c:crosses val="max"\/>/u);
    expect(hbar).not.toContain('<c:legend>');
    expect(hbar).toMatch(/<c:dLbls><c:numFmt formatCode="General" sourceLinked="1"\/>.*<c:showVal val="1"\/>/u);
    expect(hbar).not.toContain('<c:dLbl>');
    expect(hbar).not.toContain('c15:');

    const doughnut = (await pkg.chartTitled(SPECS[2]!.title)).text;
    expect(doughnut).toContain('<c:doughnutChart><c:varyColors val="1"/>');
    expect(doughnut).toContain('<c:holeSize val="50"/>');
    expect(doughnut.match(/<c:dPt>/gu)).toHaveLength(4);
    expect(doughnut).not.toContain('<c:catAx>');
    expect(doughnut).not.toContain('<c:dLblPos');

    const line = (await pkg.chartTitled(SPECS[3]!.title)).text;
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
    expect(line).toContain('<c:marker><c:symbol val="circle"/>');
    // A slope's one line is drawn heavier than a line through many points (3 pt).
    expect(line).toContain('<a:ln w="38100" cap="rnd"><a:solidFill><a:srgbClr val="0072B2"/>');
    expect(line).toMatch(/<c:dPt><c:idx val="4"\/><c:marker><c:symbol val="circle"\/><c:size val="\d+"\/><c:spPr><a:solidFill><a:srgbClr val="56B4E9"\/>/u);
    expect(line).not.toContain('<c:dLbls>');
    expect(line).not.toContain('c15:');
    expect(line).not.toContain('<c:legend>');
    // 2020 has no value: no cached point 1, but five points counted.
    expect(line).toMatch(/<c:numCache><c:formatCode>0\.0<\/c:formatCode><c:ptCount val="5"\/><c:pt idx="0"><c:v>3\.2<\/c:v><\/c:pt><c:pt idx="2">/u);
  });

  it('sets dc:language, replacing any there was', async () => {
    const languages = async (p: OoxmlPackage) => elements(await p.xml('docProps/core.xml'), 'dc:language').map(textOf);
    expect(await languages(pkg)).toEqual(['zh-Hant']);
    const again = await openPackage(await addNativeCharts(result, [], { language: 'en' }));
    expect(await languages(again)).toEqual(['en']);
    expect(again.chartParts()).toHaveLength(SPECS.length);
  });

  it('accepts a chart with no values at all', async () => {
    const empty = { ...SPECS[3]!, title: 'Nothing yet', series: [{ ...trendSeries, values: { ...trendSeries.values, cached: [null, null, null, null, null] } }] };
    const out = await openPackage(await addNativeCharts(source, [empty], { language: 'en' }));
    expect(await out.text('xl/charts/chart1.xml')).toContain('<c:ptCount val="5"/></c:numCache>');
  });

  describe('rejects, naming the chart,', () => {
    const bad = (patch: Partial<ChartSpec>): ChartSpec[] => [SPECS[0]!, { ...SPECS[1]!, title: 'Broken «chart»', ...patch }];
    const base = greenSeries(2, { fill: '0072B2' });

    it('a sheet that is not in the workbook', async () => {
      await expect(addNativeCharts(source, bad({ sheetName: 'Missing' }), { language: 'en' })).rejects.toThrow(/Broken «chart».*sheet "Missing" is not in the workbook/u);
    });

    it('cached values or categories that do not fit their range', async () => {
      const shortValues = { ...base, values: { ...base.values, cached: [1, 2, 3] } };
      await expect(addNativeCharts(source, bad({ series: [shortValues] }), { language: 'en' })).rejects.toThrow(/Broken «chart».*3 cached values for a range of 4 cells/u);
      const longCategories = { ...base, categories: { ...base.categories, cached: ['a', 'b', 'c', 'd', 'e'] } };
      await expect(addNativeCharts(source, bad({ series: [longCategories] }), { language: 'en' })).rejects.toThrow(/Broken «chart».*5 cached categories for a range of 4 cells/u);
    });

    it('labels that do not fit their range or the values', async () => {
      const labelled = greenSeries(2, { fill: '0072B2' });
      const short = { ...labelled, labels: { ...labelled.labels!, cached: ['a', 'b'] } };
      await expect(addNativeCharts(source, bad({ series: [short] }), { language: 'en' })).rejects.toThrow(/Broken «chart».*2 cached labels for a range of 4 cells/u);
      const longer = { ...labelled, labels: { ref: range(4, 2, 6), cached: ['a', 'b', 'c', 'd', 'e'] } };
      await expect(addNativeCharts(source, bad({ series: [longer] }), { language: 'en' })).rejects.toThrow(/Broken «chart».*labels and values ranges differ/u);
    });

    it('an empty series list', async () => {
      await expect(addNativeCharts(source, bad({ series: [] }), { language: 'en' })).rejects.toThrow(/Broken «chart».*no series/u);
    });
  });
});
