import { barPlot } from './bars';
import type { DrawingMlKind } from './drawingml-kind';

/** A column chart. */
export const barDrawingMl: DrawingMlKind = {
  plot: (spec, language, layout) => barPlot(spec, language, layout, 'col'),
  axes: 'category-bottom',
  valueAxisFromZero: true,
  legendPosition: 'b',
};
