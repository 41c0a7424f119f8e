import type { NativeChartSpec } from '../chart-spec';
import { noLine, solid } from './shapes-xml';
import { SIZE, textProps, titleXml } from './text-xml';
import { esc } from './xml';

/** The category and value axes of a chart that has them. */

const GREY = { grid: 'D9D9D9', axis: 'BFBFBF' } as const;

/** Any two ids do: they only need to be distinct within one chart part. */
const AXIS_ID = { category: 500000001, value: 500000002 } as const;

/**
 * How a kind lays out its axes: categories along the bottom (columns, lines), down the left and
 * read top-down (bars lying down), or no axes at all (a doughnut).
 */
export type AxesLayout = 'category-bottom' | 'category-left' | 'none';

/** The c:axId pair a plot with axes names, in the order its axes follow. */
export function axisIds(): string {
  return `<c:axId val="${AXIS_ID.category}"/><c:axId val="${AXIS_ID.value}"/>`;
}

function axisLine(colour: string): string {
  return `<c:spPr><a:noFill/><a:ln w="9525">${solid(colour)}</a:ln></c:spPr>`;
}

/**
 * The value axis's bounds (CT_Scaling: max before min): from zero where asked, toward the side the
 * values lie on. Values on both sides of zero need no bound: every reader's own scale then takes in zero.
 */
function valueBounds(spec: NativeChartSpec, fromZero: boolean): string {
  if (!fromZero) return '';
  const values = spec.series.flatMap((s) => s.values.cached).filter((v): v is number => v !== null);
  if (values.every((v) => v >= 0)) return '<c:min val="0"/>';
  if (values.every((v) => v <= 0)) return '<c:max val="0"/>';
  return '';
}

/**
 * c:catAx and c:valAx. Categories down the left are listed top-down, as on screen: the category
 * axis runs maxMin, and the value axis then crosses at the last category so that it stays at the bottom.
 */
export function axesXml(spec: NativeChartSpec, layout: AxesLayout, language: string, fromZero = false): string {
  if (layout === 'none') return '';
  const horizontal = layout === 'category-left';
  const catTitle = spec.categoryAxisTitle ? titleXml(spec.categoryAxisTitle, SIZE.axisTitle, false, language, horizontal) : '';
  const valTitle = spec.valueAxisTitle ? titleXml(spec.valueAxisTitle, SIZE.axisTitle, false, language, !horizontal) : '';
  const catAx =
    `<c:catAx><c:axId val="${AXIS_ID.category}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/>${catTitle}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${axisLine(GREY.axis)}${textProps(SIZE.axis, language, !horizontal)}<c:crossAx val="${AXIS_ID.value}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="${AXIS_ID.value}"/><c:scaling><c:orientation val="minMax"/>${valueBounds(spec, fromZero)}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="9525">${solid(GREY.grid)}</a:ln></c:spPr></c:majorGridlines>${valTitle}<c:numFmt formatCode="${esc(spec.valueAxisFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:noFill/>${noLine}</c:spPr>${textProps(SIZE.axis, language)}` +
    `<c:crossAx val="${AXIS_ID.category}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return catAx + valAx;
}
