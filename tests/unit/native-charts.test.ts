import type { Document, Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NativeChartSpec, ColumnRange, PointStyle, SeriesSpec } from '../../electron/services/workbook/chart-spec';
import { addNativeCharts } from '../../electron/services/workbook/native-charts';
import {
  attributeNames,
  childNames,
  children,
  elements,
  namespacesIn,
  NS,
  onlyChild,
  openPackage,
  references,
  textOf,
  valOf,
  valueAxes,
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
/**
 * The number format of each value in columns B and C, as the report writes a value that reads as the
 * article states it: qualifier and unit as literal text (with quotes, ampersands and angle brackets to
 * escape). '' where there is no value.
 */
const GREEN_FORMATS: [string, string][] = [
  ['"約"0.0', '"≥ "0'],
  ['0"*"', ''],
  ['"<"0.00"> & 超"', '0%"*"'],
  [`"E's "0`, '0"戶以上"'],
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
const CHART_SHAPES_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml';
const USER_SHAPES_REL = `${NS.r}/chartUserShapes`;
/** The chartDrawing namespace of a chart's own shapes (c:userShapes), which ./ooxml-reader does not name. */
const CDR = 'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing';
/** The application docProps/app.xml is to name, with characters to escape. */
const APPLICATION = 'Lüyuan <Report> & Co';

/** Cells for three sheets; GREEN and PLAIN carry an exceljs image, TRENDS a note, a table and conditional formatting. */
async function sourceWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const image = workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  const green = workbook.addWorksheet(GREEN);
  green.addRow(['類別', '2024 實績', "2025 'target'"]);
  GREEN_ROWS.forEach((row, i) => {
    const added = green.addRow(row);
    GREEN_FORMATS[i]!.forEach((format, c) => {
      if (format !== '') added.getCell(2 + c).numFmt = format;
    });
  });
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

/** A series of GREEN, each point labelled through its cell's format (GREEN_FORMATS) unless `labelled` is false. */
function greenSeries(column: 2 | 3, style: PointStyle, points?: (PointStyle | undefined)[], labelled = true): SeriesSpec {
  const header = column === 2 ? '2024 實績' : "2025 'target'";
  return {
    name: { ref: { row: 1, column }, cached: header },
    categories: { ref: range(1, 2, 5), cached: GREEN_ROWS.map((r) => r[0]) },
    values: { ref: range(column, 2, 5), cached: GREEN_ROWS.map((r) => r[column - 1] as number | null), formatCode: column === 2 ? 'General' : '#,##0.0' },
    ...(labelled ? { labelFormats: GREEN_FORMATS.map((r) => r[column - 2]!) } : {}),
    style,
    ...(points ? { points } : {}),
  };
}

const trendSeries: SeriesSpec = {
  name: { ref: { row: 1, column: 2 }, cached: '增速 %' },
  // Years: number cells, so the categories are a number reference.
  categories: { ref: range(1, 2, 6), cached: TREND_ROWS.map((r) => String(r[0])) },
  values: { ref: range(2, 2, 6), cached: TREND_ROWS.map((r) => r[1]), formatCode: '0.0' },
  // Given, but the chart shows no values: no labels are written.
  labelFormats: ['0.0"%"', '', '0.0"%"', '0"%"', '0.00"%"'],
  style: { fill: '0072B2' },
  points: [undefined, undefined, undefined, undefined, { fill: '56B4E9', dashedOutline: '0072B2' }],
};

const place = (row: number) => ({
  from: { column: 0, row, columnOffset: 0, rowOffset: 0 },
  to: { column: 6, row: row + 14, columnOffset: 12700, rowOffset: 0 },
});

const SPECS: NativeChartSpec[] = [
  {
    sheetName: GREEN,
    kind: 'bar',
    title: '綠色發展 <實績> & 目標',
    description: 'Column chart of 億元. 綠色發展 <實績> & 目標: 工業 A "約120.5" & 130',
    source: '來源：綠園區 <統計> & "年報"',
    categoryAxisTitle: '類別',
    valueAxisTitle: '億元',
    valueAxisFormat: '#,##0',
    // Points 0 and 3 are given their series' own look: they need no c:dPt.
    series: [
      greenSeries(2, { fill: '0072B2' }, [{ fill: '0072B2' }, { fill: 'D4D4D4', dashedOutline: '767676' }, undefined, { fill: '0072B2' }]),
      greenSeries(3, { fill: 'D55E00', hatched: true, dashedOutline: 'D55E00' }),
    ],
    showLegend: true,
    showValues: true,
    ...place(7),
  },
  // Unlabelled: its data labels show the bare number.
  {
    sheetName: GREEN,
    kind: 'hbar',
    title: "Ranking 'hbar'",
    description: "Bar chart. Ranking 'hbar'",
    source: "Source: 'hbar'",
    valueAxisFormat: 'General',
    series: [greenSeries(2, { fill: '009E73' }, undefined, false)],
    showLegend: false,
    showValues: true,
    ...place(22),
  },
  {
    sheetName: GREEN,
    kind: 'doughnut',
    title: '結構',
    description: '圓環圖。結構',
    source: '來源：結構',
    // A doughnut has no value axis: its format goes nowhere.
    valueAxisFormat: '0%',
    series: [greenSeries(2, { fill: '009E73' }, [{ fill: '009E73' }, { fill: '56B4E9' }, { fill: 'D55E00', hatched: true }, { fill: '767676' }])],
    showLegend: true,
    showValues: true,
    ...place(37),
  },
  {
    sheetName: TRENDS,
    kind: 'slope',
    title: '增速',
    description: '斜率圖：%。增速',
    source: '來源：增速',
    categoryAxisTitle: '年份',
    valueAxisTitle: '%',
    valueAxisFormat: '0.0%',
    series: [trendSeries],
    showLegend: false,
    showValues: false,
    ...place(8),
  },
];

// ───────────── reading the package back (through ./ooxml-reader) ─────────────

/** Schema sequences (ECMA-376 Part 1, dml-chart.xsd), as far as these charts use them. */
const SCHEMA: Record<string, string[]> = {
  'c:chartSpace': [
    'date1904',
    'lang',
    'roundedCorners',
    'AlternateContent',
    'style',
    'clrMapOvr',
    'pivotSource',
    'protection',
    'chart',
    'spPr',
    'txPr',
    'externalData',
    'printSettings',
    'userShapes',
    'extLst',
  ],
  'c:chart': [
    'title',
    'autoTitleDeleted',
    'pivotFmts',
    'view3D',
    'floor',
    'sideWall',
    'backWall',
    'plotArea',
    'legend',
    'plotVisOnly',
    'dispBlanksAs',
    'showDLblsOverMax',
    'extLst',
  ],
  'c:plotArea': ['layout', 'barChart', 'lineChart', 'doughnutChart', 'catAx', 'valAx', 'dTable', 'spPr', 'extLst'],
  'c:layout': ['manualLayout', 'extLst'],
  'c:manualLayout': ['layoutTarget', 'xMode', 'yMode', 'wMode', 'hMode', 'x', 'y', 'w', 'h', 'extLst'],
  'c:legend': ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  'c:barChart': ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'],
  'c:lineChart': ['grouping', 'varyColors', 'ser', 'dLbls', 'dropLines', 'hiLowLines', 'upDownBars', 'marker', 'smooth', 'axId', 'extLst'],
  'c:doughnutChart': ['varyColors', 'ser', 'dLbls', 'firstSliceAng', 'holeSize', 'extLst'],
  bar: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'],
  line: ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'smooth', 'extLst'],
  doughnut: ['idx', 'order', 'tx', 'spPr', 'explosion', 'dPt', 'dLbls', 'cat', 'val', 'extLst'],
  'c:dPt': ['idx', 'invertIfNegative', 'marker', 'bubble3D', 'explosion', 'spPr', 'pictureOptions', 'extLst'],
  'c:dLbls': [
    'dLbl',
    'delete',
    'numFmt',
    'spPr',
    'txPr',
    'dLblPos',
    'showLegendKey',
    'showVal',
    'showCatName',
    'showSerName',
    'showPercent',
    'showBubbleSize',
    'separator',
    'showLeaderLines',
    'leaderLines',
    'extLst',
  ],
  'c:dLbl': [
    'idx',
    'delete',
    'layout',
    'tx',
    'numFmt',
    'spPr',
    'txPr',
    'dLblPos',
    'showLegendKey',
    'showVal',
    'showCatName',
    'showSerName',
    'showPercent',
    'showBubbleSize',
    'separator',
    'extLst',
  ],
  'c:rich': ['bodyPr', 'lstStyle', 'p'],
  'a:p': ['pPr', 'r', 'br', 'fld', 'endParaRPr'],
  'c:catAx': [
    'axId',
    'scaling',
    'delete',
    'axPos',
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
    'crossAx',
    'crosses',
    'auto',
    'lblAlgn',
    'lblOffset',
    'tickLblSkip',
    'tickMarkSkip',
    'noMultiLvlLbl',
    'extLst',
  ],
  'c:valAx': [
    'axId',
    'scaling',
    'delete',
    'axPos',
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
    'crossAx',
    'crosses',
    'crossBetween',
    'majorUnit',
    'minorUnit',
    'dispUnits',
    'extLst',
  ],
};

/** The elements of SCHEMA checked wherever they occur in a chart (series by kind, separately). */
const ORDERED: QName[] = [
  'c:chartSpace',
  'c:chart',
  'c:plotArea',
  'c:layout',
  'c:manualLayout',
  'c:legend',
  'c:barChart',
  'c:lineChart',
  'c:doughnutChart',
  'c:catAx',
  'c:valAx',
  'c:dPt',
  'c:dLbls',
  'c:dLbl',
  'c:rich',
  'a:p',
];

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

/** What a data label shows besides its value: none of it. */
const FLAGS_OFF: QName[] = ['c:showLegendKey', 'c:showCatName', 'c:showSerName', 'c:showPercent', 'c:showBubbleSize'];

/** A manual layout's box (c:x, c:y, c:w, c:h), as fractions of the chart. */
function box(layout: Element): { x: number; y: number; w: number; h: number } {
  const manual = onlyChild(layout, 'c:manualLayout');
  const [x = NaN, y = NaN, w = NaN, h = NaN] = (['c:x', 'c:y', 'c:w', 'c:h'] as const).map((name) => Number(valOf(manual, name)));
  return { x, y, w, h };
}

/** The children of a chartDrawing (cdr:) element named `local`. */
const cdr = (element: Element, local: string): Element[] =>
  Array.from(element.childNodes).filter((n): n is Element => n.nodeType === n.ELEMENT_NODE && n.namespaceURI === CDR && n.localName === local);

/**
 * A chart's source line: its chart drawing part (c:userShapes, through the chart's relationship),
 * holding one text box anchored by fractions of the chart (top and bottom) and its text.
 */
async function sourceLine(
  pkg: OoxmlPackage,
  chart: { path: string; doc: Document },
): Promise<{ path: string; from: number; to: number; text: string } | undefined> {
  const userShapes = children(chart.doc.documentElement!, 'c:userShapes');
  if (userShapes.length === 0) return undefined;
  expect(userShapes, chart.path).toHaveLength(1);
  const rel = (await pkg.relationships(chart.path)).get(userShapes[0]!.getAttributeNS(NS.r, 'id') ?? '');
  expect(rel?.type, chart.path).toBe(USER_SHAPES_REL);
  const path = rel!.path!;
  const root = (await pkg.xml(path)).documentElement!;
  expect([root.namespaceURI, root.localName], path).toEqual([NS.c, 'userShapes']);
  const anchors = cdr(root, 'relSizeAnchor');
  expect(anchors, path).toHaveLength(1);
  const y = (corner: 'from' | 'to') => Number(textOf(onlyOf(cdr(onlyOf(cdr(anchors[0]!, corner), path), 'y'), path)));
  // A text box in a group of its own: Gnumeric skips the group, where a bare text box's text would open the next chart's title.
  const group = onlyOf(cdr(anchors[0]!, 'grpSp'), path);
  expect(cdr(anchors[0]!, 'sp'), path).toHaveLength(0);
  const shape = onlyOf(cdr(group, 'sp'), path);
  expect(onlyOf(cdr(onlyOf(cdr(shape, 'nvSpPr'), path), 'cNvSpPr'), path).getAttribute('txBox'), path).toBe('1');
  // The group and its shape have one box: the group's child extent maps onto its own, and the shape fills it.
  const xfrm = (element: Element) => elements(element, 'a:xfrm')[0]!;
  const sizeOf = (e: Element | undefined) => [Number(e?.getAttribute('cx')), Number(e?.getAttribute('cy'))];
  const groupXfrm = xfrm(onlyOf(cdr(group, 'grpSpPr'), path));
  const shapeXfrm = xfrm(onlyOf(cdr(shape, 'spPr'), path));
  const extent = sizeOf(children(groupXfrm, 'a:ext')[0]);
  expect(
    extent.every((n) => n > 0),
    path,
  ).toBe(true);
  expect(sizeOf(children(groupXfrm, 'a:chExt')[0]), path).toEqual(extent);
  expect(sizeOf(children(shapeXfrm, 'a:ext')[0]), path).toEqual(extent);
  return { path, from: y('from'), to: y('to'), text: elements(root, 'a:t').map(textOf).join('') };
}

function onlyOf(found: Element[], where: string): Element {
  expect(found, where).toHaveLength(1);
  return found[0]!;
}

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
    result = await addNativeCharts(source, SPECS, { language: 'zh-Hant', application: APPLICATION });
    pkg = await openPackage(result);
  });

  it('declares every chart, drawing and chart drawing part, and every relationship points at a part', async () => {
    const { overrides } = await pkg.contentTypes();
    const names = pkg.parts;
    expect(pkg.chartParts()).toHaveLength(SPECS.length);
    for (const name of names.filter((n) => CHART_PART.test(n))) expect(overrides.get(`/${name}`), name).toBe(CHART_CT);
    // A chart's source line is a drawing part of its own (c:userShapes), kept beside the sheets' drawings as Excel keeps it.
    const shapes = new Set<string>();
    for (const chart of pkg.chartParts()) for (const rel of (await pkg.relationships(chart)).values()) if (rel.type === USER_SHAPES_REL) shapes.add(rel.path!);
    expect(shapes.size).toBe(SPECS.length);
    const drawings = names.filter((n) => DRAWING_PART.test(n));
    // GREEN's and PLAIN's (exceljs's images), TRENDS' new one, and one per chart.
    expect(drawings).toHaveLength(3 + SPECS.length);
    for (const name of drawings) expect(overrides.get(`/${name}`), name).toBe(shapes.has(name) ? CHART_SHAPES_CT : DRAWING_CT);
    const relsParts = names.filter((n) => /^xl\/(worksheets|drawings|charts)\/_rels\/[^/]+\.rels$/u.test(n));
    expect(relsParts.length).toBeGreaterThanOrEqual(6 + SPECS.length);
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
      expect(corner(anchor, 'xdr:from'), spec.title).toEqual([
        xdr('col', spec.from.column),
        xdr('colOff', 0),
        xdr('row', spec.from.row),
        xdr('rowOff', spec.from.rowOffset),
      ]);
      expect(corner(anchor, 'xdr:to'), spec.title).toEqual([
        xdr('col', spec.to.column),
        xdr('colOff', spec.to.columnOffset),
        xdr('row', spec.to.row),
        xdr('rowOff', spec.to.rowOffset),
      ]);
      const graphicData = elements(anchor, 'a:graphicData');
      expect(
        graphicData.map((g) => g.getAttribute('uri')),
        spec.title,
      ).toEqual([NS.c]);
      // The chart reference declares its own namespaces, ahead of its r:id.
      const [reference] = elements(graphicData[0]!, 'c:chart');
      expect(attributeNames(reference!).slice(0, 3), spec.title).toEqual(['xmlns:c', 'xmlns:r', 'r:id']);
    }
    expect(await pkg.drawingOf(GREEN)).not.toBe(await pkg.drawingOf(TRENDS));
  });

  it("gives each chart's frame its title, and its description as alternative text", async () => {
    for (const spec of SPECS) {
      const drawingPath = await pkg.drawingOf(spec.sheetName);
      const chart = await pkg.chartTitled(spec.title);
      const relId = [...(await pkg.relationships(drawingPath))].find(([, r]) => r.path === chart.path)![0];
      const frame = elements(await pkg.xml(drawingPath), 'xdr:graphicFrame').find((f) => elements(f, 'c:chart')[0]?.getAttributeNS(NS.r, 'id') === relId)!;
      const cNvPr = elements(frame, 'xdr:cNvPr')[0]!;
      // Escaped as written, read back as given.
      expect([cNvPr.getAttribute('title'), cNvPr.getAttribute('descr')], spec.title).toEqual([spec.title, spec.description]);
    }
    expect(await pkg.text(await pkg.drawingOf(GREEN))).toContain(
      'descr="Column chart of 億元. 綠色發展 &lt;實績&gt; &amp; 目標: 工業 A &quot;約120.5&quot; &amp; 130"',
    );
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
    // TRENDS' years are number cells: a number reference; GREEN's categories are text.
    const kinds = async (title: string) => references(onlyChild(elements((await pkg.chartTitled(title)).doc, 'c:ser')[0]!, 'c:cat')).map((r) => r.kind);
    expect(await kinds(SPECS[3]!.title)).toEqual(['num']);
    expect(await kinds(SPECS[0]!.title)).toEqual(['str']);
  });

  it('labels each point with its value through its own number format, the qualifier and unit as literal text, not taken from a cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result as unknown as ExcelJS.Buffer);
    let labelled = 0;
    for (const spec of SPECS) {
      const { text: xml, doc } = await pkg.chartTitled(spec.title);
      // No "Value From Cells": no CELLRANGE field and no Office 2013 extension, whose text LibreOffice freezes at export.
      expect([...namespacesIn(doc.documentElement!)], spec.title).not.toContain(NS.c15);
      expect(elements(doc, 'a:fld'), spec.title).toHaveLength(0);
      expect(xml, spec.title).not.toContain('CELLRANGE');
      elements(doc, 'c:ser').forEach((ser, s) => {
        const where = `${spec.title} series ${s}`;
        const { labelFormats, values } = spec.series[s]!;
        if (!spec.showValues) {
          expect(children(ser, 'c:dLbls'), where).toHaveLength(0);
          return;
        }
        // Series-wide: the value in its cells' own format, shown, and nothing else.
        const dLbls = onlyChild(ser, 'c:dLbls');
        const seriesFormat = onlyChild(dLbls, 'c:numFmt');
        expect([seriesFormat.getAttribute('formatCode'), seriesFormat.getAttribute('sourceLinked')], where).toEqual([values.formatCode, '1']);
        expect(valOf(dLbls, 'c:showVal'), where).toBe('1');
        for (const flag of FLAGS_OFF) expect(valOf(dLbls, flag), `${where} ${flag}`).toBe('0');

        // Per point: its own format, the same as its cell's, not linked to the cell's format.
        const points = children(dLbls, 'c:dLbl');
        if (labelFormats === undefined) {
          expect(points, where).toHaveLength(0);
          return;
        }
        expect(
          points.map((p) => Number(valOf(p, 'c:idx'))),
          where,
        ).toEqual(labelFormats.flatMap((format, i) => (format === '' ? [] : [i])));
        for (const point of points) {
          const idx = Number(valOf(point, 'c:idx'));
          const at = `${where} point ${idx}`;
          expect(childNames(point)[0], at).toBe('idx');
          const format = onlyChild(point, 'c:numFmt');
          expect([format.getAttribute('formatCode'), format.getAttribute('sourceLinked')], at).toEqual([labelFormats[idx], '0']);
          expect(workbook.getWorksheet(spec.sheetName)!.getCell(values.ref.firstRow + idx, values.ref.column).numFmt, at).toBe(labelFormats[idx]);
          // The number itself, not a text of its own: it follows an edit of the value.
          expect(children(point, 'c:tx'), at).toHaveLength(0);
          expect(valOf(point, 'c:showVal'), at).toBe('1');
          for (const flag of FLAGS_OFF) expect(valOf(point, flag), `${at} ${flag}`).toBe('0');
          expect(valOf(point, 'c:dLblPos'), at).toBe(spec.kind === 'doughnut' ? undefined : 'outEnd');
          labelled += 1;
        }
      });
    }
    // The bar's two series (4 and 3 formats; "B & C" has no 2025 value) and the doughnut's 4.
    expect(labelled).toBe(4 + 3 + 4);
    const bar = (await pkg.chartTitled(SPECS[0]!.title)).text;
    expect(bar).toContain('<c:dLbl><c:idx val="2"/><c:numFmt formatCode="&quot;&lt;&quot;0.00&quot;&gt; &amp; 超&quot;" sourceLinked="0"/>');
    expect(bar).toContain(`<c:numFmt formatCode="&quot;E's &quot;0" sourceLinked="0"/>`);
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
      expect(
        oneCell.filter((a) => a.hasAttribute('editAs')),
        name,
      ).toHaveLength(0);
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
    GREEN_FORMATS.forEach((formats, r) =>
      formats.forEach((format, c) => {
        if (format !== '') expect(after.getWorksheet(GREEN)!.getCell(2 + r, 2 + c).numFmt, `row ${2 + r} column ${2 + c}`).toBe(format);
      }),
    );
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
    // Every label shows the value, through a format of its own where given.
    expect(bar).toMatch(/<c:dLbls>.*<c:showVal val="1"\/>.*<\/c:dLbls>/u);
    expect(bar).not.toContain('<c:showVal val="0"/>');
    expect(bar).toContain('<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="D55E00"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>');
    // Only the point that looks different from its series has a c:dPt (points 0 and 3 are given the series' own look).
    expect([...bar.matchAll(/<c:dPt><c:idx val="(\d+)"\/>/gu)].map((m) => m[1])).toEqual(['1']);
    expect(bar).toMatch(/<c:dPt><c:idx val="1"\/>.*?<a:srgbClr val="D4D4D4"\/>.*?<a:srgbClr val="767676"\/><\/a:solidFill><a:prstDash val="dash"\/>/u);
    expect(bar).toContain('<c:lang val="zh-Hant"/>');
    expect(bar).toContain('<a:rPr lang="zh-Hant" sz="1400" b="1"/><a:t>綠色發展 &lt;實績&gt; &amp; 目標</a:t>');
    expect(bar).toMatch(/<c:catAx>.*<a:t>類別<\/a:t>.*<\/c:catAx><c:valAx>.*<a:t>億元<\/a:t>/u);
    expect(bar).toMatch(/<c:catAx>.*<c:numFmt formatCode="General" sourceLinked="1"\/><c:majorTickMark.*<\/c:catAx>/u);
    // The value axis has a format of its own: the cells' formats carry qualifier and unit, which ticks must not.
    expect(bar).toMatch(/<c:valAx>.*<c:numFmt formatCode="#,##0" sourceLinked="0"\/><c:majorTickMark.*<\/c:valAx>/u);
    expect(bar).toContain(`<c:f>'綠色 發展''s'!$C$2:$C$5</c:f><c:numCache><c:formatCode>#,##0.0</c:formatCode>`);
    expect(bar).toContain(`<c:cat><c:strRef><c:f>'綠色 發展''s'!$A$2:$A$5</c:f>`);

    const hbar = (await pkg.chartTitled(SPECS[1]!.title)).text;
    expect(hbar).toContain('<c:barDir val="bar"/>');
    expect(hbar).toMatch(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<\/c:catAx><c:valAx>.*<c:crosses val="max"\/>/u);
    expect(hbar).not.toContain('<c:legend>');
    expect(hbar).toMatch(/<c:dLbls><c:numFmt formatCode="General" sourceLinked="1"\/>.*<c:showVal val="1"\/>/u);
    expect(hbar).toMatch(/<c:valAx>.*<c:numFmt formatCode="General" sourceLinked="0"\/>.*<\/c:valAx>/u);
    expect(hbar).not.toContain('<c:dLbl>');
    expect(hbar).not.toContain('c15:');

    const doughnut = (await pkg.chartTitled(SPECS[2]!.title)).text;
    expect(doughnut).toContain('<c:doughnutChart><c:varyColors val="1"/>');
    expect(doughnut).toContain('<c:holeSize val="50"/>');
    // Every slice its own colour: varyColors would let the reader pick theme colours otherwise.
    expect(doughnut.match(/<c:dPt>/gu)).toHaveLength(4);
    expect(doughnut).not.toContain('<c:catAx>');
    expect(doughnut).not.toContain('<c:valAx>');
    expect(doughnut).not.toContain('<c:dLblPos');

    const line = (await pkg.chartTitled(SPECS[3]!.title)).text;
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
    expect(line).toContain('<c:marker><c:symbol val="circle"/>');
    // A slope's one line is drawn heavier than a line through many points (3 pt).
    expect(line).toContain('<a:ln w="38100" cap="rnd"><a:solidFill><a:srgbClr val="0072B2"/>');
    expect([...line.matchAll(/<c:dPt><c:idx val="(\d+)"\/>/gu)].map((m) => m[1])).toEqual(['4']);
    expect(line).toMatch(/<c:dPt><c:idx val="4"\/><c:marker><c:symbol val="circle"\/><c:size val="\d+"\/><c:spPr><a:solidFill><a:srgbClr val="56B4E9"\/>/u);
    expect(line).not.toContain('<c:dLbls>');
    expect(line).not.toContain('c15:');
    expect(line).not.toContain('<c:legend>');
    expect(line).toMatch(/<c:valAx>.*<c:numFmt formatCode="0\.0%" sourceLinked="0"\/>.*<\/c:valAx>/u);
    // Years as numbers.
    expect(line).toContain(
      `<c:cat><c:numRef><c:f>'Trends &amp; &lt;notes&gt;'!$A$2:$A$6</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="5"/><c:pt idx="0"><c:v>2019</c:v></c:pt>`,
    );
    // 2020 has no value: no cached point 1, but five points counted.
    expect(line).toMatch(
      /<c:val><c:numRef>.*?<c:numCache><c:formatCode>0\.0<\/c:formatCode><c:ptCount val="5"\/><c:pt idx="0"><c:v>3\.2<\/c:v><\/c:pt><c:pt idx="2">/u,
    );
  });

  it("starts a bar's value axis at zero, toward the side its values lie on; a slope keeps the reader's own scale", async () => {
    const axesOf = async (out: OoxmlPackage, title: string) => valueAxes((await out.chartTitled(title)).doc);
    // Values from 0 to 120.5: the bars stand on zero, whatever the reader's own scale would start at.
    expect(await axesOf(pkg, SPECS[0]!.title)).toEqual([{ orientation: 'minMax', min: 0, max: undefined }]);
    expect(await axesOf(pkg, SPECS[1]!.title)).toEqual([{ orientation: 'minMax', min: 0, max: undefined }]);
    expect(await axesOf(pkg, SPECS[3]!.title)).toEqual([{ orientation: 'minMax', min: undefined, max: undefined }]);
    expect(await axesOf(pkg, SPECS[2]!.title)).toEqual([]);

    const withValues = (title: string, kind: NativeChartSpec['kind'], cached: (number | null)[]): NativeChartSpec => {
      const series = greenSeries(2, { fill: '0072B2' });
      return { ...SPECS[1]!, kind, title, series: [{ ...series, values: { ...series.values, cached } }] };
    };
    const specs = [
      withValues('Losses', 'hbar', [-3, -1.5, null, 0]),
      withValues('Gains and losses', 'bar', [-3, 2, null, 1]),
      withValues('Parts', 'stacked', [24, 20, null, 1]),
      withValues('Panel', 'multiples', [24, 20, 22, 21]),
    ];
    const out = await openPackage(await addNativeCharts(source, specs, { language: 'en', application: APPLICATION }));
    // All below zero: the bars hang from zero. On both sides: every reader's scale takes in zero by itself.
    expect(await axesOf(out, 'Losses')).toEqual([{ orientation: 'minMax', min: undefined, max: 0 }]);
    expect(await axesOf(out, 'Gains and losses')).toEqual([{ orientation: 'minMax', min: undefined, max: undefined }]);
    expect(await axesOf(out, 'Parts')).toEqual([{ orientation: 'minMax', min: 0, max: undefined }]);
    expect(await axesOf(out, 'Panel')).toEqual([{ orientation: 'minMax', min: 0, max: undefined }]);
  });

  it('writes a c:dPt only for a point that looks different from its series (Gnumeric crashes on a per-point marker)', async () => {
    const same = (style: PointStyle) => trendSeries.values.cached.map(() => ({ ...style }));
    const specs: NativeChartSpec[] = [
      { ...SPECS[3]!, title: 'Same line', series: [{ ...trendSeries, points: same(trendSeries.style) }] },
      {
        ...SPECS[0]!,
        title: 'Same bars',
        series: [
          greenSeries(
            2,
            { fill: 'D55E00', hatched: true },
            GREEN_ROWS.map(() => ({ fill: 'D55E00', hatched: true })),
          ),
        ],
      },
      // Differing by hatching alone, or by an outline alone, is different.
      {
        ...SPECS[3]!,
        title: 'Some points differ',
        series: [
          {
            ...trendSeries,
            points: [undefined, { fill: '0072B2' }, { fill: '0072B2', hatched: true }, { fill: '0072B2' }, { fill: '0072B2', dashedOutline: '0072B2' }],
          },
        ],
      },
    ];
    const out = await openPackage(await addNativeCharts(source, specs, { language: 'en', application: APPLICATION }));
    const pointsOf = async (title: string) => elements((await out.chartTitled(title)).doc, 'c:dPt').map((p) => Number(valOf(p, 'c:idx')));
    expect(await pointsOf('Same line')).toEqual([]);
    expect(await pointsOf('Same bars')).toEqual([]);
    expect(await pointsOf('Some points differ')).toEqual([2, 4]);
  });

  it('draws the source line inside each chart, in a chart drawing part of its own', async () => {
    const { overrides } = await pkg.contentTypes();
    const paths = new Set<string>();
    for (const spec of SPECS) {
      const chart = await pkg.chartTitled(spec.title);
      const line = await sourceLine(pkg, chart);
      expect(line?.text, spec.title).toBe(spec.source);
      expect(overrides.get(`/${line!.path}`), spec.title).toBe(CHART_SHAPES_CT);
      // Within the chart, at its bottom.
      expect(line!.from, spec.title).toBeGreaterThan(0.5);
      expect(line!.to, spec.title).toBeGreaterThan(line!.from);
      expect(line!.to, spec.title).toBeLessThanOrEqual(1);
      paths.add(line!.path);
    }
    expect(paths.size).toBe(SPECS.length);
    const first = await sourceLine(pkg, await pkg.chartTitled(SPECS[0]!.title));
    expect(await pkg.text(first!.path)).toContain('<a:t>來源：綠園區 &lt;統計&gt; &amp; &quot;年報&quot;</a:t>');
    expect(await pkg.text(first!.path)).toContain('lang="zh-Hant"');
  });

  it('draws no source line for a chart without one', async () => {
    const out = await openPackage(await addNativeCharts(source, [{ ...SPECS[3]!, source: '' }], { language: 'en', application: APPLICATION }));
    const [chart] = out.chartParts();
    expect(childNames((await out.xml(chart!)).documentElement!)).not.toContain('userShapes');
    expect((await out.relationships(chart!)).size).toBe(0);
    expect([...(await out.contentTypes()).overrides.values()]).not.toContain(CHART_SHAPES_CT);
  });

  it('places the plot area and the legend by hand, clear of each other and above the source line', async () => {
    for (const spec of SPECS) {
      const chart = await pkg.chartTitled(spec.title);
      const line = (await sourceLine(pkg, chart))!;
      const inside = (b: ReturnType<typeof box>) => b.x >= 0 && b.y >= 0 && b.w > 0 && b.h > 0 && b.x + b.w <= 1 && b.y + b.h <= 1;
      const plot = box(onlyChild(elements(chart.doc, 'c:plotArea')[0]!, 'c:layout'));
      expect(inside(plot), `${spec.title} plot ${JSON.stringify(plot)}`).toBe(true);
      // Room above for the title, and clear of the source line below.
      expect(plot.y, spec.title).toBeGreaterThan(0);
      expect(plot.y + plot.h, spec.title).toBeLessThanOrEqual(line.from);
      const legends = elements(chart.doc, 'c:legend');
      expect(legends, spec.title).toHaveLength(spec.showLegend ? 1 : 0);
      for (const legend of legends) {
        const place = box(onlyChild(legend, 'c:layout'));
        expect(inside(place), `${spec.title} legend ${JSON.stringify(place)}`).toBe(true);
        expect(place.y + place.h, spec.title).toBeLessThanOrEqual(line.from + 1e-9);
        // Right of the plot, or below it: never over it.
        expect(place.x >= plot.x + plot.w || place.y >= plot.y + plot.h, `${spec.title}: legend ${JSON.stringify(place)}, plot ${JSON.stringify(plot)}`).toBe(
          true,
        );
      }
    }
    // The column chart's category axis title goes under the plot, its value axis title turned left of it: each has room there.
    const bar = await pkg.chartTitled(SPECS[0]!.title);
    const { plot, legend } = await pkg.placement(bar.path);
    expect(legend!.y - (plot!.y + plot!.h)).toBeGreaterThanOrEqual((10 * 1.25 * 1.5) / 270);
    expect(plot!.x).toBeGreaterThanOrEqual((10 * 1.25) / 510);
    // Without axis titles the plot takes that room.
    const hbar = await pkg.placement((await pkg.chartTitled(SPECS[1]!.title)).path);
    expect(hbar.plot!.x).toBeLessThan(plot!.x);
    expect(hbar.plot!.y + hbar.plot!.h).toBeGreaterThan(legend!.y);
  });

  it('moves the label of a stacked part too small for it out of the bar, above it, the next such part of the bar below it', async () => {
    // 工業 A 120.5 + 130, B & C 80, <D> 95.25 + 100, E's 0 + 12: "E's 0" and "12戶以上" do not fit their parts.
    const stacked: NativeChartSpec = {
      ...SPECS[0]!,
      kind: 'stacked',
      title: 'Parts',
      series: [greenSeries(2, { fill: '0072B2' }), greenSeries(3, { fill: 'E69F00' })],
    };
    const out = await openPackage(await addNativeCharts(source, [stacked], { language: 'en', application: APPLICATION }));
    const { doc, text } = await out.chartTitled('Parts');
    const moved = elements(doc, 'c:ser').map((ser) =>
      children(onlyChild(ser, 'c:dLbls'), 'c:dLbl').flatMap((label) => {
        const layout = children(label, 'c:layout')[0];
        if (!layout) return [];
        const manual = onlyChild(layout, 'c:manualLayout');
        return [{ idx: Number(valOf(label, 'c:idx')), x: Number(valOf(manual, 'c:x')), y: Number(valOf(manual, 'c:y')) }];
      }),
    );
    expect(moved.map((labels) => labels.map((l) => l.idx))).toEqual([[3], [3]]);
    const [above, below] = [moved[0]![0]!, moved[1]![0]!];
    expect(above.y).toBeLessThan(0);
    expect(below.y).toBeCloseTo(-above.y, 9);
    for (const label of [above, below]) expect(label.x).toBeGreaterThan(0);
    // Still labelled through its own format, centred, now with a layout first; no leader line back to the part.
    expect(text).toContain('<c:dLbl><c:idx val="3"/><c:layout><c:manualLayout><c:x val=');
    for (const ser of elements(doc, 'c:ser')) expect(valOf(onlyChild(ser, 'c:dLbls'), 'c:showLeaderLines')).toBe('0');
    for (const label of elements(doc, 'c:dLbl')) expectSchemaOrder(childNames(label), SCHEMA['c:dLbl']!, 'c:dLbl');
  });

  it('sets dc:language, replacing any there was, and names the application in app.xml', async () => {
    const languages = async (p: OoxmlPackage) => elements(await p.xml('docProps/core.xml'), 'dc:language').map(textOf);
    const applications = async (p: OoxmlPackage) => [...(await p.text('docProps/app.xml')).matchAll(/<Application>([^<]*)<\/Application>/gu)].map((m) => m[1]);
    expect(await languages(pkg)).toEqual(['zh-Hant']);
    expect(await applications(pkg)).toEqual(['Lüyuan &lt;Report&gt; &amp; Co']);
    const again = await openPackage(await addNativeCharts(result, [], { language: 'en', application: 'Other' }));
    expect(await languages(again)).toEqual(['en']);
    expect(await applications(again)).toEqual(['Other']);
    expect(again.chartParts()).toHaveLength(SPECS.length);
  });

  it('corrects what exceljs writes: row breaks to the last column, and links inside the workbook without a relationship', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Links');
    workbook.addWorksheet("Other 's");
    sheet.getCell('A1').value = { text: 'inside', hyperlink: "'Other ''s'!A1" };
    sheet.getCell('A2').value = { text: 'outside', hyperlink: 'https://example.com/' };
    sheet.getRow(3).addPageBreak();
    const written = new Uint8Array(await workbook.xlsx.writeBuffer());
    // What exceljs writes, which these correct.
    const before = await openPackage(written);
    const part = await before.sheetPart('Links');
    expect(elements(await before.xml(part), 'x:brk').map((b) => b.getAttribute('max'))).toEqual(['16838']);
    expect([...(await before.relationships(part)).values()].map((r) => r.target)).toEqual(["'Other ''s'!A1", 'https://example.com/']);

    const after = await openPackage(await addNativeCharts(written, [], { language: 'en', application: APPLICATION }));
    const doc = await after.xml(part);
    expect(elements(doc, 'x:brk').map((b) => [b.getAttribute('id'), b.getAttribute('max')])).toEqual([['3', '16383']]);
    const links = elements(doc, 'x:hyperlink');
    expect(links.map((l) => [l.getAttribute('ref'), l.getAttribute('location'), l.hasAttributeNS(NS.r, 'id')])).toEqual([
      ['A1', "'Other ''s'!A1", false],
      ['A2', null, true],
    ]);
    // The link out of the workbook keeps its relationship; the one inside has none, not a "file" named like a cell.
    const rels = await after.relationships(part);
    expect([...rels.values()].map((r) => [r.target, r.external])).toEqual([['https://example.com/', true]]);
    expect(rels.get(links[1]!.getAttributeNS(NS.r, 'id')!)?.target).toBe('https://example.com/');
  });

  it('accepts a chart with no values at all', async () => {
    const empty = {
      ...SPECS[3]!,
      title: 'Nothing yet',
      series: [{ ...trendSeries, values: { ...trendSeries.values, cached: [null, null, null, null, null] } }],
    };
    const out = await openPackage(await addNativeCharts(source, [empty], { language: 'en', application: APPLICATION }));
    expect(await out.text('xl/charts/chart1.xml')).toContain('<c:ptCount val="5"/></c:numCache>');
  });

  describe('rejects, naming the chart,', () => {
    const bad = (patch: Partial<NativeChartSpec>): NativeChartSpec[] => [SPECS[0]!, { ...SPECS[1]!, title: 'Broken «chart»', ...patch }];
    const base = greenSeries(2, { fill: '0072B2' });
    const properties = { language: 'en', application: APPLICATION };

    it('a sheet that is not in the workbook', async () => {
      await expect(addNativeCharts(source, bad({ sheetName: 'Missing' }), properties)).rejects.toThrow(
        /Broken «chart».*sheet "Missing" is not in the workbook/u,
      );
    });

    it('cached values or categories that do not fit their range', async () => {
      const shortValues = { ...base, values: { ...base.values, cached: [1, 2, 3] } };
      await expect(addNativeCharts(source, bad({ series: [shortValues] }), properties)).rejects.toThrow(
        /Broken «chart».*3 cached values for a range of 4 cells/u,
      );
      const longCategories = { ...base, categories: { ...base.categories, cached: ['a', 'b', 'c', 'd', 'e'] } };
      await expect(addNativeCharts(source, bad({ series: [longCategories] }), properties)).rejects.toThrow(
        /Broken «chart».*5 cached categories for a range of 4 cells/u,
      );
    });

    it('label formats that are not one per value', async () => {
      const short = { ...base, labelFormats: ['0', '0'] };
      await expect(addNativeCharts(source, bad({ series: [short] }), properties)).rejects.toThrow(/Broken «chart».*2 label formats for a range of 4 cells/u);
      const long = { ...base, labelFormats: ['0', '0', '0', '0', '0'] };
      await expect(addNativeCharts(source, bad({ series: [long] }), properties)).rejects.toThrow(/Broken «chart».*5 label formats for a range of 4 cells/u);
    });

    it('an empty series list', async () => {
      await expect(addNativeCharts(source, bad({ series: [] }), properties)).rejects.toThrow(/Broken «chart».*no series/u);
    });
  });
});
