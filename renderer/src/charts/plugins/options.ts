import type { ChartType } from 'chart.js';
import type { KindTraits } from '../../../../electron/common/charts/kinds';
import type { DrawnModel } from './drawn-model';

/** Each plugin draws only for a chart whose options name it, with the model it draws. */
/**
 * Where bar labels go: past the end of each bar, or inside each part of a stacked bar (where it
 * fits; the legend carries every part's value). `fill` is the kind's, for the outline colours.
 */
export type BarMarksOptions = { drawn: DrawnModel; horizontal: boolean; placement: 'end' | 'inside'; fill: KindTraits['fill'] };
/** Labels above each point, or beside the two ends of a slope (left of the first, right of the last). */
export type PointLabelsOptions = { drawn: DrawnModel; placement: 'above' | 'ends' };
export type DoughnutCentreOptions = { drawn: DrawnModel };

declare module 'chart.js' {
  // The type parameter must match Chart.js's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    lvyuanBarMarks?: BarMarksOptions;
    lvyuanPointLabels?: PointLabelsOptions;
    lvyuanDoughnutCentre?: DoughnutCentreOptions;
  }
}
