import type { ChartSpec } from '../chart-spec';
import { axesXml } from './axes-xml';
import { DRAWINGML } from './kinds';
import { noLine, solid } from './shapes-xml';
import { SIZE, textProps, titleXml } from './text-xml';
import { esc, NS, XML_DECLARATION } from './xml';

/** The chartN.xml part for one spec: a DrawingML chart whose series refer to the sheet's cells. */

const BORDER = 'D9D9D9';

function legendXml(spec: ChartSpec, language: string): string {
  if (!spec.showLegend) return '';
  return `<c:legend><c:legendPos val="${DRAWINGML[spec.kind].legendPosition}"/><c:overlay val="0"/>${textProps(SIZE.legend, language)}</c:legend>`;
}

/** The chartN.xml part; CT_ChartSpace and CT_Chart children in schema order. */
export function chartXml(spec: ChartSpec, language: string): string {
  const kind = DRAWINGML[spec.kind];
  const title = spec.title ? `${titleXml(spec.title, SIZE.title, true, language)}<c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="${esc(language)}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${kind.plot(spec, language)}${axesXml(spec, kind.axes, language)}<c:spPr><a:noFill/>${noLine}</c:spPr></c:plotArea>` +
    `${legendXml(spec, language)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid(BORDER)}</a:ln></c:spPr>${textProps(SIZE.axis, language)}</c:chartSpace>`
  );
}
