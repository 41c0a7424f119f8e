import JSZip from 'jszip';
import type { ChartSpec, PackageProperties } from './chart-spec';
import { validate } from './ooxml/chart-validation';
import { chartXml } from './ooxml/chart-xml';
import { anchorXml, type Counters, type Drawing, openDrawing, repairOtherDrawings, writeDrawing } from './ooxml/drawings';
import { addOverrides, addRelationship, CONTENT_TYPE, highestNumber, override, REL_TYPE, relativeTarget, setLanguage, worksheetParts } from './ooxml/package-parts';

/**
 * Native Excel charts added to the package exceljs wrote. exceljs cannot write charts, so the
 * parts are written here as DrawingML strings: one chart part per spec, anchored in the sheet's
 * drawing. The series refer to the sheet's cells and carry cached copies of their values, so
 * Excel and LibreOffice draw them without recalculating and follow edits to the cells.
 * docs/xlsx-native-charts.md has the facts this relies on, found by probing.
 */

/**
 * Adds one native chart per spec to the package exceljs wrote, and dc:language to its core
 * properties. Throws, naming the chart, if a spec names a missing sheet, has no series, or caches
 * a different number of values than its range holds.
 */
export async function addNativeCharts(xlsx: Uint8Array, charts: readonly ChartSpec[], properties: PackageProperties): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = await worksheetParts(zip);
  validate(charts, sheets, properties);

  const counters: Counters = {
    drawing: highestNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/u),
    chart: highestNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/u),
    overrides: [],
  };
  const drawings = new Map<string, Drawing>();
  for (const spec of charts) {
    const sheetPart = sheets.get(spec.sheetName) ?? '';
    const drawing = drawings.get(sheetPart) ?? (await openDrawing(zip, sheetPart, counters));
    drawings.set(sheetPart, drawing);
    counters.chart += 1;
    const chartPath = `xl/charts/chart${counters.chart}.xml`;
    zip.file(chartPath, chartXml(spec, properties.language));
    counters.overrides.push(override(chartPath, CONTENT_TYPE.chart));
    const relId = addRelationship(drawing.rels, REL_TYPE.chart, relativeTarget(drawing.path, chartPath));
    drawing.anchors.push(anchorXml(spec, drawing.nextShapeId, relId));
    drawing.nextShapeId += 1;
  }
  for (const drawing of drawings.values()) writeDrawing(zip, drawing);
  await repairOtherDrawings(zip, new Set([...drawings.values()].map((d) => d.path)));
  await addOverrides(zip, counters.overrides);
  await setLanguage(zip, properties.language);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
