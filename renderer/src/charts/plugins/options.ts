import type { ChartType } from 'chart.js';
import type { DrawnModel } from './drawn-model';

/** Each plugin draws only for a chart whose options name it, with the model it draws. */
export type BarMarksOptions = { drawn: DrawnModel; horizontal: boolean };
export type PointLabelsOptions = { drawn: DrawnModel };
export type DoughnutCentreOptions = { drawn: DrawnModel };
export type ExportFrameOptions = { drawn: DrawnModel; sourceLine: string };

declare module 'chart.js' {
  // The type parameter must match Chart.js's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    lvyuanBarMarks?: BarMarksOptions;
    lvyuanPointLabels?: PointLabelsOptions;
    lvyuanDoughnutCentre?: DoughnutCentreOptions;
    lvyuanExportFrame?: ExportFrameOptions;
  }
}
