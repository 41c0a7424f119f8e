import type { DrawingMlKind } from './drawingml-kind';
import { linePlot } from './lines';

/**
 * A slope: a line chart whose categories are the two years, its one line and two end markers
 * drawn heavier than a line through many points, since they are all the chart has.
 */
export const slopeDrawingMl: DrawingMlKind = {
  plot: (spec, language) => linePlot(spec, language, { width: 38100, marker: 10 }),
  axes: 'category-bottom',
  valueAxisFromZero: false,
  legendPosition: 'b',
};
