import { barPlot } from './bars';
import type { DrawingMlKind } from './drawingml-kind';

/** A bar chart, categories down the left in the screen's order. */
export const hbarDrawingMl: DrawingMlKind = {
  plot: (spec, language, layout) => barPlot(spec, language, layout, 'bar'),
  axes: 'category-left',
  valueAxisFromZero: true,
  legendPosition: 'b',
};
