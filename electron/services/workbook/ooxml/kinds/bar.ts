import { barPlot } from './bars';
import type { DrawingMlKind } from './drawingml-kind';

/** A column chart. */
export const barDrawingMl: DrawingMlKind = {
  plot: (spec, language) => barPlot(spec, language, 'col'),
  axes: 'category-bottom',
  valueAxisFromZero: true,
  legendPosition: 'b',
};
