import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec, ColumnRange, PointStyle, SeriesSpec } from '../../electron/services/report/chart-spec';
import { addNativeCharts } from '../../electron/services/report/native-charts';

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
  { sheetName: TRENDS, kind: 'line', title: '增速', categoryAxisTitle: '年份', valueAxisTitle: '%', series: [trendSeries], showLegend: false, showValues: false, ...place(8) },
];

// ───────────── reading the package back ─────────────

type Package = { zip: JSZip; text: (path: string) => Promise<string> };

async function open(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    zip,
    text: async (path) => {
      const file = zip.file(path);
      if (!file) throw new Error(`missing ${path}`);
      return file.async('string');
    },
  };
}

const unescapeXml = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

function attr(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1];
  return value === undefined ? undefined : unescapeXml(value);
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolve(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//u, '').split('/')) {
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** rId → package path, for the relationships of one part. */
async function relationships(pkg: Package, part: string): Promise<Map<string, { type: string; path: string }>> {
  const xml = await pkg.text(relsPathOf(part));
  const rels = new Map<string, { type: string; path: string }>();
  for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/gu)) rels.set(attr(tag, 'Id')!, { type: attr(tag, 'Type')!, path: resolve(part, attr(tag, 'Target')!) });
  return rels;
}

async function sheetPart(pkg: Package, name: string): Promise<string> {
  const workbook = await pkg.text('xl/workbook.xml');
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/gu)].map((m) => m[0]).find((t) => attr(t, 'name') === name);
  return (await relationships(pkg, 'xl/workbook.xml')).get(attr(tag!, 'r:id')!)!.path;
}

/** The drawing of a sheet, through its single <drawing r:id>. */
async function drawingOf(pkg: Package, sheet: string): Promise<string> {
  const part = await sheetPart(pkg, sheet);
  const tags = [...(await pkg.text(part)).matchAll(/<drawing\b[^>]*>/gu)];
  expect(tags, sheet).toHaveLength(1);
  return (await relationships(pkg, part)).get(attr(tags[0]![0], 'r:id')!)!.path;
}

/** The chart part whose title is `title`. */
async function chartTitled(pkg: Package, title: string): Promise<{ path: string; xml: string }> {
  for (const path of chartPaths(pkg)) {
    const xml = await pkg.text(path);
    const text = /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/u.exec(xml)?.[1];
    if (text !== undefined && unescapeXml(text) === title) return { path, xml };
  }
  throw new Error(`no chart titled ${title}`);
}

function chartPaths(pkg: Package): string[] {
  return Object.keys(pkg.zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/u.test(n));
}

/** The local names of an element's direct children, in document order. */
function childNames(xml: string, start: number): string[] {
  const tags = /<(\/?)(?:[\w]+:)?([\w]+)\b[^>]*?(\/?)>/gu;
  tags.lastIndex = start;
  const names: string[] = [];
  let depth = 0;
  for (let m = tags.exec(xml); m !== null; m = tags.exec(xml)) {
    const [, closing, name, selfClosing] = m;
    if (closing) {
      depth -= 1;
      if (depth === 0) break;
    } else {
      if (depth === 1) names.push(name!);
      if (!selfClosing) depth += 1;
    }
  }
  return names;
}

/** Starts of every element named `name` (with its prefix). */
function elementStarts(xml: string, name: string): number[] {
  return [...xml.matchAll(new RegExp(`<${name}[\\s>/]`, 'gu'))].map((m) => m.index);
}

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

/** Every reference in a chart with its cached points: idx → text. */
function references(chartXml: string): { formula: string; kind: 'str' | 'num'; count: number; points: Map<number, string> }[] {
  return [...chartXml.matchAll(/<c:(str|num)Ref><c:f>([^<]*)<\/c:f><c:\1Cache>([\s\S]*?)<\/c:\1Cache>/gu)].map((m) => {
    const cache = m[3]!;
    const points = new Map([...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/gu)].map((p) => [Number(p[1]), unescapeXml(p[2]!)] as const));
    return { formula: unescapeXml(m[2]!), kind: m[1] as 'str' | 'num', count: Number(/<c:ptCount val="(\d+)"\/>/u.exec(cache)?.[1]), points };
  });
}

/** A series' c15:datalabelsRange: its formula and cached points, idx → text. */
function labelsRangeOf(seriesXml: string): { formula: string; count: number; points: Map<number, string> } | undefined {
  const m = /<c15:datalabelsRange><c15:f>([^<]*)<\/c15:f><c15:dlblRangeCache>([\s\S]*?)<\/c15:dlblRangeCache><\/c15:datalabelsRange>/u.exec(seriesXml);
  if (!m) return undefined;
  const cache = m[2]!;
  const points = new Map([...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/gu)].map((p) => [Number(p[1]), unescapeXml(p[2]!)] as const));
  return { formula: unescapeXml(m[1]!), count: Number(/<c:ptCount val="(\d+)"\/>/u.exec(cache)?.[1]), points };
}

// ───────────── tests ─────────────

describe('addNativeCharts', () => {
  let source: Uint8Array;
  let result: Buffer;
  let pkg: Package;

  beforeAll(async () => {
    source = await sourceWorkbook();
    result = await addNativeCharts(source, SPECS, { language: 'zh-Hant' });
    pkg = await open(result);
  });

  it('declares every chart and drawing part, and every relationship points at a part', async () => {
    const types = await pkg.text('[Content_Types].xml');
    const overrides = new Map([...types.matchAll(/<Override\b[^>]*>/gu)].map(([tag]) => [attr(tag, 'PartName')!, attr(tag, 'ContentType')!]));
    const names = Object.keys(pkg.zip.files);
    expect(chartPaths(pkg)).toHaveLength(SPECS.length);
    for (const name of names.filter((n) => /^xl\/charts\/chart\d+\.xml$/u.test(n))) expect(overrides.get(`/${name}`), name).toBe(CHART_CT);
    for (const name of names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/u.test(n))) expect(overrides.get(`/${name}`), name).toBe(DRAWING_CT);
    const relsParts = names.filter((n) => /^xl\/(worksheets|drawings)\/_rels\/[^/]+\.rels$/u.test(n));
    expect(relsParts.length).toBeGreaterThanOrEqual(6);
    for (const rels of relsParts) {
      const part = rels.replace('_rels/', '').replace(/\.rels$/u, '');
      for (const [id, { path }] of await relationships(pkg, part)) expect(pkg.zip.file(path), `${rels} ${id} → ${path}`).not.toBeNull();
    }
  });

  it("anchors each chart where asked, through its sheet's single drawing", async () => {
    for (const spec of SPECS) {
      const drawingPath = await drawingOf(pkg, spec.sheetName);
      const drawing = await pkg.text(drawingPath);
      const rels = await relationships(pkg, drawingPath);
      const chart = await chartTitled(pkg, spec.title);
      const relId = [...rels].find(([, r]) => r.path === chart.path)?.[0];
      expect(relId, spec.title).toBeDefined();
      const anchor = drawing.split('</xdr:twoCellAnchor>').find((a) => a.includes(`r:id="${relId!}"`));
      expect(anchor, spec.title).toContain(`<xdr:from><xdr:col>${spec.from.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.from.row}</xdr:row>`);
      expect(anchor).toContain(`<xdr:to><xdr:col>${spec.to.column}</xdr:col><xdr:colOff>${spec.to.columnOffset}</xdr:colOff><xdr:row>${spec.to.row}</xdr:row>`);
      expect(anchor).toContain('<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">');
      expect(anchor).toMatch(/<c:chart xmlns:c="[^"]+" xmlns:r="[^"]+" r:id=/u);
    }
    expect(await drawingOf(pkg, GREEN)).not.toBe(await drawingOf(pkg, TRENDS));
  });

  it('puts a new <drawing> among the worksheet children where the schema wants it', async () => {
    const xml = await pkg.text(await sheetPart(pkg, TRENDS));
    const at = xml.indexOf('<drawing ');
    expect(at).toBeGreaterThan(xml.lastIndexOf('</conditionalFormatting>'));
    expect(at).toBeLessThan(xml.indexOf('<tableParts'));
    expect(at).toBeLessThan(xml.indexOf('<legacyDrawing '));
  });

  it('refers every series to cells that hold exactly the cached values', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result as unknown as ExcelJS.Buffer);
    let checked = 0;
    for (const path of chartPaths(pkg)) {
      for (const ref of references(await pkg.text(path))) {
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
      const { xml } = await chartTitled(pkg, spec.title);
      const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/gu)].map((m) => m[1]!);
      const fieldIds: string[] = [];
      series.forEach((ser, s) => {
        const { labels } = spec.series[s]!;
        if (!spec.showValues || labels === undefined) {
          expect(ser, `${spec.title} series ${s}`).not.toMatch(/c15:|<c:dLbl>|CELLRANGE/u);
          return;
        }
        // The series names the label cells (its extLst, the last child) and caches their text.
        const range = labelsRangeOf(ser);
        expect(range, `${spec.title} series ${s}`).toBeDefined();
        const { sheet, column, first, last } = parseRef(range!.formula);
        expect(sheet).toBe(spec.sheetName);
        expect(range!.count).toBe(last - first + 1);
        expect(range!.count).toBe(spec.series[s]!.values.cached.length);
        for (let row = first; row <= last; row += 1) {
          expect(range!.points.get(row - first), `${range!.formula} row ${row}`).toBe(workbook.getWorksheet(sheet)!.getCell(`${column}${row}`).text);
        }
        expect([...range!.points.values()]).toEqual(labels.cached);
        expect(ser).toMatch(/<\/c:val>(?:<c:smooth val="0"\/>)?<c:extLst><c:ext uri="\{02D57815-91ED-43cb-92C2-25804820EDAC\}" xmlns:c15="http:\/\/schemas\.microsoft\.com\/office\/drawing\/2012\/chart"><c15:datalabelsRange>/u);

        // Series-wide: the range shown, the bare value not.
        const dLbls = /<c:dLbls>([\s\S]*)<\/c:dLbls>/u.exec(ser)![1]!;
        const own = dLbls.replace(/<c:dLbl>[\s\S]*?<\/c:dLbl>/gu, '');
        expect(own).toContain('<c:showVal val="0"/>');
        expect(own).toContain('<c:ext uri="{CE6537A1-D6FC-4f65-9D91-7224C49458BB}" xmlns:c15="http://schemas.microsoft.com/office/drawing/2012/chart"><c15:showDataLabelsRange val="1"/></c:ext>');

        // Per point, for readers that take the label's own text (LibreOffice, Excel 2010): one CELLRANGE
        // field holding the cell's text, the same as the range cache.
        const points = [...dLbls.matchAll(/<c:dLbl><c:idx val="(\d+)"\/>([\s\S]*?)<\/c:dLbl>/gu)];
        expect(points.map((m) => Number(m[1])), spec.title).toEqual(labels.cached.flatMap((text, i) => (text === '' ? [] : [i])));
        for (const [, idx, body] of points) {
          const fields = [...body!.matchAll(/<a:fld id="([^"]+)" type="CELLRANGE">[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:fld>/gu)];
          expect(fields, `${spec.title} point ${idx}`).toHaveLength(1);
          expect(unescapeXml(fields[0]![2]!)).toBe(labels.cached[Number(idx)]);
          expect(fields[0]![1]).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/u);
          fieldIds.push(fields[0]![1]!);
          expect(body).not.toContain('<a:r>');
          expect(body).toContain('<c:showVal val="0"/>');
          expect(body).toContain('<c15:dlblFieldTable/><c15:showDataLabelsRange val="1"/>');
          labelled += 1;
        }
      });
      expect(new Set(fieldIds).size, `${spec.title}: field ids distinct`).toBe(fieldIds.length);
    }
    // The bar's two series (4 and 3 texts; "B & C" has no 2025 value) and the doughnut's 4.
    expect(labelled).toBe(4 + 3 + 4);
    const bar = (await chartTitled(pkg, SPECS[0]!.title)).xml;
    expect(bar).toContain(`<c15:f>'綠色 發展''s'!$D$2:$D$5</c15:f>`);
    expect(bar).toContain('<c:pt idx="2"><c:v>&lt;95.25&gt; &amp; 超</c:v></c:pt>');
    expect(bar).toContain('<a:t>&lt;95.25&gt; &amp; 超</a:t>');
  });

  it("keeps the exceljs image and merges the charts into the image's drawing", async () => {
    const drawingPath = await drawingOf(pkg, GREEN);
    const drawing = await pkg.text(drawingPath);
    expect(drawing.match(/<xdr:pic>/gu)).toHaveLength(1);
    expect(drawing.match(/<xdr:graphicFrame /gu)).toHaveLength(3);
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/gu)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(4);
    const types = [...(await relationships(pkg, drawingPath)).values()].map((r) => r.type.split('/').pop());
    expect(types.sort()).toEqual(['chart', 'chart', 'chart', 'image']);
    for (const name of Object.keys(pkg.zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/u.test(n))) {
      expect(await pkg.text(name), name).not.toMatch(/<xdr:oneCellAnchor[^>]*editAs/u);
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
      const { xml } = await chartTitled(pkg, spec.title);
      const seriesSchema = SCHEMA[spec.kind === 'hbar' ? 'bar' : spec.kind]!;
      for (const element of ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:barChart', 'c:lineChart', 'c:doughnutChart', 'c:catAx', 'c:valAx', 'c:dPt', 'c:dLbls', 'c:dLbl', 'c:rich', 'a:p', 'a:fld', 'c:extLst', 'c:ext', 'c15:datalabelsRange', 'c15:dlblRangeCache']) {
        for (const start of elementStarts(xml, element)) expectSchemaOrder(childNames(xml, start), SCHEMA[element]!, `${spec.title} ${element}`);
      }
      const series = elementStarts(xml, 'c:ser');
      expect(series, spec.title).toHaveLength(spec.series.length);
      for (const start of series) expectSchemaOrder(childNames(xml, start), seriesSchema, `${spec.title} c:ser`);
    }
  });

  it('draws each kind as asked', async () => {
    const bar = (await chartTitled(pkg, SPECS[0]!.title)).xml;
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

    const hbar = (await chartTitled(pkg, SPECS[1]!.title)).xml;
    expect(hbar).toContain('<c:barDir val="bar"/>');
    expect(hbar).toMatch(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<\/c:catAx><c:valAx>.*<c:crosses val="max"\/>/u);
    expect(hbar).not.toContain('<c:legend>');
    expect(hbar).toMatch(/<c:dLbls><c:numFmt formatCode="General" sourceLinked="1"\/>.*<c:showVal val="1"\/>/u);
    expect(hbar).not.toContain('<c:dLbl>');
    expect(hbar).not.toContain('c15:');

    const doughnut = (await chartTitled(pkg, SPECS[2]!.title)).xml;
    expect(doughnut).toContain('<c:doughnutChart><c:varyColors val="1"/>');
    expect(doughnut).toContain('<c:holeSize val="50"/>');
    expect(doughnut.match(/<c:dPt>/gu)).toHaveLength(4);
    expect(doughnut).not.toContain('<c:catAx>');
    expect(doughnut).not.toContain('<c:dLblPos');

    const line = (await chartTitled(pkg, SPECS[3]!.title)).xml;
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
    expect(line).toContain('<c:marker><c:symbol val="circle"/>');
    expect(line).toContain('<a:ln w="22225" cap="rnd"><a:solidFill><a:srgbClr val="0072B2"/>');
    expect(line).toMatch(/<c:dPt><c:idx val="4"\/><c:marker><c:symbol val="circle"\/><c:size val="\d+"\/><c:spPr><a:solidFill><a:srgbClr val="56B4E9"\/>/u);
    expect(line).not.toContain('<c:dLbls>');
    expect(line).not.toContain('c15:');
    expect(line).not.toContain('<c:legend>');
    // 2020 has no value: no cached point 1, but five points counted.
    expect(line).toMatch(/<c:numCache><c:formatCode>0\.0<\/c:formatCode><c:ptCount val="5"\/><c:pt idx="0"><c:v>3\.2<\/c:v><\/c:pt><c:pt idx="2">/u);
  });

  it('sets dc:language, replacing any there was', async () => {
    expect((await pkg.text('docProps/core.xml')).match(/<dc:language>[^<]*<\/dc:language>/gu)).toEqual(['<dc:language>zh-Hant</dc:language>']);
    const again = await open(await addNativeCharts(result, [], { language: 'en' }));
    expect((await again.text('docProps/core.xml')).match(/<dc:language>[^<]*<\/dc:language>/gu)).toEqual(['<dc:language>en</dc:language>']);
    expect(chartPaths(again)).toHaveLength(SPECS.length);
  });

  it('accepts a chart with no values at all', async () => {
    const empty = { ...SPECS[3]!, title: 'Nothing yet', series: [{ ...trendSeries, values: { ...trendSeries.values, cached: [null, null, null, null, null] } }] };
    const out = await open(await addNativeCharts(source, [empty], { language: 'en' }));
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
