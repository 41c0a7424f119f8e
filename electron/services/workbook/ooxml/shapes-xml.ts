import type { PointStyle } from '../chart-spec';

/** How bars, slices, lines and markers are painted (c:spPr), from the same styles as the screen. */

export const solid = (colour: string): string => `<a:solidFill><a:srgbClr val="${colour.toUpperCase()}"/></a:solidFill>`;
export const noLine = '<a:ln><a:noFill/></a:ln>';
/** No fill and no line: a data label or plot area with no box round it. */
export const noBox = `<c:spPr><a:noFill/>${noLine}</c:spPr>`;

/** Does a point look like its series? Then it needs no c:dPt of its own. */
export function sameStyle(a: PointStyle, b: PointStyle): boolean {
  return a.fill === b.fill && a.hatched === b.hatched && a.dashedOutline === b.dashedOutline;
}

function fillXml(style: PointStyle): string {
  if (!style.hatched) return solid(style.fill);
  return `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${style.fill.toUpperCase()}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>`;
}

/** A dashed outline where asked; a hatched shape without one still needs a solid edge to read as a shape. */
function outlineXml(style: PointStyle, fallback: string | undefined): string {
  if (style.dashedOutline !== undefined) return `<a:ln w="15875">${solid(style.dashedOutline)}<a:prstDash val="dash"/></a:ln>`;
  if (style.hatched) return `<a:ln w="9525">${solid(style.fill)}</a:ln>`;
  return fallback === undefined ? '' : `<a:ln w="9525">${solid(fallback)}</a:ln>`;
}

/** Bars and slices; slices get a white edge so that neighbours of one colour stay apart. */
export function areaShape(style: PointStyle, edge?: string): string {
  return `<c:spPr>${fillXml(style)}${outlineXml(style, edge)}</c:spPr>`;
}

/** How heavy a line series is drawn: its width in EMU and its markers' size in points. */
export type LineWeight = { width: number; marker: number };
export const LINE: LineWeight = { width: 22225, marker: 6 };

function lineSpPr(colour: string, dashed: boolean, width: number): string {
  return `<c:spPr><a:ln w="${width}" cap="rnd">${solid(colour)}${dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln></c:spPr>`;
}

/** A series line in its outline colour if it has one: light fills fall below 3:1 on white as lines. */
export function lineShape(style: PointStyle, weight: LineWeight = LINE): string {
  return lineSpPr(style.dashedOutline ?? style.fill, style.dashedOutline !== undefined, weight.width);
}

/**
 * A point's spPr paints the segment that ends at it in Excel, but LibreOffice takes its colour for
 * the point's marker too, so it gets the point's fill: otherwise LibreOffice loses the point's look.
 */
export function pointLineShape(style: PointStyle, weight: LineWeight = LINE): string {
  return lineSpPr(style.fill, style.dashedOutline !== undefined || style.hatched === true, weight.width);
}

export function markerXml(style: PointStyle, weight: LineWeight = LINE): string {
  return `<c:marker><c:symbol val="circle"/><c:size val="${weight.marker}"/><c:spPr>${fillXml(style)}${outlineXml(style, style.fill)}</c:spPr></c:marker>`;
}
