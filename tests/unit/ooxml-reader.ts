import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { posix } from 'node:path';

/**
 * A small reader of Office Open XML packages (.xlsx) for tests. Parts go through a real XML parser,
 * so a test finds elements by namespace and nesting, with entities resolved; regular expressions over
 * the text pass or fail on a prefix, an attribute order or a nesting that Excel does not care about.
 * What a test asserts about the writer's exact bytes it still asserts on `text(path)`.
 *
 *   const pkg = await openPackage(xlsx);
 *   const chart = await pkg.chartTitled('增速');
 *   for (const ser of elements(chart.doc, 'c:ser')) references(ser);
 *
 * Names are written 'prefix:local' with the prefixes of NS, whatever prefixes a part itself uses.
 * Anything malformed or missing that a reader here relies on throws, naming what it missed.
 */

/** Namespaces by the prefix a test writes them with. */
export const NS = {
  /** SpreadsheetML: workbook.xml and the worksheets, where it is the default namespace. */
  x: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  /** Relationship ids in attributes (r:id). */
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  /** The .rels parts. */
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  /** [Content_Types].xml. */
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  /** A chart's own drawing (c:userShapes): shapes anchored by fractions of the chart. */
  cdr: 'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing',
  /** Office 2013 chart extensions (MS-ODRAWXML), e.g. data labels from cells. */
  c15: 'http://schemas.microsoft.com/office/drawing/2012/chart',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  /** docProps/core.xml. */
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

export type Prefix = keyof typeof NS;
/** An element name with a prefix of NS: 'c:ser', 'a:t', 'x:sheet'. */
export type QName = `${Prefix}:${string}`;

// ───────────── XML ─────────────

/** Parses a part; any parser warning or error throws, so a malformed part fails the test that reads it. */
export function parseXml(text: string, where = 'XML'): Document {
  let problem: string | undefined;
  const parser = new DOMParser({
    // Warnings stop it too: left to itself xmldom logs them, and some errors, and goes on.
    onError: (level: string, message: string) => {
      problem = `${level}: ${message}`;
      throw new Error(problem);
    },
  });
  try {
    return parser.parseFromString(text, 'application/xml');
  } catch (error) {
    // xmldom wraps what onError throws; the part and the parser's own words are what a reader needs.
    throw new Error(`${where}: ${problem ?? (error instanceof Error ? error.message : 'unreadable')}`, { cause: error });
  }
}

function split(name: QName): { ns: string; local: string } {
  const colon = name.indexOf(':');
  return { ns: NS[name.slice(0, colon) as Prefix], local: name.slice(colon + 1) };
}

function isElement(node: Node): node is Element {
  return node.nodeType === node.ELEMENT_NODE;
}

/** Whether `element` is `name`, by namespace and local name. */
export function is(element: Element, name: QName): boolean {
  const { ns, local } = split(name);
  return element.namespaceURI === ns && element.localName === local;
}

/** Every element named `name` below `root`, in document order (a Document's own root element included). */
export function elements(root: Document | Element, name: QName): Element[] {
  const { ns, local } = split(name);
  return Array.from(root.getElementsByTagNameNS(ns, local));
}

/** Every element below `root` in document order (a Document's own root element included). */
export function descendants(root: Document | Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | Element) => {
    for (const c of Array.from(node.childNodes).filter(isElement)) {
      found.push(c);
      visit(c);
    }
  };
  visit(root);
  return found;
}

/** The element children of `element`, in order; only those named `name` when given. */
export function children(element: Element, name?: QName): Element[] {
  const all = Array.from(element.childNodes).filter(isElement);
  return name === undefined ? all : all.filter((e) => is(e, name));
}

/** An element's name with the prefix NS gives its namespace ('c15:datalabelsRange'), whatever prefix the part uses; '{uri}local' outside NS. */
export function qualifiedName(element: Element): string {
  const prefix = (Object.keys(NS) as Prefix[]).find((p) => NS[p] === element.namespaceURI);
  return prefix ? `${prefix}:${element.localName ?? ''}` : `{${element.namespaceURI ?? ''}}${element.localName ?? element.nodeName}`;
}

/** The first child named `name`, if any. */
export function child(element: Element, name: QName): Element | undefined {
  return children(element, name)[0];
}

/** The one child named `name`; none or several throw. */
export function onlyChild(element: Element, name: QName): Element {
  const found = children(element, name);
  if (found.length !== 1) throw new Error(`<${element.tagName}> has ${found.length} <${name}> children, not one`);
  return found[0]!;
}

/** The local names of an element's children in document order, for checking a schema sequence. */
export function childNames(element: Element): string[] {
  return children(element).map((e) => e.localName ?? e.nodeName);
}

/** Attribute names as written, namespace declarations included, in document order. */
export function attributeNames(element: Element): string[] {
  return Array.from(element.attributes).map((a) => a.name);
}

/** The `val` attribute of the first child named `name`: how DrawingML and SpreadsheetML carry most settings. */
export function valOf(element: Element, name: QName): string | undefined {
  return child(element, name)?.getAttribute('val') ?? undefined;
}

/** The text of an element and everything in it, entities resolved. */
export function textOf(element: Element): string {
  return element.textContent ?? '';
}

/**
 * Every namespace an element's subtree uses or declares (elements, attributes, xmlns declarations):
 * to say that a part of a chart carries no trace of an extension.
 */
export function namespacesIn(element: Element): Set<string> {
  const found = new Set<string>();
  for (const e of [element, ...descendants(element)]) {
    if (e.namespaceURI) found.add(e.namespaceURI);
    for (const a of Array.from(e.attributes)) {
      const declaration = a.name === 'xmlns' || a.name.startsWith('xmlns:');
      const ns = declaration ? a.value : a.namespaceURI;
      if (ns) found.add(ns);
    }
  }
  return found;
}

// ───────────── charts (DrawingML) ─────────────

/** A c:strCache, c:numCache or c15:dlblRangeCache: its declared point count and the points present. */
export type PointCache = {
  count: number;
  /** idx → the text of c:v; an index absent here is a blank (e.g. a missing value). */
  points: Map<number, string>;
  /** c:numCache only. */
  formatCode?: string;
};

/** Reads a cache: its c:ptCount, its c:formatCode if any, and every c:pt (each with one c:v). */
export function pointCache(cache: Element): PointCache {
  const count = valOf(cache, 'c:ptCount');
  if (count === undefined) throw new Error(`<${cache.tagName}> has no <c:ptCount>`);
  const points = new Map<number, string>();
  for (const pt of children(cache, 'c:pt')) {
    const idx = pt.getAttribute('idx');
    if (idx === null || points.has(Number(idx))) throw new Error(`<${cache.tagName}> has a <c:pt> with a missing or repeated idx (${idx})`);
    points.set(Number(idx), textOf(onlyChild(pt, 'c:v')));
  }
  const formatCode = child(cache, 'c:formatCode');
  return { count: Number(count), points, ...(formatCode ? { formatCode: textOf(formatCode) } : {}) };
}

/** A cell reference of a chart and the values cached with it. */
export type CachedReference = PointCache & { kind: 'str' | 'num'; formula: string };

/**
 * Every c:strRef and c:numRef below `root` (a chart, a series), in document order. Each must be a
 * formula followed by its cache (c:f, then c:strCache or c:numCache), which is what Excel needs to
 * draw the chart before it recalculates.
 */
export function references(root: Document | Element): CachedReference[] {
  const refs = descendants(root).filter((e) => is(e, 'c:strRef') || is(e, 'c:numRef'));
  return refs.map((ref) => {
    const kind = ref.localName === 'strRef' ? 'str' : 'num';
    const names = childNames(ref).filter((n) => n !== 'extLst');
    if (names.join() !== `f,${kind}Cache`) throw new Error(`<c:${kind}Ref> holds ${names.join(', ')}, not f, ${kind}Cache`);
    return { kind, formula: textOf(onlyChild(ref, 'c:f')), ...pointCache(onlyChild(ref, `c:${kind}Cache`)) };
  });
}

/** A series' labels taken from cells (Excel's Value From Cells): the range and its cached texts. */
export type LabelsRange = PointCache & { formula: string };

/** The c15:datalabelsRange in a series' own c:extLst, if it has one. */
export function labelsRangeOf(series: Element): LabelsRange | undefined {
  const ranges = children(series, 'c:extLst')
    .flatMap((list) => children(list, 'c:ext'))
    .flatMap((ext) => children(ext, 'c15:datalabelsRange'));
  if (ranges.length > 1) throw new Error(`a <c:ser> has ${ranges.length} <c15:datalabelsRange>`);
  const range = ranges[0];
  if (!range) return undefined;
  if (childNames(range).join() !== 'f,dlblRangeCache') throw new Error(`<c15:datalabelsRange> holds ${childNames(range).join(', ')}, not f, dlblRangeCache`);
  return { formula: textOf(onlyChild(range, 'c15:f')), ...pointCache(onlyChild(range, 'c15:dlblRangeCache')) };
}

/** The text of a chart's own title (c:chart/c:title), its runs joined; undefined without a title. */
export function chartTitle(chart: Document): string | undefined {
  const title = child(onlyChild(chart.documentElement!, 'c:chart'), 'c:title');
  return title && elements(title, 'a:t').map(textOf).join('');
}

/** A value axis's scaling (c:valAx/c:scaling): its orientation, and its bounds where the chart sets them. */
export type AxisScaling = { orientation: string | undefined; min: number | undefined; max: number | undefined };

/** The scaling of every value axis of a chart (c:valAx), in document order. */
export function valueAxes(chart: Document): AxisScaling[] {
  return elements(chart, 'c:valAx').map((axis) => {
    const scaling = onlyChild(axis, 'c:scaling');
    const bound = (name: QName) => {
      const val = valOf(scaling, name);
      return val === undefined ? undefined : Number(val);
    };
    return { orientation: valOf(scaling, 'c:orientation'), min: bound('c:min'), max: bound('c:max') };
  });
}

/** The plot elements of a chart's plot area (c:barChart, c:lineChart, c:doughnutChart…), by local name. */
export function plotKinds(chart: Document): string[] {
  const plotArea = elements(chart, 'c:plotArea')[0];
  if (!plotArea) throw new Error('a chart without <c:plotArea>');
  return childNames(plotArea).filter((name) => name.endsWith('Chart'));
}

/** A box as fractions of a chart's width (x, w) and height (y, h), from its top left corner. */
export type Box = { x: number; y: number; w: number; h: number };

/** The box of a c:layout's c:manualLayout in edge mode (c:x, c:y, c:w, c:h); anything else throws. */
export function manualBox(layout: Element): Box {
  const manual = onlyChild(layout, 'c:manualLayout');
  for (const mode of ['c:xMode', 'c:yMode'] as const) if (valOf(manual, mode) !== 'edge') throw new Error(`<c:manualLayout> ${mode} is not edge`);
  const [x = NaN, y = NaN, w = NaN, h = NaN] = (['c:x', 'c:y', 'c:w', 'c:h'] as const).map((name) => Number(valOf(manual, name)));
  if (![x, y, w, h].every(Number.isFinite)) throw new Error('<c:manualLayout> lacks one of c:x, c:y, c:w, c:h');
  return { x, y, w, h };
}

/** Do two boxes share any area? Touching edges do not count. */
export function overlaps(a: Box, b: Box): boolean {
  const eps = 1e-9;
  return a.x < b.x + b.w - eps && b.x < a.x + a.w - eps && a.y < b.y + b.h - eps && b.y < a.y + a.h - eps;
}

/** One shape of a chart's own drawing: its anchor's box (cdr:relSizeAnchor, from and to) and its text. */
export type ChartShape = { box: Box; text: string };

/**
 * Where a chart's plot area and legend are placed by hand (undefined where they are not), and its own
 * shapes; `plotTarget` says whether the plot area's box is its inner edge (tick labels outside) or its outer.
 */
export type ChartPlacement = { plot: Box | undefined; plotTarget: string | undefined; legend: Box | undefined; shapes: ChartShape[] };

// ───────────── the package ─────────────

export type Relationship = {
  id: string;
  /** The relationship type URI; its last segment names it ('chart', 'drawing', 'image'…). */
  type: string;
  /** As written: relative to the source part's folder, or absolute from the package root. */
  target: string;
  external: boolean;
  /** The target part's path in the package; undefined for an external target. */
  path: string | undefined;
};

/** [Content_Types].xml: Default by extension (without the dot), Override by PartName as written ('/xl/charts/chart1.xml'). */
export type ContentTypes = { defaults: Map<string, string>; overrides: Map<string, string> };

export type Chart = { path: string; text: string; doc: Document };

export type OoxmlPackage = {
  zip: JSZip;
  /** Every part's path (folders left out), e.g. 'xl/charts/chart1.xml'. */
  parts: string[];
  /** A part as text; a missing part throws. */
  text: (path: string) => Promise<string>;
  /** A part parsed (once per package). */
  xml: (path: string) => Promise<Document>;
  /** The relationships of a part, by id; none when it has no .rels part. */
  relationships: (part: string) => Promise<Map<string, Relationship>>;
  contentTypes: () => Promise<ContentTypes>;
  /** The worksheet part of the sheet named `name` (through workbook.xml and its relationships). */
  sheetPart: (name: string) => Promise<string>;
  /** The drawing part of a sheet, through its one <drawing r:id>; none or several throw. */
  drawingOf: (sheet: string) => Promise<string>;
  /** xl/charts/chartN.xml, in the package's order. */
  chartParts: () => string[];
  /** The chart whose own title is `title`; none throws. */
  chartTitled: (title: string) => Promise<Chart>;
  /** Where a chart's parts are placed by hand, its own shapes (c:userShapes, through its relationship) included. */
  placement: (chartPath: string) => Promise<ChartPlacement>;
};

/** Where the relationships of `part` are: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** A relationship target as a package path: relative to the source part's folder unless it starts with '/'. */
export function resolveTarget(source: string, target: string): string {
  return target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.join(posix.dirname(source), target);
}

export async function openPackage(bytes: Uint8Array): Promise<OoxmlPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  const parsed = new Map<string, Promise<Document>>();

  const text = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing part ${path}`);
    return file.async('string');
  };

  const xml = (path: string): Promise<Document> => {
    let doc = parsed.get(path);
    if (!doc) {
      doc = text(path).then((t) => parseXml(t, path));
      parsed.set(path, doc);
    }
    return doc;
  };

  const attribute = (element: Element, name: string): string => {
    const value = element.getAttribute(name);
    if (value === null) throw new Error(`<${element.tagName}> has no ${name}`);
    return value;
  };

  const relationships = async (part: string): Promise<Map<string, Relationship>> => {
    const rels = new Map<string, Relationship>();
    if (!zip.file(relsPathOf(part))) return rels;
    for (const rel of elements(await xml(relsPathOf(part)), 'rel:Relationship')) {
      const id = attribute(rel, 'Id');
      const target = attribute(rel, 'Target');
      const external = rel.getAttribute('TargetMode') === 'External';
      rels.set(id, { id, type: attribute(rel, 'Type'), target, external, path: external ? undefined : resolveTarget(part, target) });
    }
    return rels;
  };

  const contentTypes = async (): Promise<ContentTypes> => {
    const doc = await xml('[Content_Types].xml');
    return {
      defaults: new Map(elements(doc, 'ct:Default').map((d) => [attribute(d, 'Extension'), attribute(d, 'ContentType')])),
      overrides: new Map(elements(doc, 'ct:Override').map((o) => [attribute(o, 'PartName'), attribute(o, 'ContentType')])),
    };
  };

  /** The part a relationship id of `part` points at; an unknown id throws. */
  const target = async (part: string, id: string): Promise<string> => {
    const path = (await relationships(part)).get(id)?.path;
    if (path === undefined) throw new Error(`${part}: no relationship ${id} to a part`);
    return path;
  };

  const sheetPart = async (name: string): Promise<string> => {
    const sheet = elements(await xml('xl/workbook.xml'), 'x:sheet').find((s) => s.getAttribute('name') === name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return target('xl/workbook.xml', sheet.getAttributeNS(NS.r, 'id') ?? '');
  };

  const drawingOf = async (sheet: string): Promise<string> => {
    const part = await sheetPart(sheet);
    const drawing = onlyChild((await xml(part)).documentElement!, 'x:drawing');
    return target(part, drawing.getAttributeNS(NS.r, 'id') ?? '');
  };

  const chartParts = () => parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/u.test(p));

  const chartTitled = async (title: string): Promise<Chart> => {
    for (const path of chartParts()) {
      const doc = await xml(path);
      if (chartTitle(doc) === title) return { path, text: await text(path), doc };
    }
    throw new Error(`no chart titled ${title}`);
  };

  const placement = async (chartPath: string): Promise<ChartPlacement> => {
    const doc = await xml(chartPath);
    const layoutOf = (parent: Element | undefined) => {
      const layout = parent && child(parent, 'c:layout');
      return layout && child(layout, 'c:manualLayout') ? manualBox(layout) : undefined;
    };
    const shapes: ChartShape[] = [];
    for (const userShapes of children(doc.documentElement!, 'c:userShapes')) {
      const drawing = await xml(await target(chartPath, userShapes.getAttributeNS(NS.r, 'id') ?? ''));
      for (const anchor of elements(drawing, 'cdr:relSizeAnchor')) {
        const corner = (name: 'cdr:from' | 'cdr:to') => {
          const at = onlyChild(anchor, name);
          return { x: Number(textOf(onlyChild(at, 'cdr:x'))), y: Number(textOf(onlyChild(at, 'cdr:y'))) };
        };
        const [from, to] = [corner('cdr:from'), corner('cdr:to')];
        shapes.push({ box: { x: from.x, y: from.y, w: to.x - from.x, h: to.y - from.y }, text: elements(anchor, 'a:t').map(textOf).join('') });
      }
    }
    const plotArea = elements(doc, 'c:plotArea')[0];
    const plotLayout = plotArea && child(plotArea, 'c:layout');
    const manual = plotLayout && child(plotLayout, 'c:manualLayout');
    const plotTarget = manual && (valOf(manual, 'c:layoutTarget') ?? 'outer');
    return { plot: layoutOf(plotArea), plotTarget, legend: layoutOf(elements(doc, 'c:legend')[0]), shapes };
  };

  return { zip, parts, text, xml, relationships, contentTypes, sheetPart, drawingOf, chartParts, chartTitled, placement };
}
