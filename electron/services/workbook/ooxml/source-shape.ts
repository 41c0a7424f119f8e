import { SIZE } from './text-xml';
import { esc, NS, XML_DECLARATION } from './xml';

/**
 * A chart's source line, drawn inside the chart as a text box in the chart's own drawing part
 * (c:userShapes): a chart copied into a slide or another workbook keeps its attribution. A title's
 * second line cannot carry it: LibreOffice draws every line of a title in the first line's size
 * and weight.
 */

const CDR = 'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing';

/** The band at the bottom of the chart the source line takes, as a fraction of the chart's height. */
export const SOURCE_BAND = 0.08;

/** The chartDrawing part: one text box across the bottom band, small and grey, left-aligned. */
export function sourceShapeXml(source: string, language: string): string {
  const body =
    `<cdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/>` +
    `<a:p><a:r><a:rPr lang="${esc(language)}" sz="${SIZE.source}"><a:solidFill><a:srgbClr val="595959"/></a:solidFill></a:rPr><a:t>${esc(source)}</a:t></a:r></a:p></cdr:txBody>`;
  return (
    `${XML_DECLARATION}<c:userShapes xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:cdr="${CDR}">` +
    `<cdr:relSizeAnchor><cdr:from><cdr:x>0.02</cdr:x><cdr:y>${1 - SOURCE_BAND}</cdr:y></cdr:from><cdr:to><cdr:x>0.98</cdr:x><cdr:y>0.995</cdr:y></cdr:to>` +
    `<cdr:sp macro="" textlink=""><cdr:nvSpPr><cdr:cNvPr id="2" name="Source"/><cdr:cNvSpPr txBox="1"/></cdr:nvSpPr>` +
    `<cdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></cdr:spPr>` +
    `${body}</cdr:sp></cdr:relSizeAnchor></c:userShapes>`
  );
}

/** Where a bottom legend sits: just above the source band. */
const LEGEND_BAND = 0.08;

/**
 * The plot area's manual layout (its outer edge, axis labels included) between the title and the
 * source band, leaving room for the legend on the right or at the bottom; CT_ManualLayout children
 * in schema order.
 */
export function plotLayoutXml(legend: 'b' | 'r' | undefined, titleLines: number): string {
  const top = 0.04 + 0.075 * titleLines;
  const bottom = 1 - SOURCE_BAND - (legend === 'b' ? LEGEND_BAND : 0) - 0.01;
  const width = legend === 'r' ? 0.7 : 0.94;
  return `<c:layout><c:manualLayout><c:layoutTarget val="outer"/><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="0.03"/><c:y val="${top.toFixed(3)}"/><c:w val="${width}"/><c:h val="${(bottom - top).toFixed(3)}"/></c:manualLayout></c:layout>`;
}

/** A bottom legend's band just above the source line; a right legend takes the right of the plot's height. */
export function legendLayoutXml(position: 'b' | 'r'): string {
  const box = position === 'b' ? { x: 0.03, y: 1 - SOURCE_BAND - LEGEND_BAND, w: 0.94, h: LEGEND_BAND } : { x: 0.75, y: 0.25, w: 0.23, h: 0.55 };
  return `<c:layout><c:manualLayout><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${box.x}"/><c:y val="${box.y.toFixed(3)}"/><c:w val="${box.w}"/><c:h val="${box.h}"/></c:manualLayout></c:layout>`;
}
