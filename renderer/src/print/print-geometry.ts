import { axisModels } from '../../../electron/common/charts/axes';
import type { ChartModel } from '../../../electron/common/charts/model';

/**
 * The print view's page, in CSS pixels (96 per inch): A4 portrait with the margins print.css gives
 * @page. The charts are sized from it, so they fill the text width and are never scaled on paper.
 */
const MM = 96 / 25.4;
const TEXT_WIDTH_MM = 210 - 2 * 16;

export const PRINT = {
  textWidthPx: Math.floor(TEXT_WIDTH_MM * MM),
  /** Chart text: 12 CSS px is 9 pt on paper, the size of the tables' text. */
  chartFontPx: 12,
  panelGapPx: 18,
} as const;

/** How tall a chart is on paper: a bar per category for horizontal bars, a fixed height for the rest. */
export function printChartHeight(model: ChartModel): number {
  const categories = Math.max(0, ...model.series.map((s) => s.points.length));
  switch (model.kind) {
    case 'hbar':
      return Math.max(200, 90 + categories * 34);
    case 'stacked':
      return 190;
    case 'multiples':
      return 230;
    case 'doughnut':
      return 270;
    default:
      return 290;
  }
}

/** The canvases of a model on paper: one, or one per panel of small multiples side by side. */
export function printCanvases(model: ChartModel): { axis: ChartModel; width: number; height: number }[] {
  const axes = axisModels(model);
  const width = Math.floor((PRINT.textWidthPx - PRINT.panelGapPx * (axes.length - 1)) / axes.length);
  const height = printChartHeight(model);
  return axes.map((axis) => ({ axis, width, height }));
}

/**
 * Canvas pixels per CSS pixel for the copy on screen (the #/print page in a window): the screen's
 * own. On paper a chart is vectors, drawn again while the page prints (PrintChart.tsx), so more
 * would only cost memory and time: 22 canvases at 2× hold 68 MB of pixels.
 */
export function screenPixelRatio(): number {
  return Math.max(1, window.devicePixelRatio || 1);
}
