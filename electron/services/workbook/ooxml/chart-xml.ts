import type { NativeChartSpec } from '../chart-spec';
import { axesXml } from './axes-xml';
import { DRAWINGML } from './kinds';
import { noLine, solid } from './shapes-xml';
import { chartLayout, legendLayoutXml, plotLayoutXml, type ChartLayout } from './source-shape';
import { SIZE, textProps, titleXml } from './text-xml';
import { esc, NS, XML_DECLARATION } from './xml';

/** The chartN.xml part for one spec: a DrawingML chart whose series refer to the sheet's cells. */

const BORDER = 'D9D9D9';

function legendXml(spec: NativeChartSpec, layout: ChartLayout, language: string): string {
  if (!spec.showLegend || layout.legend === undefined) return '';
  const position = DRAWINGML[spec.kind].legendPosition;
  return `<c:legend><c:legendPos val="${position}"/>${legendLayoutXml(layout.legend)}<c:overlay val="0"/>${textProps(SIZE.legend, language)}</c:legend>`;
}

/** Where the plot area, the legend and the source line of the spec's chart go (source-shape.ts). */
export function layoutOf(spec: NativeChartSpec): ChartLayout {
  const kind = DRAWINGML[spec.kind];
  return chartLayout(spec, kind.axes, spec.showLegend ? kind.legendPosition : undefined);
}

/** The id of the chart's relationship to its source line's drawing (native-charts.ts writes it). */
export const SOURCE_REL_ID = 'rId1';

/** The chartN.xml part; CT_ChartSpace and CT_Chart children in schema order. */
export function chartXml(spec: NativeChartSpec, language: string): string {
  const kind = DRAWINGML[spec.kind];
  const title = spec.title ? `${titleXml(spec.title, SIZE.title, true, language)}<c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  const layout = layoutOf(spec);
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="${esc(language)}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea>${plotLayoutXml(layout)}${kind.plot(spec, language, layout)}${axesXml(spec, kind.axes, language, kind.valueAxisFromZero)}<c:spPr><a:noFill/>${noLine}</c:spPr></c:plotArea>` +
    `${legendXml(spec, layout, language)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid(BORDER)}</a:ln></c:spPr>${textProps(SIZE.axis, language)}` +
    `${spec.source ? `<c:userShapes r:id="${SOURCE_REL_ID}"/>` : ''}</c:chartSpace>`
  );
}
