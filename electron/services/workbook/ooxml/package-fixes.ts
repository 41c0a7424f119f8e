import type JSZip from 'jszip';
import { readText, relsPathOf } from './package-parts';
import { attributes, esc } from './xml';

/**
 * Corrections to what exceljs writes, made in the package: each is a fact checked against the
 * ECMA-376 schemas or what Excel itself writes (docs/xlsx-native-charts.md).
 */

/** docProps/app.xml names the application that wrote the file; exceljs claims to be Microsoft Excel. */
async function nameApplication(zip: JSZip, application: string): Promise<void> {
  const path = 'docProps/app.xml';
  const xml = await readText(zip, path);
  zip.file(
    path,
    xml.replace(/<Application>[^<]*<\/Application>/u, () => `<Application>${esc(application)}</Application>`),
  );
}

/** exceljs writes a row break's last column as 16838, a typo: Excel writes 16383 (column XFD, zero-based). */
function fixBreaks(xml: string): string {
  return xml.replace(/(<brk\b[^>]*\smax=")16838"/gu, '$116383"');
}

/**
 * exceljs writes a link to a cell of the workbook with a `location` and also an r:id whose
 * relationship is an external target named like the cell ('Summary'!A1), which a reader may try to
 * open as a file. A link inside the workbook is its location alone.
 */
function internalLinks(xml: string): { xml: string; dropped: Set<string> } {
  const dropped = new Set<string>();
  const fixed = xml.replace(/<hyperlink\b[^>]*\/>/gu, (tag) => {
    const attrs = attributes(tag);
    const id = attrs.get('r:id');
    if (!attrs.has('location') || id === undefined) return tag;
    dropped.add(id);
    return tag.replace(/\sr:id="[^"]*"/u, '');
  });
  return { xml: fixed, dropped };
}

async function dropRelationships(zip: JSZip, relsPath: string, ids: ReadonlySet<string>): Promise<void> {
  const xml = await zip.file(relsPath)?.async('string');
  if (xml === undefined || ids.size === 0) return;
  zip.file(
    relsPath,
    xml.replace(/<Relationship\b[^>]*\/>/gu, (tag) => (ids.has(attributes(tag).get('Id') ?? '') ? '' : tag)),
  );
}

export async function fixExcelJsOutput(zip: JSZip, sheetParts: Iterable<string>, application: string): Promise<void> {
  await nameApplication(zip, application);
  for (const part of sheetParts) {
    const links = internalLinks(fixBreaks(await readText(zip, part)));
    zip.file(part, links.xml);
    await dropRelationships(zip, relsPathOf(part), links.dropped);
  }
}
