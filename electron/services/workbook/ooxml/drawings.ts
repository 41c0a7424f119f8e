import type JSZip from 'jszip';
import type { AnchorPoint, NativeChartSpec } from '../chart-spec';
import {
  addRelationship,
  CONTENT_TYPE,
  override,
  readRels,
  readText,
  REL_TYPE,
  relativeTarget,
  type RelsPart,
  relsPathOf,
  resolveTarget,
  writeRels,
} from './package-parts';
import { attributes, esc, insertBeforeClosing, NS, relationshipId, XML_DECLARATION } from './xml';

/** The sheets' drawings: the anchors that place the charts, and the <drawing> that ties a drawing to its sheet. */

function anchorPoint(tag: 'from' | 'to', p: AnchorPoint): string {
  return `<xdr:${tag}><xdr:col>${p.column}</xdr:col><xdr:colOff>${p.columnOffset}</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>${p.rowOffset}</xdr:rowOff></xdr:${tag}>`;
}

/**
 * xmlns:c and xmlns:r sit on <c:chart> itself: exceljs's drawing root declares neither. The frame's
 * title is the chart's, its description (alternative text) says what the chart shows.
 */
export function anchorXml(spec: NativeChartSpec, shapeId: number, relId: string): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${anchorPoint('from', spec.from)}${anchorPoint('to', spec.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="Chart ${shapeId}" descr="${esc(spec.description)}" title="${esc(spec.title)}"/>` +
    '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${esc(relId)}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** exceljs writes editAs on oneCellAnchor, which the schema forbids; openpyxl then drops the whole drawing. */
function withoutOneCellEditAs(xml: string): string {
  return xml.replace(/<((?:\w+:)?oneCellAnchor)\s+editAs="[^"]*"/gu, '<$1');
}

function highestShapeId(xml: string): number {
  let highest = 1;
  for (const m of xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\sid="(\d+)"/gu)) highest = Math.max(highest, Number(m[1]));
  return highest;
}

/** The one drawing a sheet may have, with the anchors this run adds to it. */
export type Drawing = { path: string; xml: string; rels: RelsPart; nextShapeId: number; anchors: string[] };

/** Worksheet children that come after <drawing> in CT_Worksheet. */
const AFTER_DRAWING = new Set([
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/**
 * Where <drawing> goes among the worksheet's children. Only top-level children count: a
 * conditional-formatting rule has an extLst of its own, well before the drawing's place.
 */
function drawingInsertionIndex(sheetXml: string): number {
  // <drawing> comes after <sheetData>, so scanning starts past it: the cells are most of the part.
  const sheetData = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\b[^>]*\/>/u.exec(sheetXml);
  if (sheetData === null) throw new Error('Unexpected worksheet XML: no <sheetData>');
  const tags = /<(\/?)((?:[\w.-]+:)?([\w.-]+))\b[^>]*?(\/?)>/gu;
  tags.lastIndex = sheetData.index + sheetData[0].length;
  let depth = 1; // among the children of <worksheet>
  for (let m = tags.exec(sheetXml); m !== null; m = tags.exec(sheetXml)) {
    const [, closing, , local, selfClosing] = m;
    if (closing) {
      depth -= 1;
      if (depth === 0) return m.index;
    } else {
      if (depth === 1 && AFTER_DRAWING.has(local ?? '')) return m.index;
      if (!selfClosing) depth += 1;
    }
  }
  throw new Error('Unexpected worksheet XML: no </worksheet>');
}

function withDrawingElement(sheetXml: string, relId: string): string {
  const rootDeclaresR = /<(?:\w+:)?worksheet\b[^>]*\sxmlns:r="/u.test(sheetXml);
  const element = `<drawing${rootDeclaresR ? '' : ` xmlns:r="${NS.r}"`} r:id="${esc(relId)}"/>`;
  const at = drawingInsertionIndex(sheetXml);
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

export type Counters = { drawing: number; chart: number; overrides: string[] };

async function existingDrawing(zip: JSZip, sheetPart: string, sheetXml: string, sheetRels: RelsPart): Promise<Drawing | undefined> {
  const tag = /<(?:\w+:)?drawing\b[^>]*>/u.exec(sheetXml)?.[0];
  if (tag === undefined) return undefined;
  const relId = relationshipId(attributes(tag));
  const rel = sheetRels.existing.find((r) => r.id === relId);
  if (rel === undefined) throw new Error(`${sheetPart}: <drawing r:id="${relId ?? ''}"> has no relationship`);
  const path = resolveTarget(sheetPart, rel.target);
  const xml = withoutOneCellEditAs(await readText(zip, path));
  // The anchors added below use these two prefixes; exceljs declares both on its drawing root.
  if (!xml.includes(`xmlns:xdr="${NS.xdr}"`) || !xml.includes(`xmlns:a="${NS.a}"`))
    throw new Error(`${path}: expected xmlns:xdr and xmlns:a on the drawing root`);
  return { path, xml, rels: await readRels(zip, relsPathOf(path)), nextShapeId: highestShapeId(xml) + 1, anchors: [] };
}

/** The sheet's drawing, or a new one tied to the sheet (part, override, relationship, <drawing>). */
export async function openDrawing(zip: JSZip, sheetPart: string, counters: Counters): Promise<Drawing> {
  const sheetXml = await readText(zip, sheetPart);
  const sheetRels = await readRels(zip, relsPathOf(sheetPart));
  const found = await existingDrawing(zip, sheetPart, sheetXml, sheetRels);
  if (found) return found;
  counters.drawing += 1;
  const path = `xl/drawings/drawing${counters.drawing}.xml`;
  const relId = addRelationship(sheetRels, REL_TYPE.drawing, relativeTarget(sheetPart, path));
  zip.file(sheetPart, withDrawingElement(sheetXml, relId));
  writeRels(zip, sheetRels);
  counters.overrides.push(override(path, CONTENT_TYPE.drawing));
  const xml = `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`;
  // Excel numbers a drawing's shapes from 2.
  return { path, xml, rels: await readRels(zip, relsPathOf(path)), nextShapeId: 2, anchors: [] };
}

export function writeDrawing(zip: JSZip, drawing: Drawing): void {
  zip.file(drawing.path, insertBeforeClosing(drawing.xml, 'wsDr', drawing.anchors.join('')));
  writeRels(zip, drawing.rels);
}

/** Drawings on sheets without charts (exceljs images) lose their invalid editAs too. */
export async function repairOtherDrawings(zip: JSZip, touched: Set<string>): Promise<void> {
  const others = Object.keys(zip.files).filter((name) => /^xl\/drawings\/drawing\d+\.xml$/u.test(name) && !touched.has(name));
  for (const name of others) {
    const xml = await readText(zip, name);
    const repaired = withoutOneCellEditAs(xml);
    if (repaired !== xml) zip.file(name, repaired);
  }
}
