import type { NativeKind } from '../../../../common/charts/kinds';
import { barDrawingMl } from './bar';
import { doughnutDrawingMl } from './doughnut';
import type { DrawingMlKind } from './drawingml-kind';
import { hbarDrawingMl } from './hbar';
import { slopeDrawingMl } from './slope';
import { stackedDrawingMl } from './stacked';

export type { DrawingMlKind } from './drawingml-kind';

/**
 * The DrawingML of every kind that becomes a native chart, keyed by kind: a kind declared
 * `workbook: 'native-chart'` that lacks an entry does not compile.
 */
export const DRAWINGML: Record<NativeKind, DrawingMlKind> = {
  bar: barDrawingMl,
  hbar: hbarDrawingMl,
  stacked: stackedDrawingMl,
  slope: slopeDrawingMl,
  // Each panel of small multiples becomes a column chart of its own.
  multiples: barDrawingMl,
  doughnut: doughnutDrawingMl,
};
