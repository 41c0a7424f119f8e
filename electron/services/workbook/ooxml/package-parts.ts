import type JSZip from 'jszip';
import { attributes, esc, insertBeforeClosing, NS, relationshipId, XML_DECLARATION } from './xml';

/** The parts of the .xlsx package: their paths, relationships and content types, and the core properties. */

export const REL_TYPE = {
  officeDocument: `${NS.r}/officeDocument`,
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  chartUserShapes: `${NS.r}/chartUserShapes`,
} as const;

export const CONTENT_TYPE = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chartShapes: 'application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml',
} as const;

// ───────────────────────────── package paths and relationships ─────────────────────────────

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to its source part or absolute, as a zip entry name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//u, '').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** Relative targets, as exceljs writes them: its reader does not follow absolute ones. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

type Relationship = { id: string; type: string; target: string };

/** A .rels part: what it held when read, and what this run adds to it. */
export type RelsPart = { path: string; xml: string; existing: Relationship[]; added: Relationship[] };

function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)].map((m) => {
    const attrs = attributes(m[0]);
    return { id: attrs.get('Id') ?? '', type: attrs.get('Type') ?? '', target: attrs.get('Target') ?? '' };
  });
}

export async function readRels(zip: JSZip, path: string): Promise<RelsPart> {
  const xml = (await zip.file(path)?.async('string')) ?? `${XML_DECLARATION}<Relationships xmlns="${NS.rels}"></Relationships>`;
  return { path, xml, existing: parseRelationships(xml), added: [] };
}

/** Adds a relationship under the next rId above every one in use (exceljs numbers its own from rId1). */
export function addRelationship(rels: RelsPart, type: string, target: string): string {
  const numbers = [...rels.existing, ...rels.added]
    .map((r) => /^rId(\d+)$/u.exec(r.id)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  const id = `rId${Math.max(0, ...numbers) + 1}`;
  rels.added.push({ id, type, target });
  return id;
}

export function writeRels(zip: JSZip, rels: RelsPart): void {
  if (rels.added.length === 0) return;
  const added = rels.added.map((r) => `<Relationship Id="${esc(r.id)}" Type="${esc(r.type)}" Target="${esc(r.target)}"/>`).join('');
  zip.file(rels.path, insertBeforeClosing(rels.xml, 'Relationships', added));
}

export async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The workbook package has no ${path}`);
  return file.async('string');
}

export function highestNumber(zip: JSZip, pattern: RegExp): number {
  let highest = 0;
  for (const name of Object.keys(zip.files)) {
    const n = Number(pattern.exec(name)?.[1]);
    if (Number.isFinite(n)) highest = Math.max(highest, n);
  }
  return highest;
}

// ───────────────────────────── workbook: sheet name → worksheet part ─────────────────────────────

export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const rootRels = await readRels(zip, '_rels/.rels');
  const office = rootRels.existing.find((r) => r.type === REL_TYPE.officeDocument);
  const workbookPart = resolveTarget('', office?.target ?? 'xl/workbook.xml');
  const workbookXml = await readText(zip, workbookPart);
  const workbookRels = await readRels(zip, relsPathOf(workbookPart));
  const targets = new Map(workbookRels.existing.map((r) => [r.id, resolveTarget(workbookPart, r.target)]));
  const parts = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)) {
    const attrs = attributes(m[0]);
    const name = attrs.get('name');
    const part = targets.get(relationshipId(attrs) ?? '');
    if (name !== undefined && part !== undefined) parts.set(name, part);
  }
  return parts;
}

// ───────────────────────────── content types and core properties ─────────────────────────────

export function override(part: string, contentType: string): string {
  return `<Override PartName="/${esc(part)}" ContentType="${contentType}"/>`;
}

export async function addOverrides(zip: JSZip, overrides: readonly string[]): Promise<void> {
  if (overrides.length === 0) return;
  const path = '[Content_Types].xml';
  zip.file(path, insertBeforeClosing(await readText(zip, path), 'Types', overrides.join('')));
}

/** dc:language, replaced if exceljs (or anyone) wrote one, added otherwise. */
function withLanguage(coreXml: string, language: string): string {
  const element = `<dc:language>${esc(language)}</dc:language>`;
  const existing = /<dc:language\b[^>]*?(?:\/>|>[^<]*<\/dc:language>)/u;
  if (existing.test(coreXml)) return coreXml.replace(existing, () => element);
  const declared = /<(?:\w+:)?coreProperties\b[^>]*\sxmlns:dc="/u.test(coreXml);
  const xml = declared ? coreXml : coreXml.replace(/<((?:\w+:)?coreProperties)\b/u, (whole) => `${whole} xmlns:dc="${NS.dc}"`);
  return insertBeforeClosing(xml, 'coreProperties', element);
}

export async function setLanguage(zip: JSZip, language: string): Promise<void> {
  const path = 'docProps/core.xml';
  zip.file(path, withLanguage(await readText(zip, path), language));
}
