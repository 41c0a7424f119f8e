import type { Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { axisModels } from '../../electron/common/charts/axes';
import { evaluate, type Calc } from '../../electron/common/charts/calc';
import { KINDS, type NativeKind } from '../../electron/common/charts/kinds';
import type { ChartModel, Point, TableRow } from '../../electron/common/charts/model';
import { besideLines } from '../../electron/common/charts/notes';
import { chartsOf, chartsOnPage } from '../../electron/common/charts/registry';
import type { Dataset, Source } from '../../electron/common/dataset';
import { figureColumns } from '../../electron/common/figure-columns';
import { formatFigure, formatPeriod, qualifierLabel, unitLabel } from '../../electron/common/format';
import { LANGS, type Lang } from '../../electron/common/i18n/languages';
import { t } from '../../electron/common/i18n/messages';
import { profile } from '../../electron/common/i18n/profiles';
import { QUALIFIERS, STATUSES } from '../../electron/common/vocabulary';
import { MIN_SCALE, pageStarts, planPrint } from '../../electron/services/workbook/print-layout';
import { APPLICATION, buildReport, type BuiltReport } from '../../electron/services/workbook/report';
import { TAIWAN_WORDS } from '../../scripts/zh-hans.mjs';
import { rawDataset } from './helpers';
import { children, elements, is, NS, onlyChild, openPackage, references, textOf, valOf, type OoxmlPackage } from './ooxml-reader';
import { EXPORTED_AT, loadedReport, nativeChartModels, parseRef, readBack, reportFor, text, unescapeXml, unzip } from './report-helpers';

const dataset = loadedReport();
/** What each native kind's chart part says it is: a new native kind needs its line here. */
const PLOT_OF: Record<NativeKind, string> = {
  bar: '<c:barDir val="col"/>',
  hbar: '<c:barDir val="bar"/>',
  stacked: '<c:grouping val="stacked"/>',
  slope: '<c:lineChart>',
  multiples: '<c:barDir val="col"/>',
  doughnut: '<c:doughnutChart>',
};

/** The font every cell is named with, one its language's Office users have. */
const FONT: Record<Lang, string> = { 'zh-Hant': 'Microsoft JhengHei', 'zh-Hans': 'Microsoft YaHei', en: 'Calibri' };

const CHART_SHAPES_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml';
/** The chartDrawing namespace of a chart's own shapes (c:userShapes), which ./ooxml-reader does not name. */
const CDR = 'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing';

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push(rowAt(sheet, row.number)));
  return rows;
}

/** Row `n`'s values from column A; [] for an empty row. A merged range (a lead, a paragraph) gives its value once, in its first cell. */
function rowAt(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  const row = sheet.getRow(n);
  const values = (row.values as unknown[]).slice(1);
  // exceljs reads every other cell of a merged range as the range's value again.
  const merged = values.findIndex((_, i) => {
    const cell = row.getCell(i + 1);
    return cell.isMerged && cell.master !== cell;
  });
  return merged < 0 ? values : values.slice(0, merged);
}

/** The first row from `from` on whose values satisfy `test`; throws, naming `what`, if there is none. */
function findRow(sheet: ExcelJS.Worksheet, from: number, what: string, test: (values: unknown[], n: number) => boolean): number {
  for (let n = from; n <= sheet.rowCount; n += 1) if (test(rowAt(sheet, n), n)) return n;
  throw new Error(`${sheet.name}: no row from ${from} on with ${what}`);
}

function sheetNames(lang: Lang): string[] {
  return [
    t(lang, 'report.sheet.cover'),
    t(lang, 'report.sheet.summary'),
    ...dataset.sections.map((s) => s.title[lang]),
    t(lang, 'report.sheet.allFigures'),
    t(lang, 'report.sheet.sources'),
    t(lang, 'report.sheet.notes'),
    t(lang, 'report.sheet.derived'),
    t(lang, 'report.sheet.definitions'),
  ];
}

/** Text as a cell holds it: a plain number (a year, a count as shown) is stored as that number, not as text. */
function asCell(text: string): string | number {
  return /^(?:0|[1-9]\d*)(?:\.\d+)?$/u.test(text) ? Number(text) : text;
}

/** A formula cell as exceljs reads it: the formula (no leading =) and its cached result. */
type Formula = { formula: string; result: number };

function isFormula(value: unknown): value is Formula {
  return typeof value === 'object' && value !== null && 'formula' in value;
}

/** The number a cell holds: its value, or a formula's cached result. */
function numberIn(value: ExcelJS.CellValue): number {
  if (typeof value === 'number') return value;
  if (isFormula(value) && typeof value.result === 'number') return value.result;
  throw new Error(`not a number cell: ${JSON.stringify(value)}`);
}

/**
 * What a number shows through its format, as Excel renders the formats the workbook writes: literal
 * text (quoted, or one escaped character) around at most one digit pattern (0, #,##0.00, 0.0%:
 * decimals, grouping, and a % that multiplies by 100). Anything else throws, so that a format this
 * reader does not know fails the test rather than passes it.
 */
function shown(value: number, numFmt: string): string {
  if (numFmt === 'General') return String(value);
  let patterns = 0;
  const parts = (numFmt.match(/"[^"]*"|\\.|[#0,.]+%?|./gu) ?? []).map((token) => {
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith('\\')) return token.slice(1);
    if (!/^[#0,.]+%?$/u.test(token)) throw new Error(`unexpected "${token}" in the number format ${numFmt}`);
    patterns += 1;
    const percent = token.endsWith('%');
    const decimals = token.replace('%', '').split('.')[1]?.length ?? 0;
    const number = (percent ? value * 100 : value).toLocaleString('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: token.includes(','),
    });
    return percent ? `${number}%` : number;
  });
  if (patterns > 1) throw new Error(`two numbers in the format ${numFmt}`);
  return parts.join('');
}

const STATED = /\d[\d,]*(?:\.\d+)?/gu;

/**
 * How a chart point's cell must hold it. A display that states the point's own value (超7%, ≥ 30,
 * CNY 39.1 bn), or states it in words (翻番), reads exactly as the display through the cell's format,
 * a percentage stored as a fraction; `stored` is then that number. A display whose number is not the
 * value (rescaled, or two numbers) cannot be a label of it: undefined.
 */
function liveValue(point: Pick<Point, 'value' | 'display'>): { stored: number } | undefined {
  const numbers = [...point.display.matchAll(STATED)];
  // Words (翻番): a format of those words would still say them after an edit.
  if (numbers.length === 0) return undefined;
  const stated = Number(numbers[0]![0].replaceAll(',', ''));
  if (numbers.length > 1 || Math.abs(stated - point.value) > 1e-9 * Math.max(1, Math.abs(point.value))) return undefined;
  const percent = point.display.charAt(numbers[0]!.index + numbers[0]![0].length) === '%';
  return { stored: percent ? point.value / 100 : point.value };
}

/** The format of a figure in a table: the article's decimals (at most two); a percentage as a fraction shown in %. */
function tableFormat(value: number, unit: string): string {
  const decimals = Math.min(2, String(value).split('.')[1]?.length ?? 0);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  // A percentage in percent, its % sign in the format (the Definitions sheet's convention, as in the CSV).
  return unit === '%' ? `0${fraction}"%"` : `#,##0${fraction}`;
}

function figuresIn(calc: Calc): string[] {
  if (typeof calc === 'number') return [];
  if ('figure' in calc) return [calc.figure];
  return [...figuresIn(calc.left), ...figuresIn(calc.right)];
}

/**
 * Evaluates a formula of the workbook (numbers, absolute cell references, + − × ÷ ^ and parentheses)
 * over the cells it refers to; anything else in it throws. `read` gets each reference's sheet (undefined
 * for the formula's own) and cell address.
 */
function evaluateFormula(formula: string, read: (sheet: string | undefined, address: string) => number): number {
  const tokens = [...formula.matchAll(/\s*(?:(?:'((?:[^']|'')+)'!)?\$([A-Z]+)\$(\d+)|(\d+(?:\.\d+)?)|([-+*/^()]))\s*/guy)];
  expect(tokens.map((m) => m[0]).join(''), `${formula}: only references, numbers and operators`).toBe(formula);
  let at = 0;
  const op = () => tokens[at]?.[5];
  const primary = (): number => {
    const token = tokens[at];
    at += 1;
    if (!token) throw new Error(`${formula} ends early`);
    if (token[5] === '(') {
      const value = sum();
      expect(op(), formula).toBe(')');
      at += 1;
      return value;
    }
    if (token[5] === '-') return -primary();
    if (token[4] !== undefined) return Number(token[4]);
    if (token[3] !== undefined) return read(token[1]?.replaceAll("''", "'"), `${token[2]!}${token[3]}`);
    throw new Error(`unexpected ${token[0]} in ${formula}`);
  };
  const power = (): number => {
    let value = primary();
    while (op() === '^') {
      at += 1;
      value = value ** primary();
    }
    return value;
  };
  const product = (): number => {
    let value = power();
    for (let o = op(); o === '*' || o === '/'; o = op()) {
      at += 1;
      const right = power();
      value = o === '*' ? value * right : value / right;
    }
    return value;
  };
  const sum = (): number => {
    let value = product();
    for (let o = op(); o === '+' || o === '-'; o = op()) {
      at += 1;
      const right = product();
      value = o === '+' ? value + right : value - right;
    }
    return value;
  };
  const value = sum();
  expect(at, formula).toBe(tokens.length);
  return value;
}

/** A cell on a sheet that holds one of the article's figures (a table's value, a chart's data point). */
type FigureAt = { id: string; row: number; address: string };

/** The value cells of a figure table whose first row is `firstRow`, for the figures its rows show. */
function tableFigures(entries: readonly { figureId?: string | undefined }[], column: string, firstRow: number): FigureAt[] {
  return entries.flatMap(({ figureId }, i) => (figureId ? [{ id: figureId, row: firstRow + i, address: `${column}${firstRow + i}` }] : []));
}

/** A figure's value as every cell holding it has it: a percentage as a fraction. */
function figureValue(source: Pick<Dataset, 'figures'>, id: string): number {
  const figure = source.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  // As All figures holds it: a percentage in percent.
  return figure.value;
}

/**
 * A derived figure's cell: a formula whose cached result is the derivation evaluated from the
 * dataset, and which gives that result again from the cells it refers to. Each input is read on
 * the formula's own sheet, from a cell above it that holds that figure's value (`seen`: the
 * sheet's figure cells), so that editing the value there updates the derived one; a figure the
 * sheet does not show above it is read from the All figures sheet's value column (D).
 */
function expectDerivedCell(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  source: Pick<Dataset, 'figures'>,
  sheet: ExcelJS.Worksheet,
  cell: ExcelJS.Cell,
  calc: Calc,
  seen: readonly FigureAt[],
  scale = 1,
): void {
  const where = `${sheet.name}!${cell.address}`;
  expect(cell.type, where).toBe(ExcelJS.ValueType.Formula);
  const { formula, result } = cell.value as Formula;
  // A table holds a derived percentage in percent (×100), a chart's data as the fraction its axis reads.
  expect(result, where).toBeCloseTo(evaluate(calc, source) * scale, 12);
  const row = Number(cell.row);
  const above = seen.filter((f) => f.row < row && Math.abs(numberIn(sheet.getCell(f.address).value) - figureValue(source, f.id)) < 1e-12);
  const allFigures = t(lang, 'report.sheet.allFigures');
  const read: string[] = [];
  const value = evaluateFormula(formula, (refSheet, address) => {
    const target = workbook.getWorksheet(refSheet ?? sheet.name)!;
    const ref = target.getCell(address);
    let id: string | undefined;
    if (refSheet === undefined) {
      id = above.find((f) => f.address === address)?.id;
      expect(id, `${where}: ${formula} reads ${address}, a figure's value above it on ${sheet.name}`).toBeDefined();
    } else {
      expect(refSheet, `${where}: ${formula}`).toBe(allFigures);
      expect(Number(ref.col), `${where}: ${formula} reads All figures' value column`).toBe(4);
      id = target.getCell(Number(ref.row), 1).text;
      expect(
        above.map((f) => f.id),
        `${where}: ${formula} reads ${id} on All figures, though ${sheet.name} shows it above`,
      ).not.toContain(id);
    }
    read.push(id!);
    expect(numberIn(ref.value), `${where}: ${formula} → ${address}`).toBeCloseTo(figureValue(source, id!), 12);
    return numberIn(ref.value);
  });
  expect(value, `${where}: ${formula} over its cells`).toBeCloseTo(result, 12);
  expect(new Set(read), `${where}: ${formula}`).toEqual(new Set(figuresIn(calc)));
}

/**
 * A cell showing a figure outside All figures: a formula reading the figure's value there (times the
 * scale the cell shows it in), never a copy that an edit of All figures would leave behind.
 */
function expectFigureRef(workbook: ExcelJS.Workbook, lang: Lang, cell: ExcelJS.Cell, figureId: string, value: number, where: string): void {
  expect(cell.type, `${where}: a formula reading All figures`).toBe(ExcelJS.ValueType.Formula);
  const { formula } = cell.value as Formula;
  const allFigures = t(lang, 'report.sheet.allFigures');
  const match = /^\(?'((?:[^']|'')+)'!\$D\$(\d+)\)?(?:\*([\d.]+))?$/u.exec(formula);
  expect(match, `${where}: ${formula}`).not.toBeNull();
  expect(match?.[1]?.replaceAll("''", "'"), `${where}: ${formula}`).toBe(allFigures);
  const row = Number(match?.[2]);
  const table = workbook.getWorksheet(allFigures)!;
  expect(table.getCell(row, 1).text, `${where}: ${formula} reads the figure's row`).toBe(figureId);
  // Its cached result is what the formula gives: the table's value times the factor.
  expect(numberIn(cell.value), `${where}: ${formula}`).toBeCloseTo(numberIn(table.getCell(row, 4).value) * Number(match?.[3] ?? 1), 12);
  expect(numberIn(cell.value), where).toBeCloseTo(value, 12);
}

/**
 * A card's cells (values in units of their own): its value as its display states it, in the scale
 * shown (CNY 540 million is 540), read from All figures or its derived formula, then its unit and
 * qualifier in columns of their own. A display in words (翻番) or of another number holds the
 * figure's own number in the article's unit, in a plain format: a label could not follow an edit.
 */
function expectCard(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  report: Dataset,
  sheet: ExcelJS.Worksheet,
  axis: ChartModel,
  at: { row: number; category: number },
  where: string,
  seen: readonly FigureAt[],
  checks: (() => void)[],
): void {
  const point = axis.series[0]!.points[at.category]!;
  const row = axis.rows.find((r) => (point.figureId === undefined ? r.derived?.formula === point.derived?.formula : r.figureId === point.figureId))!;
  expect(row, where).toBeDefined();
  const cell = sheet.getCell(at.row, 2);
  const number = numberIn(cell.value);
  const display = row.display.replace(/\*$/u, '');
  const live = shown(number, cell.numFmt) === display;
  if (!/\d/u.test(display)) expect(live, `${where}: ${display} in words`).toBe(false);
  if (live) expect(rowAt(sheet, at.row).slice(2), where).toEqual([row.displayUnit, row.qualifierLabel]);
  else {
    expect(cell.numFmt, where).not.toContain('"');
    expect(number, where).toBeCloseTo(row.value, 12);
    expect(rowAt(sheet, at.row).slice(2), where).toEqual([row.unitLabel, row.qualifierLabel]);
  }
  if (row.derived) {
    const { calc } = row.derived;
    const scale = 10 ** Math.round(Math.log10(Math.abs(number / evaluate(calc, report))));
    checks.push(() => expectDerivedCell(workbook, lang, report, sheet, cell, calc, seen, scale));
  } else expectFigureRef(workbook, lang, cell, row.figureId!, number, where);
}

/** A figure table's value cell: a formula reading the figure's value on All figures, or a derived figure's formula. */
function expectValueCell(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  report: Pick<Dataset, 'figures'>,
  sheet: ExcelJS.Worksheet,
  cell: ExcelJS.Cell,
  row: TableRow,
  seen: readonly FigureAt[],
): void {
  const where = `${sheet.name}!${cell.address} ${row.label}`;
  expect(cell.numFmt, where).toBe(tableFormat(row.value, row.unit));
  if (row.derived) expectDerivedCell(workbook, lang, report, sheet, cell, row.derived.calc, seen, row.unit === '%' ? 100 : 1);
  else expectFigureRef(workbook, lang, cell, row.figureId!, row.value, where);
}

/** A table row's cells but its value, as the Summary and page sheets write them: no quote, which Sources holds. */
function figureRowCells(row: TableRow): unknown[] {
  // A derived row has no id: its cell is empty, never "". A period is text, in a column of text.
  return [row.figureId, row.label, row.unitLabel, row.qualifierLabel, row.statusLabel, row.periodLabel, asCell(row.display)];
}

/** The lead of a table that held the article's words: what it holds, then that the words are on Sources (a space between sentences in English). */
/** A table sheet's lead (row 2) and the line saying where the quotes went (row 3), each a line of its own. */
function leadOf(lang: Lang, key: 'report.lead.summary' | 'report.lead.page' | 'report.lead.allFigures'): [string[], string[]] {
  return [[t(lang, key)], [t(lang, 'report.lead.quotesOn', { sheet: t(lang, 'report.sheet.sources') })]];
}

/** The columns of the Summary's, the page sheets' and (after Section) All figures' tables: every figure column but the article's words. */
function tableColumns(lang: Lang): string[] {
  const columns = figureColumns(lang);
  expect(columns.at(-1)).toBe(t(lang, 'table.source'));
  return columns.slice(0, -1);
}

const withoutColumn = (values: unknown[], index: number) => values.filter((_, i) => i !== index);

/** Every table sheet opens with its title, a line saying what it holds and a blank row: the header is row 4. */
const HEADER = 4;

/**
 * A row as a reader sees it: a formula that builds text by its text, one giving a number by the
 * number through its format ("As shown" is the value read from All figures, formatted as the article
 * states it), every other cell by its value.
 */
function seenRow(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  const row = sheet.getRow(n);
  // Array.from: an empty cell (a hole in exceljs's values) reads as undefined, in its place.
  return Array.from(rowAt(sheet, n), (value, i) => {
    if (!isFormula(value)) return value;
    const result: unknown = (value as { result?: unknown }).result;
    if (typeof result === 'string') return asCell(result);
    return asCell(shown(numberIn(value), row.getCell(i + 1).numFmt));
  });
}

/** The single series header of a chart's data: its value axis, else "Value" for cards of their own units, else the series. */
function seriesHeaders(axis: ChartModel, lang: Lang): string[] {
  if (axis.series.length > 1) return axis.series.map((s) => s.name);
  return [axis.valueAxis ?? (KINDS[axis.kind].values === 'own-units' ? t(lang, 'table.value') : (axis.series[0]?.name ?? ''))];
}

type Anchor = { chart: string; fromColumn: number; fromRow: number; toRow: number };

/** The charts anchored on a sheet's drawing, by chart part; rows and columns from 0, as the drawing counts them. */
async function anchorsOf(pkg: OoxmlPackage, sheet: string): Promise<Anchor[]> {
  const drawing = await pkg.drawingOf(sheet);
  const rels = await pkg.relationships(drawing);
  const corner = (anchor: Element, name: 'xdr:from' | 'xdr:to', part: 'xdr:row' | 'xdr:col') => Number(textOf(onlyChild(onlyChild(anchor, name), part)));
  return elements(await pkg.xml(drawing), 'xdr:twoCellAnchor').flatMap((anchor) => {
    const id = elements(anchor, 'c:chart')[0]?.getAttributeNS(NS.r, 'id');
    const chart = id ? rels.get(id)?.path : undefined;
    return chart
      ? [
          {
            chart,
            fromColumn: corner(anchor, 'xdr:from', 'xdr:col'),
            fromRow: corner(anchor, 'xdr:from', 'xdr:row'),
            toRow: corner(anchor, 'xdr:to', 'xdr:row'),
          },
        ]
      : [];
  });
}

/** A source as a chart's source line cites it: its author, else its outlet, and its title. */
function citationOf(source: Source, lang: Lang): string {
  const credit = source.author?.[lang] ?? source.outlet?.[lang];
  return credit ? t(lang, 'source.citation', { author: credit, title: source.title[lang] }) : t(lang, 'source.citationTitle', { title: source.title[lang] });
}

/** The source line of every chart of the bundled report: all its figures come from its one source. */
function singleSource(lang: Lang): string {
  expect(dataset.meta.sources).toHaveLength(1);
  expect(dataset.figures.filter((f) => f.source.id !== undefined && f.source.id !== dataset.meta.sources[0]!.id)).toEqual([]);
  return t(lang, 'report.chartSource', { citations: citationOf(dataset.meta.sources[0]!, lang) });
}

const clauseSeparator = (lang: Lang) => profile(lang).clauseSeparator;

/** The reference period the figures' years span. */
function referenceYears(): { from: number; to: number } {
  const years = dataset.figures.flatMap((f) => [...f.period.matchAll(/\d{4}/gu)].map((m) => Number(m[0])));
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** Columns are measured in widths of "0"; a CJK character takes two. */
const displayWidth = (s: string) => Array.from(s).reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

/**
 * A report's page sheets: each page's figures under one header, then each chart's data, its native
 * chart beside it, and what the chart says beside it.
 */
async function expectPageSheets(report: Dataset, lang: Lang, built: BuiltReport): Promise<void> {
  const { xlsx } = built;
  const workbook = await readBack(xlsx);
  const pkg = await openPackage(xlsx);
  let live = 0;
  let derivedPoints = 0;
  let liveLines = 0;
  const notes: unknown[][] = [];
  for (const section of report.sections) {
    const sheet = workbook.getWorksheet(section.title[lang])!;
    const models = chartsOnPage(report, section.id).map((c) => c.build(report, lang));

    // The page's title and what the sheet holds, then every chart's rows under one header, in the
    // viewer's order, each figure once (with the first chart that shows it).
    expect([rowAt(sheet, 1), rowAt(sheet, 2), rowAt(sheet, 3)]).toEqual([[section.title[lang]], ...leadOf(lang, 'report.lead.page')]);
    const listed = new Set<string>();
    const entries = models
      .flatMap((model) => model.rows.map((row) => ({ model, row, figureId: row.figureId })))
      .filter(({ row }) => {
        const key = row.figureId ?? `derived|${row.label}|${row.derived?.formula ?? ''}`;
        if (listed.has(key)) return false;
        listed.add(key);
        return true;
      });
    expect(rowAt(sheet, HEADER)).toEqual([t(lang, 'report.col.chart'), ...tableColumns(lang)]);
    // The sheet's figure cells, the table's and the chart data's; the value cells are checked once all are known.
    const seen = tableFigures(entries, 'D', HEADER + 1);
    const checks: (() => void)[] = [];
    entries.forEach(({ model, row }, i) => {
      expect(withoutColumn(seenRow(sheet, HEADER + 1 + i), 3), `${section.id}: ${model.title} / ${row.label}`).toEqual([model.title, ...figureRowCells(row)]);
      checks.push(() => expectValueCell(workbook, lang, report, sheet, sheet.getCell(HEADER + 1 + i, 4), row, seen));
    });
    expect(rowAt(sheet, HEADER + 1 + entries.length), section.id).toEqual([]);
    // The page's figures are an Excel Table of their own (its filter), named for the section, its header frozen.
    expect(sheet.views[0], section.id).toMatchObject({ state: 'frozen', ySplit: HEADER });
    const part = await pkg.sheetPart(sheet.name);
    const tableParts = elements(await pkg.xml(part), 'x:tablePart').map((p) => p.getAttributeNS(NS.r, 'id') ?? '');
    expect(tableParts, section.id).toHaveLength(1);
    const table = (await pkg.xml((await pkg.relationships(part)).get(tableParts[0]!)!.path!)).documentElement!;
    expect([table.getAttribute('name'), table.getAttribute('ref')], section.id).toEqual([
      `Figures_${section.id.replaceAll('-', '_')}`,
      `A${HEADER}:I${HEADER + entries.length}`,
    ]);
    expect(children(table, 'x:autoFilter'), section.id).toHaveLength(1);
    // One A4 landscape page wide, at a scale stated in the file and no less than 70%.
    expect(sheet.pageSetup, section.id).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: false });
    expect(sheet.pageSetup.scale, section.id).toBeGreaterThanOrEqual(MIN_SCALE);

    const anchors = models.some((m) => axisModels(m).some((a) => KINDS[a.kind].workbook === 'native-chart')) ? await anchorsOf(pkg, sheet.name) : [];
    let next = HEADER + 1 + entries.length;
    for (const model of models) {
      const title = findRow(sheet, next, model.title, (v) => v.length === 1 && v[0] === model.title);
      next = title + 1;
      if (model.subtitle) {
        expect(rowAt(sheet, next), model.id).toEqual([model.subtitle]);
        next += 1;
      }
      if (KINDS[model.kind].workbook === 'text') continue;
      let below = next;
      for (const axis of axisModels(model)) {
        if (model.panels) next = findRow(sheet, next, axis.title, (v) => v.length === 1 && v[0] === axis.title) + 1;
        const header = next;
        const where = `${section.id}: ${axis.title}`;
        // The category, then one value column per series; values in units of their own (cards) with
        // their unit and qualifier in columns of their own, so that a copy keeps them.
        const own = KINDS[axis.kind].values === 'own-units' ? [t(lang, 'table.unit'), t(lang, 'table.qualifier')] : [];
        expect(rowAt(sheet, header), where).toEqual([asCell(axis.categoryAxis ?? t(lang, 'report.col.category')), ...seriesHeaders(axis, lang), ...own]);
        axis.categories.forEach((category, c) => {
          const row = header + 1 + c;
          const values = rowAt(sheet, row);
          expect(values[0], where).toBe(asCell(category));
          expect(values.length, `${where} ${category}: columns`).toBeLessThanOrEqual(1 + axis.series.length + own.length);
          if (own.length > 0) {
            expectCard(workbook, lang, report, sheet, axis, { row, category: c }, `${where} ${category}`, seen, checks);
            live += 1;
            return;
          }
          axis.series.forEach((series, s) => {
            const point = series.points[c] ?? null;
            const cell = sheet.getCell(row, 2 + s);
            if (point === null) {
              expect(cell.value ?? null, `${where} ${category}`).toBeNull();
              return;
            }
            const at = `${where} ${category} ${cell.address}`;
            if (point.derived) {
              // A drawn derived value (the doughnut's rest) is its formula too.
              const { calc } = point.derived;
              checks.push(() => expectDerivedCell(workbook, lang, report, sheet, cell, calc, seen));
              derivedPoints += 1;
            } else if (point.figureId) {
              // In the chart's scale (CNY bn for 億元 in English): All figures' value times that factor.
              expectFigureRef(workbook, lang, cell, point.figureId, numberIn(cell.value), at);
              if (!/\*/u.test((cell.value as Formula).formula)) seen.push({ id: point.figureId, row, address: cell.address });
            } else {
              expect(typeof cell.value, at).toBe('number');
            }
            const expected = liveValue(point);
            if (expected) {
              // The cell reads as the article states it, qualifier and unit in its format, and stays a number.
              expect(shown(numberIn(cell.value), cell.numFmt), at).toBe(point.display);
              // A derived value's cell is its formula, at full precision: as close as the digits it is shown with.
              const shownDigits = point.derived?.approximate ? (String(Number(expected.stored.toPrecision(12))).split('.')[1]?.length ?? 0) : 12;
              expect(numberIn(cell.value), at).toBeCloseTo(expected.stored, shownDigits);
              live += 1;
            } else {
              // A display stating another number than the value: the bare value, no label that could lie.
              expect(cell.numFmt, at).not.toContain('"');
              expect(numberIn(cell.value), at).toBeCloseTo(point.value, 12);
            }
          });
        });
        below = header + axis.categories.length + 1;
        if (KINDS[axis.kind].workbook === 'native-chart') {
          // The native chart under its data, a row clear of it, from column A: beside it, the sheet
          // was as wide as both and printed at half size. Nothing else is written in its rows.
          const anchor = anchors.find((a) => a.fromRow === header + axis.categories.length + 1);
          expect(anchor, `${where}: native chart`).toBeDefined();
          expect(anchor!.fromColumn, where).toBe(0);
          for (let r = anchor!.fromRow + 1; r <= anchor!.toRow + 1; r += 1) expect(rowAt(sheet, r), `${where}: row ${r}, under the chart`).toEqual([]);
          below = Math.max(below, anchor!.toRow + 2);
        }
        next = below;
      }
      // What the chart says beside it is numbered on the Notes sheet; a line under the chart gives the numbers.
      const lines = besideLines(model);
      if (lines.length === 0) continue;
      const markers = lines.map((line) => {
        notes.push([t(lang, 'report.noteMarker', { n: notes.length + 1 }), sheet.name, model.title, asCell(line)]);
        return t(lang, 'report.noteMarker', { n: notes.length });
      });
      const pointer = t(lang, 'report.notesLine', { notes: markers.join(profile(lang).listSeparator), sheet: t(lang, 'report.sheet.notes') });
      const at = findRow(sheet, below, pointer, (v) => v.length === 1 && v[0] === pointer);
      expect(sheet.getCell(at, 1).font, pointer).toMatchObject({ italic: true });
      next = at + 1;
    }
    for (const check of checks) check();
  }
  // The Notes table: each note once, numbered in the sheets' order, a note stating a value a formula
  // writing it from the value's cells (TEXT()), reading as the screen does.
  const sheet = workbook.getWorksheet(t(lang, 'report.sheet.notes'))!;
  expect(rowAt(sheet, HEADER)).toEqual([t(lang, 'report.col.note'), t(lang, 'report.col.sheet'), t(lang, 'report.col.chart'), t(lang, 'report.col.noteText')]);
  expect(Array.from({ length: sheet.rowCount - HEADER }, (_, i) => seenRow(sheet, HEADER + 1 + i))).toEqual(notes);
  for (let row = HEADER + 1; row <= sheet.rowCount; row += 1) if (sheet.getCell(row, 4).type === ExcelJS.ValueType.Formula) liveLines += 1;
  expect(notes.length).toBeGreaterThan(0);
  expect(live).toBeGreaterThan(nativeChartModels(lang, report).length);
  expect(derivedPoints).toBeGreaterThan(0);
  expect(liveLines, 'lines beside the charts that state values, written as formulas').toBeGreaterThan(0);
}

/**
 * A report's native charts: every bar, line and doughnut chart (each panel of small multiples) drawn
 * from its sheet's cells, labelled as the article states each value; `sourceLine` is the line each
 * chart is to cite its sources with.
 */
async function expectNativeCharts(report: Dataset, lang: Lang, built: BuiltReport, sourceLine: (model: ChartModel) => string): Promise<void> {
  const { xlsx, charts } = built;
  const pkg = await openPackage(xlsx);
  const workbook = await readBack(xlsx);
  const models = nativeChartModels(lang, report);
  expect(charts).toBe(models.length);
  expect(pkg.chartParts()).toHaveLength(models.length);
  const { overrides } = await pkg.contentTypes();
  const cellAt = (ref: string, i: number) => {
    const r = parseRef(ref);
    return workbook.getWorksheet(r.sheet)!.getCell(r.firstRow + i, r.column);
  };
  // Each chart's ranges have names of their own, the same in every language.
  const names = new Map(elements(await pkg.xml('xl/workbook.xml'), 'x:definedName').map((d) => [d.getAttribute('name'), textOf(d)]));
  const named = (name: string) => {
    const range = names.get(name);
    expect(range, name).toBeDefined();
    // exceljs writes a sheet name that needs no quotes bare; parseRef reads quoted ones.
    return parseRef(range!.startsWith("'") ? range! : `'${range!.replace('!', "'!")}`);
  };
  for (const model of models) {
    const chart = await pkg.chartTitled(model.title);
    const sheetName = report.sections.find((s) => s.id === model.page)!.title[lang];
    const series = elements(chart.doc, 'c:ser');
    expect(series).toHaveLength(model.series.length);
    const chartName = `Chart_${model.id.replaceAll('-', '_')}`;
    const stored: number[] = [];
    const formats: string[] = [];
    series.forEach((ser, s) => {
      const where = `${model.id} series ${s}`;
      const refs = references(ser);
      expect(
        refs.map((r) => r.kind),
        where,
      ).toHaveLength(3);
      for (const ref of refs) expect(parseRef(ref.formula).sheet, where).toBe(sheetName);
      const [name, categories, values] = refs as [(typeof refs)[number], (typeof refs)[number], (typeof refs)[number]];
      expect(named(`${chartName}_categories`), where).toEqual(parseRef(categories.formula));
      expect(named(`${chartName}_values${s === 0 ? '' : `_${s + 1}`}`), where).toEqual(parseRef(values.formula));
      expect(cellAt(name.formula, 0).value, where).toBe(seriesHeaders(model, lang)[s]);
      // Years are number cells, and the categories a number reference to them.
      expect(categories.kind, where).toBe(model.categories.every((c) => typeof asCell(c) === 'number') ? 'num' : 'str');
      model.categories.forEach((category, i) => {
        expect(cellAt(categories.formula, i).value, where).toBe(asCell(category));
        expect(categories.points.get(i), where).toBe(category);
      });

      // One label per point: its value through its cell's own format, reading as the article states it.
      const dLbls = onlyChild(ser, 'c:dLbls');
      expect(valOf(dLbls, 'c:showVal'), where).toBe('1');
      const labels = children(dLbls, 'c:dLbl');
      const points = model.series[s]!.points;
      expect(
        labels.map((l) => Number(valOf(l, 'c:idx'))),
        where,
      ).toEqual(points.flatMap((p, i) => (p === null ? [] : [i])));
      for (const label of labels) {
        const i = Number(valOf(label, 'c:idx'));
        const point = points[i]!;
        const cell = cellAt(values.formula, i);
        const expected = liveValue(point);
        expect(expected, `${where} ${point.display}: a label that reads as the article`).toBeDefined();
        const number = numberIn(cell.value);
        expect(number, where).toBeCloseTo(expected!.stored, 12);
        expect(Number(values.points.get(i)), `${where} cached ${i}`).toBeCloseTo(number, 12);
        const numFmt = onlyChild(label, 'c:numFmt');
        expect([numFmt.getAttribute('formatCode'), numFmt.getAttribute('sourceLinked')], `${where} label ${i}`).toEqual([cell.numFmt, '0']);
        expect(shown(number, cell.numFmt), `${where} label ${i}`).toBe(point.display);
        expect(valOf(label, 'c:showVal'), where).toBe('1');
        expect(elements(label, 'c:tx'), where).toHaveLength(0);
        stored.push(number);
        formats.push(cell.numFmt);
      }
    });
    // No "Value From Cells" labels any more: nothing a reader would freeze at the exported text.
    expect(chart.text, model.id).not.toContain('CELLRANGE');
    expect(chart.text, model.id).not.toContain('datalabelsRange');
    expect(chart.text, model.id).not.toContain(NS.c15);

    // The axis ticks: whole numbers from 10 up, percentages as such, never the cells' qualifier and unit.
    const valAx = elements(chart.doc, 'c:valAx');
    if (model.kind === 'doughnut') expect(valAx, model.id).toHaveLength(0);
    else {
      const max = Math.max(0, ...stored.map(Math.abs));
      const percent = formats.some((f) => f.replace(/"[^"]*"/gu, '').includes('%'));
      const axisFormat = percent ? (max >= 0.05 ? '0%' : '0.0%') : max >= 10 ? '#,##0' : 'General';
      const numFmt = onlyChild(valAx[0]!, 'c:numFmt');
      expect([numFmt.getAttribute('formatCode'), numFmt.getAttribute('sourceLinked')], model.id).toEqual([axisFormat, '0']);
    }

    // Plot area and legend placed by hand; the source line drawn inside the chart, in its own part.
    const plotArea = elements(chart.doc, 'c:plotArea')[0]!;
    expect(elements(onlyChild(plotArea, 'c:layout'), 'c:manualLayout'), model.id).toHaveLength(1);
    for (const legend of elements(chart.doc, 'c:legend')) expect(elements(onlyChild(legend, 'c:layout'), 'c:manualLayout'), model.id).toHaveLength(1);
    const userShapes = onlyChild(chart.doc.documentElement!, 'c:userShapes');
    const rel = (await pkg.relationships(chart.path)).get(userShapes.getAttributeNS(NS.r, 'id') ?? '');
    expect(rel?.type, model.id).toBe(`${NS.r}/chartUserShapes`);
    expect(overrides.get(`/${rel!.path!}`), model.id).toBe(CHART_SHAPES_CT);
    const shapes = await pkg.xml(rel!.path!);
    expect(Array.from(shapes.getElementsByTagNameNS(CDR, 'relSizeAnchor')), model.id).toHaveLength(1);
    expect(elements(shapes, 'a:t').map(textOf).join(''), model.id).toBe(sourceLine(model));

    expect(chart.text).toContain(PLOT_OF[model.kind as NativeKind]);
  }
}

/** A formula that is one figure's value read from All figures, maybe scaled: 'All figures'!$D$4 or …*0.1. */
const FIGURE_READ = /^\(?'(?:[^']|'')+'!\$D\$\d+\)?(?:\*[\d.]+)?$/u;

describe('the report workbook', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      it('has the cover, summary, a sheet per viewer page, all figures, sources, notes and definitions', async () => {
        const { xlsx, sheets } = await reportFor(lang);
        const workbook = await readBack(xlsx);
        const names = workbook.worksheets.map((s) => s.name);
        expect(names).toEqual(sheetNames(lang));
        expect(sheets).toEqual(names);
        for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/u);

        // The cover: title, citation, this file, then every other sheet as a link.
        const cover = workbook.worksheets[0]!;
        const { from, to } = referenceYears();
        // The report's one source: its article, author and date (the article names no outlet), cited in the catalog's words.
        expect(dataset.meta.sources).toHaveLength(1);
        const source = dataset.meta.sources[0]!;
        expect(source.outlet).toBeUndefined();
        const author = source.author![lang];
        const citations = t(lang, 'source.citation', { author, title: source.title[lang] });
        expect(rowsOf(cover)).toEqual([
          [t(lang, 'app.title')],
          [t(lang, 'app.subtitle', { area: dataset.meta.area[lang], title: dataset.meta.title[lang] })],
          [t(lang, 'report.cite.heading')],
          [t(lang, 'sources.article'), source.title[lang]],
          [t(lang, 'sources.author'), author],
          [t(lang, 'report.cite.outlet'), source.published],
          [t(lang, 'report.cite.period'), t(lang, 'report.cite.periodRange', { from, to })],
          [t(lang, 'sources.covers'), source.covers![lang]],
          [t(lang, 'report.cite.howTo'), t(lang, 'report.cite.text', { citations, app: t(lang, 'app.title'), version: dataset.version, from, to })],
          [t(lang, 'report.fileHeading')],
          [t(lang, 'report.exported'), '2026-11-26 10:00 UTC'],
          [t(lang, 'app.language'), t(lang, `lang.${lang}`)],
          [t(lang, 'report.datasetVersion'), dataset.version],
          [t(lang, 'report.figureCount'), dataset.figures.length],
          [undefined, t(lang, 'report.chartsNote')],
          [undefined, t(lang, 'report.qualifierNote')],
          [t(lang, 'report.sheetsHeading')],
          ...names.slice(1).map((name) => [undefined, name]),
        ]);

        // Wrapped text longer than its column has an explicit height of its lines, not the default one line.
        const columnB = cover.getColumn(2).width ?? 0;
        let tall = 0;
        cover.eachRow((row) => {
          const cell = row.getCell(2);
          // exceljs types a cell's alignment as always there; it is undefined where none was set.
          if (!(cell.alignment as Partial<ExcelJS.Alignment> | undefined)?.wrapText || displayWidth(cell.text) <= columnB) return;
          expect(row.height, `cover row ${row.number}: ${cell.text}`).toBeGreaterThanOrEqual(2 * 15);
          tall += 1;
        });
        expect(tall).toBeGreaterThanOrEqual(2);

        // The links go to cells of the workbook: a location and no relationship (which readers take for a file).
        const pkg = await openPackage(xlsx);
        const coverPart = await pkg.sheetPart(names[0]!);
        const links = elements(await pkg.xml(coverPart), 'x:hyperlink');
        expect(links.map((link) => [cover.getCell(link.getAttribute('ref')!).text, link.getAttribute('location')])).toEqual(
          names.slice(1).map((name) => [name, `'${name.replaceAll("'", "''")}'!A1`]),
        );
        for (const link of links) expect(link.hasAttributeNS(NS.r, 'id'), link.getAttribute('ref')!).toBe(false);
        expect([...(await pkg.relationships(coverPart)).values()].filter((r) => r.type.endsWith('/hyperlink') || r.external)).toEqual([]);
      });

      it('opens the summary with the key figures (the report’s first chart), under a title and frozen below their header', async () => {
        const workbook = await readBack((await reportFor(lang)).xlsx);
        const summary = workbook.getWorksheet(t(lang, 'report.sheet.summary'))!;
        const rows = chartsOf(dataset)[0]!.build(dataset, lang).rows;
        expect(rows.length).toBeGreaterThan(0);
        expect(rowAt(summary, 1)).toEqual([t(lang, 'report.summaryTitle')]);
        expect([rowAt(summary, 2), rowAt(summary, 3)]).toEqual(leadOf(lang, 'report.lead.summary'));
        expect(rowAt(summary, HEADER)).toEqual(tableColumns(lang));
        const seen = tableFigures(rows, 'C', HEADER + 1);
        rows.forEach((row, i) => {
          expect(withoutColumn(seenRow(summary, HEADER + 1 + i), 2), row.label).toEqual(figureRowCells(row));
          expectValueCell(workbook, lang, dataset, summary, summary.getCell(HEADER + 1 + i, 3), row, seen);
        });
        expect(summary.rowCount).toBe(HEADER + rows.length);
        expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
        expect(summary.autoFilter).toBe(`A${HEADER}:H${HEADER + rows.length}`);
      });

      it('lists every figure with its value, unit and qualifier as the dataset has them, in Excel Tables', async () => {
        const { xlsx } = await reportFor(lang);
        const workbook = await readBack(xlsx);
        const all = workbook.getWorksheet(t(lang, 'report.sheet.allFigures'))!;
        const [id = '', ...rest] = tableColumns(lang);
        expect([rowAt(all, 1), rowAt(all, 2), rowAt(all, 3)]).toEqual([[t(lang, 'report.sheet.allFigures')], ...leadOf(lang, 'report.lead.allFigures')]);
        expect(rowAt(all, HEADER)).toEqual([id, t(lang, 'report.col.section'), ...rest]);
        dataset.figures.forEach((f, i) => {
          const row = HEADER + 1 + i;
          // A percentage in percent (8.8% is 8.8), as the CSV has it.
          const value: unknown = f.value;
          expect(rowAt(all, row), f.id).toEqual([
            f.id,
            dataset.sections.find((s) => s.id === f.section)!.title[lang],
            f.label[lang],
            value,
            unitLabel(f.unit, lang),
            qualifierLabel(f.qualifier, lang),
            t(lang, `status.${f.status}`),
            formatPeriod(f.period, lang),
            asCell(formatFigure(f, lang)),
          ]);
          expect(all.getCell(row, 4).numFmt, f.id).toBe(tableFormat(f.value, f.unit));
        });
        expect(all.rowCount).toBe(HEADER + dataset.figures.length);
        const sources = workbook.getWorksheet(t(lang, 'report.sheet.sources'))!;
        expect(rowsOf(sources)).toEqual([
          [t(lang, 'report.sheet.sources')],
          [t(lang, 'report.lead.sources')],
          [t(lang, 'report.col.id'), t(lang, 'table.figure'), t(lang, 'table.source')],
          ...dataset.figures.map((f) => [f.id, f.label[lang], f.source.quote]),
        ]);

        // Both are Excel Tables named the same in every language, their header frozen and printed on every page.
        const pkg = await openPackage(xlsx);
        const printTitles = elements(await pkg.xml('xl/workbook.xml'), 'x:definedName').filter((d) => d.getAttribute('name') === '_xlnm.Print_Titles');
        for (const [sheet, name, columns] of [
          [all, 'AllFigures', 'I'],
          [sources, 'Sources', 'C'],
        ] as const) {
          const part = await pkg.sheetPart(sheet.name);
          const tableParts = elements(await pkg.xml(part), 'x:tablePart').map((p) => p.getAttributeNS(NS.r, 'id') ?? '');
          expect(tableParts, sheet.name).toHaveLength(1);
          const table = (await pkg.xml((await pkg.relationships(part)).get(tableParts[0]!)!.path!)).documentElement!;
          expect(is(table, 'x:table'), sheet.name).toBe(true);
          expect([table.getAttribute('name'), table.getAttribute('displayName'), table.getAttribute('ref')], sheet.name).toEqual([
            name,
            name,
            `A${HEADER}:${columns}${HEADER + dataset.figures.length}`,
          ]);
          expect(children(table, 'x:autoFilter'), sheet.name).toHaveLength(1);
          expect(
            elements(table, 'x:tableColumn').map((c) => c.getAttribute('name')),
            sheet.name,
          ).toEqual(rowAt(sheet, HEADER));
          expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: HEADER });
          const index = workbook.worksheets.indexOf(sheet);
          expect(printTitles.filter((d) => d.getAttribute('localSheetId') === String(index)).map(textOf), sheet.name).toEqual([
            `'${sheet.name}'!$${HEADER}:$${HEADER}`,
          ]);
        }
      });

      it('puts each page’s figures on its sheet, then each chart’s data, its native chart and what it says beside it', async () => {
        await expectPageSheets(dataset, lang, await reportFor(lang));
      });

      it('draws every bar, line and doughnut chart natively from the sheet’s cells, labelled as the article states each value', async () => {
        await expectNativeCharts(dataset, lang, await reportFor(lang), () => singleSource(lang));
      });

      it('explains every qualifier and status on the Definitions sheet', async () => {
        const workbook = await readBack((await reportFor(lang)).xlsx);
        const sheet = workbook.getWorksheet(t(lang, 'report.sheet.definitions'))!;
        const header = [t(lang, 'report.def.term'), t(lang, 'report.def.meaning')];
        expect(rowsOf(sheet)).toEqual([
          [t(lang, 'report.sheet.definitions')],
          [t(lang, 'report.lead.definitions')],
          [t(lang, 'report.def.qualifiers')],
          header,
          ...QUALIFIERS.map((q) => [t(lang, `qualifier.${q}`), t(lang, `report.def.qualifier.${q}`)]),
          [t(lang, 'report.def.statuses')],
          header,
          ...[...STATUSES, 'derived' as const].map((s) => [t(lang, `status.${s}`), t(lang, `report.def.status.${s}`)]),
          [t(lang, 'report.def.conventions')],
          header,
          [t(lang, 'report.def.percentTerm'), t(lang, 'report.def.percent')],
        ]);
        // Every qualifier and status the figures use is explained, by the words the sheets show.
        const terms = new Set(rowsOf(sheet).map((r) => r[0]));
        for (const f of dataset.figures) {
          expect(terms, f.id).toContain(qualifierLabel(f.qualifier, lang));
          expect(terms, f.id).toContain(t(lang, `status.${f.status}`));
        }
      });

      it('prints every sheet on A4 with its name and page numbers, its row breaks across every column', async () => {
        const { xlsx } = await reportFor(lang);
        const workbook = await readBack(xlsx);
        const zip = await unzip(xlsx);
        for (const sheet of workbook.worksheets) {
          expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
          expect(sheet.headerFooter.oddFooter, sheet.name).toBe('&L&A&R&P / &N');
          // No merged cell anywhere: each line under a title is a row of its own, within the sheet's width.
          expect(sheet.model.merges, sheet.name).toEqual([]);
          if (workbook.worksheets.indexOf(sheet) > 0) {
            const span = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width ?? 9.14).reduce((a, b) => a + b, 0);
            for (const row of [2, 3]) expect(displayWidth(sheet.getCell(row, 1).text), `${sheet.name}!A${row}`).toBeLessThanOrEqual(span);
          }
          // One page wide at a scale the file states, 70% or more: every sheet of the report fits so.
          expect(sheet.pageSetup.fitToPage, sheet.name).toBe(false);
          expect(sheet.pageSetup.scale, sheet.name).toBeGreaterThanOrEqual(MIN_SCALE);
          expect(sheet.pageSetup.scale, sheet.name).toBeLessThanOrEqual(100);
        }
        let breaks = 0;
        for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(p))) {
          const xml = await text(zip, part);
          // exceljs writes 16838; the last column is 16383 (XFD).
          expect(xml, part).not.toContain('max="16838"');
          for (const [brk] of xml.matchAll(/<brk\b[^>]*>/gu)) {
            expect(brk, part).toContain('max="16383"');
            breaks += 1;
          }
        }
        expect(breaks).toBeGreaterThan(0);
      });

      it('names a font the language’s Office users have, on every cell and for every font in styles.xml', async () => {
        const { xlsx } = await reportFor(lang);
        const workbook = await readBack(xlsx);
        for (const sheet of workbook.worksheets) {
          sheet.eachRow((row) =>
            row.eachCell((cell) => expect(cell.font, `${sheet.name}!${cell.address}`).toMatchObject({ name: FONT[lang], size: expect.any(Number) as number })),
          );
        }
        // A font without a name is drawn in a serif fallback by LibreOffice (a row's style uses one too).
        const fonts = [...(await text(await unzip(xlsx), 'xl/styles.xml')).matchAll(/<font>(.*?)<\/font>/gsu)].map((m) => m[1] ?? '');
        expect(fonts.length).toBeGreaterThan(1);
        expect(
          fonts.filter((font) => !/<name val="[^"]+"\/>/u.test(font) || !/<sz val="\d+(?:\.\d+)?"\/>/u.test(font)),
          'fonts without a name or size',
        ).toEqual([]);
      });

      it('sets the document language, title, creator and the application', async () => {
        const zip = await unzip((await reportFor(lang)).xlsx);
        const core = await text(zip, 'docProps/core.xml');
        expect(core).toContain(`<dc:language>${lang}</dc:language>`);
        expect(unescapeXml(core)).toContain(`<dc:title>${t(lang, 'app.title')} · ${dataset.meta.title[lang]}</dc:title>`);
        expect(unescapeXml(core)).toContain(`<dc:creator>${t(lang, 'app.title')}</dc:creator>`);
        expect(APPLICATION).toBe('Lüyuan Report');
        expect(await text(zip, 'docProps/app.xml')).toContain('<Application>Lüyuan Report</Application>');
      });
    });
  }

  it('writes zh-Hans in mainland usage: no Taiwan wording outside the article’s verbatim quotes', async () => {
    const workbook = await readBack((await reportFor('zh-Hans')).xlsx);
    const quotes = new Set(dataset.figures.map((f) => f.source.quote));
    const found: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const text = cell.text;
          if (quotes.has(text)) return;
          for (const word of TAIWAN_WORDS) if (text.includes(word)) found.push(`${sheet.name}!${cell.address}: ${word} in "${text}"`);
        }),
      );
    }
    expect(found).toEqual([]);
  });

  it('starts every printed page with a heading: a title, a chart’s title or a table’s header, repeated where its table runs on', async () => {
    for (const lang of LANGS) {
      const { xlsx } = await reportFor(lang);
      const workbook = await readBack(xlsx);
      const pkg = await openPackage(xlsx);
      const printTitles = elements(await pkg.xml('xl/workbook.xml'), 'x:definedName').filter((d) => d.getAttribute('name') === '_xlnm.Print_Titles');
      let pages = 0;
      for (const [index, sheet] of workbook.worksheets.entries()) {
        const breaks = elements(await pkg.xml(await pkg.sheetPart(sheet.name)), 'x:brk').map((b) => Number(b.getAttribute('id')));
        const titles = printTitles.filter((d) => d.getAttribute('localSheetId') === String(index)).map(textOf);
        // The table whose header would repeat: the one under the sheet's title (its header on row 4), if any.
        let tableEnd = HEADER;
        while (tableEnd < sheet.rowCount && rowAt(sheet, tableEnd + 1).length > 0) tableEnd += 1;
        const inTable = breaks.filter((b) => b + 1 > HEADER + 1 && b + 1 <= tableEnd);
        // A table that runs over a page break has its header repeated (print titles); one that does not, not.
        expect(titles, `${lang} ${sheet.name}`).toEqual(inTable.length > 0 ? [`'${sheet.name.replaceAll("'", "''")}'!$${HEADER}:$${HEADER}`] : []);
        for (const b of breaks) {
          // A break with id b falls between rows b and b + 1: the next page starts with row b + 1.
          if (inTable.includes(b)) continue;
          const first = sheet.getCell(b + 1, 1);
          expect(first.font.bold, `${lang} ${sheet.name}: the page from row ${b + 1} starts with "${first.text}"`).toBe(true);
        }
        pages += breaks.length + 1;
      }
      // More pages than sheets: the long tables and the charts take pages of their own.
      expect(pages, lang).toBeGreaterThan(workbook.worksheets.length);
    }
  });

  it('holds the article’s words on Sources only, by each figure’s id: no other table has a column of quotes', async () => {
    for (const lang of LANGS) {
      const workbook = await readBack((await reportFor(lang)).xlsx);
      const quotes = new Set(dataset.figures.map((f) => f.source.quote));
      const sources = t(lang, 'report.sheet.sources');
      const found = new Map<string, string[]>();
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (!quotes.has(cell.text) && cell.text !== t(lang, 'table.source')) return;
            found.set(sheet.name, [...(found.get(sheet.name) ?? []), cell.address]);
          }),
        ),
      );
      expect([...found.keys()], lang).toEqual([sources]);
      // Its header and a quote per figure, in column C beside the figure's id.
      expect(found.get(sources), lang).toEqual([`C${HEADER}`, ...dataset.figures.map((_, i) => `C${HEADER + 1 + i}`)]);
    }
  });

  it('prints a sheet too wide for 70% two pages wide, its first column repeated on each', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const sheet = new ExcelJS.Workbook().addWorksheet('Wide');
    for (let c = 1; c <= 30; c += 1) sheet.getColumn(c).width = 12;
    expect(planPrint(sheet, { orientation: 'landscape', width: 30 * 12 * 7, blocks: [] })).toMatchObject({ pagesWide: 2 });
    expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 2, fitToHeight: 0, printTitlesColumn: 'A:A' });
    const narrow = new ExcelJS.Workbook().addWorksheet('Narrow');
    expect(planPrint(narrow, { orientation: 'portrait', width: 600, blocks: [] })).toMatchObject({ pagesWide: 1, scale: 87 });
    expect(narrow.pageSetup).toMatchObject({ fitToPage: false, scale: 87 });
  });

  it('counts every row on a page, those between blocks too: a page holds no more than it has room for', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const sheet = new ExcelJS.Workbook().addWorksheet('Rows');
    // 60 rows of 20 pt (26.7 px): 15 to a page of 401 px.
    for (let r = 1; r <= 60; r += 1) sheet.getRow(r).height = 20;
    // Rows 11–20 lie between the two blocks and 31–60 after the last: each run is a block of its own,
    // and the tail, taller than a page, breaks where a page is full.
    expect(
      pageStarts(
        sheet,
        [
          { first: 1, last: 10 },
          { first: 21, last: 30 },
        ],
        401,
        0,
      ),
    ).toEqual([11, 21, 31, 46]);
  });

  it('plans the printed pages so that no native chart is cut by a page break', async () => {
    const zip = await unzip((await reportFor('en')).xlsx);
    let checked = 0;
    for (const sheetPart of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(p))) {
      const rels = zip.file(sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels');
      const drawing = rels && /Target="\.\.\/drawings\/(drawing\d+\.xml)"/u.exec(await rels.async('string'))?.[1];
      if (!drawing) continue;
      const breaks = [...(await text(zip, sheetPart)).matchAll(/<brk id="(\d+)"/gu)].map((m) => Number(m[1]));
      const anchors = [
        ...(await text(zip, `xl/drawings/${drawing}`)).matchAll(/<xdr:from>.*?<xdr:row>(\d+)<\/xdr:row>.*?<xdr:to>.*?<xdr:row>(\d+)<\/xdr:row>/gsu),
      ];
      expect(breaks.length).toBeGreaterThan(0);
      for (const [, from, to] of anchors) {
        // A break with id b falls between rows b and b + 1 (1-based); anchors count rows from 0.
        expect(
          breaks.filter((b) => b > Number(from) && b <= Number(to)),
          `${sheetPart} chart rows ${from}–${to}`,
        ).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBe(nativeChartModels('en', dataset).length);
  });

  it('keeps every content type and relationship consistent', async () => {
    const zip = await unzip((await reportFor('zh-Hant')).xlsx);
    const types = await text(zip, '[Content_Types].xml');
    const parts = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
    for (const part of parts.filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/u.test(p))) expect(types, part).toContain(`PartName="/${part}"`);
    for (const rels of parts.filter((p) => p.endsWith('.rels'))) {
      const base = rels.replace(/_rels\/[^/]*\.rels$/u, '');
      for (const [, target, mode] of (await text(zip, rels)).matchAll(/Target="([^"]+)"(?: TargetMode="(\w+)")?/gu)) {
        if (mode === 'External') continue;
        const resolved = target!.startsWith('/') ? target!.slice(1) : new URL(target!, `http://x/${base}`).pathname.slice(1);
        expect(parts, `${rels} → ${target}`).toContain(resolved);
      }
    }
  });

  it('writes every figure once, in All figures, and elsewhere formulas (its reads and the derived figures); text starting with = + - @ stays text', async () => {
    const raw = rawDataset();
    const labels = ['=HYPERLINK("http://evil","x")', '@SUM(1)', '+1+1', '-2'];
    labels.forEach((label, i) => (raw.figures[i]!.label.en = label));
    const hostile = loadedReport(raw);
    const workbook = await readBack((await buildReport({ dataset: hostile, lang: 'en', exportedAt: EXPORTED_AT })).xlsx);

    // Where the derived figures are: the Value column of a table row whose status is derived, a drawn
    // derived point's row in its chart's data, and the Result column of the Derived figures sheet.
    const derived = t('en', 'status.derived');
    const notes = t('en', 'report.sheet.derived');
    const summary = t('en', 'report.sheet.summary');
    const pages = new Map(hostile.sections.map((s) => [s.title.en, s.id]));
    const drawnDerived = (page: Dataset['sections'][number]['id']) =>
      chartsOnPage(hostile, page)
        .map((c) => c.build(hostile, 'en'))
        .flatMap((m) => axisModels(m))
        .flatMap((axis) => axis.series.flatMap((s) => s.points.filter((p) => p?.derived).map((p) => p!.category)));
    const found = { tables: 0, notes: 0, reads: 0, shown: 0, points: new Map<string, string[]>() };
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const where = `${sheet.name}!${cell.address}`;
          if (cell.type !== ExcelJS.ValueType.Formula) {
            // No merged cell: a paragraph is a line to a row.
            expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number], where).toContain(cell.type);
            if (cell.type === ExcelJS.ValueType.String) texts.push(cell.text);
            return;
          }
          const { formula, result } = cell.value as Formula;
          const column = Number(cell.col);
          const table = sheet.name === summary ? 0 : 1;
          if (typeof result === 'string' || (row.number > 1 && column === 8 + table && (sheet.name === summary || pages.has(sheet.name)))) {
            // A text stating values (a formula in words, "As shown"): built from the cells, in its table's column.
            if (typeof result === 'string') texts.push(result);
            found.shown += 1;
            return;
          }
          // Only references, numbers and operators.
          evaluateFormula(formula, () => 1);
          if (FIGURE_READ.test(formula)) {
            // A figure shown again: it reads its value in All figures (scaled where the chart shows another unit).
            expect(formula.replace(/^\(/u, '').startsWith(`'${t('en', 'report.sheet.allFigures')}'!$D$`), where).toBe(true);
            found.reads += 1;
          } else if (sheet.name === notes) {
            expect([Number(cell.col) === 3 || Number(cell.col) === 5, row.number > 1], where).toEqual([true, true]);
            found.notes += 1;
          } else if (sheet.name === summary || (row.getCell(7).value === derived && Number(cell.col) === 4)) {
            // A table row: Summary's Status is column F, a page sheet's G (after its Chart column).
            expect(row.getCell(sheet.name === summary ? 6 : 7).value, where).toBe(derived);
            expect(Number(cell.col), where).toBe(sheet.name === summary ? 3 : 4);
            found.tables += 1;
          } else {
            expect(pages.has(sheet.name), where).toBe(true);
            const points = found.points.get(sheet.name) ?? [];
            points.push(row.getCell(1).text);
            found.points.set(sheet.name, points);
          }
        }),
      ),
    );
    // The Summary's table (the first chart's rows), then every page's.
    const models = chartsOf(hostile).map((c) => c.build(hostile, 'en'));
    // A page's table lists each figure (and each derived value) once.
    const onPage = (rows: TableRow[]) =>
      rows.filter(
        (r, i) => rows.findIndex((o) => (o.figureId ?? o.label + (o.derived?.formula ?? '')) === (r.figureId ?? r.label + (r.derived?.formula ?? ''))) === i,
      );
    const tableRows = [...models[0]!.rows, ...hostile.sections.flatMap((s) => onPage(chartsOnPage(hostile, s.id).flatMap((c) => c.build(hostile, 'en').rows)))];
    expect(found.tables).toBe(tableRows.filter((r) => r.derived).length);
    // Every figure row of the Summary and the page tables reads All figures, and so does every chart's drawn figure.
    expect(found.reads).toBeGreaterThanOrEqual(tableRows.filter((r) => r.figureId !== undefined).length);
    // The Derived figures sheet: its title, what it holds, its header, then a result and an "as shown" formula per row.
    expect(found.notes).toBe(2 * (rowsOf(workbook.getWorksheet(notes)!).length - 3));
    expect(found.shown).toBeGreaterThan(0);
    expect(found.notes).toBeGreaterThan(0);
    for (const [name] of pages) expect((found.points.get(name) ?? []).sort(), name).toEqual(drawnDerived(pages.get(name)!).sort());

    // The hostile labels are text, neutralised wherever they appear.
    for (const label of labels) expect(texts.filter((s) => s === `'${label}`).length, label).toBeGreaterThan(0);
    for (const s of texts) expect(s).not.toMatch(/^[=+\-@]/u);
  });

  it('holds no cell with empty text, and one type per column: every period is text', async () => {
    for (const lang of LANGS) {
      const workbook = await readBack((await reportFor(lang)).xlsx);
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.value, `${lang} ${sheet.name}!${cell.address}`).not.toBe('');
          }),
        ),
      );
      const all = workbook.getWorksheet(t(lang, 'report.sheet.allFigures'))!;
      const periods = dataset.figures.map((_, i) => all.getCell(HEADER + 1 + i, 8));
      expect(new Set(periods.map((cell) => typeof cell.value)), lang).toEqual(new Set(['string']));
      expect(new Set(periods.map((cell) => cell.numFmt)), lang).toEqual(new Set(['@']));
    }
  });

  it('lists every derived figure with its formula on the Derived figures sheet, its result a formula over All figures', async () => {
    const workbook = await readBack((await reportFor('en')).xlsx);
    const sheet = workbook.getWorksheet('Derived figures')!;
    const notes = Array.from({ length: sheet.rowCount }, (_, i) => seenRow(sheet, i + 1));
    // The formula in words is a formula too, writing the words from the cells of its inputs.
    expect(notes.map((r) => r[5])).toContain('fifth root of (391 ÷ 299.3) − 1');
    expect(sheet.getCell(HEADER + 1, 6).type).toBe(ExcelJS.ValueType.Formula);
    const derived = chartsOf(dataset)
      .map((c) => c.build(dataset, 'en'))
      .flatMap((model) => model.rows.filter((r) => r.derived).map((row) => ({ model, row })));
    // Each derivation once, where it first appears.
    const keys = derived.map((d) => `${d.row.label}|${d.row.derived!.formula}`);
    const expected = derived.filter((_, i) => keys.indexOf(keys[i]!) === i);
    expect(expected.length).toBeGreaterThan(0);
    expect(notes.slice(HEADER).map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual(
      expected.map(({ model, row }) => [model.title, row.label, row.unitLabel, asCell(row.display), row.derived!.formula]),
    );
    expected.forEach(({ row }, i) => {
      const cell = sheet.getCell(HEADER + 1 + i, 3);
      expect(cell.numFmt, row.label).toBe(tableFormat(row.value, row.unit));
      expectDerivedCell(workbook, 'en', dataset, sheet, cell, row.derived!.calc, [], row.unit === '%' ? 100 : 1);
    });
  });
});

describe('a report with small multiples and a second source', () => {
  /** A yearly bulletin the report cites beside the article: no author, no outlet. */
  const BULLETIN: Source = {
    id: 'bulletin',
    title: { 'zh-Hant': '綠園區科技工作簡報', 'zh-Hans': '绿园区科技工作简报', en: 'Lüyuan science and technology bulletin' },
    published: '2025-01',
    script: 'zh-Hant',
  };
  /** The figure the bulletin states, and every chart that lists it cites both sources. */
  const FROM_BULLETIN = 'sci-tech-projects-applied-2024';

  /** The bundled report with each 2026 target set against the actuals of its own measure, one panel a measure. */
  function withMultiples(): Dataset {
    const raw = rawDataset();
    raw.meta.sources.push(BULLETIN);
    raw.figures.find((f) => f.id === FROM_BULLETIN)!.source.id = BULLETIN.id;
    const words = (en: string, hant: string, hans: string) => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });
    raw.charts.push({
      kind: 'multiples',
      id: 'targets-against-actuals',
      section: 'targets',
      title: words('2026 targets against actuals', '2026年目標與實際', '2026年目标与实际'),
      panels: [
        {
          title: words('S&T plan project applications', '科技計劃項目申報', '科技计划项目申报'),
          valueAxis: words('Projects', '項目', '项目'),
          figures: [FROM_BULLETIN, 'sci-tech-plan-projects-2026'],
        },
        { title: words('New national high-tech enterprises', '新認定國家高新技術企業', '新认定国家高新技术企业'), figures: ['new-national-hte-2026'] },
      ],
    });
    return loadedReport(raw);
  }
  const report = withMultiples();
  const charts = chartsOf(report);

  for (const lang of LANGS) {
    it(`${lang}: draws each panel as a native chart of its own, and each chart cites the sources of its figures`, async () => {
      const multiples = charts.find((c) => c.id === 'targets-against-actuals')!.build(report, lang);
      expect(multiples.kind).toBe('multiples');
      expect(axisModels(multiples).map((axis) => axis.title)).toEqual(multiples.panels!.map((panel) => panel.title));
      expect(nativeChartModels(lang, report).length).toBe(nativeChartModels(lang, dataset).length + multiples.panels!.length);

      const built = await buildReport({ dataset: report, lang, exportedAt: EXPORTED_AT });
      const [first, second] = [report.meta.sources[0]!, BULLETIN].map((source) => citationOf(source, lang));
      const citing = new Set(charts.filter((c) => c.build(report, lang).rows.some((r) => r.figureId === FROM_BULLETIN)).map((c) => c.id));
      expect([...citing].sort()).toEqual(['project-applications', 'targets-against-actuals', 'targets-list']);
      await expectPageSheets(report, lang, built);
      let both = 0;
      await expectNativeCharts(report, lang, built, (model) => {
        const bulletin = model.rows.some((r) => r.figureId === FROM_BULLETIN);
        if (bulletin) both += 1;
        return t(lang, 'report.chartSource', { citations: bulletin ? `${first!}${clauseSeparator(lang)}${second!}` : first! });
      });
      // Each panel of the multiples lists the bulletin's figure: each cites both, in the report's order.
      expect(both).toBe(multiples.panels!.length);

      // The cover cites every source of the report.
      const cover = (await readBack(built.xlsx)).worksheets[0]!;
      const howTo = rowsOf(cover).find((row) => row[0] === t(lang, 'report.cite.howTo'))!;
      expect(String(howTo[1])).toContain(`${first!}${clauseSeparator(lang)}${second!}`);
    });
  }
});
