import { barPlot } from './bars';
import type { DrawingMlKind } from './drawingml-kind';

/** A stacked bar chart: one bar per whole, lying down, its parts named by the legend. */
export const stackedDrawingMl: DrawingMlKind = {
  plot: (spec, language, layout) => barPlot(spec, language, layout, 'bar', 'stacked'),
  axes: 'category-left',
  valueAxisFromZero: true,
  legendPosition: 'b',
};
