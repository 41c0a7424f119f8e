import type { KindTraits } from './traits';

/** Parts of one whole, one bar per whole: each series a part, named by the chart's own legend. */
export const stacked = {
  draws: 'canvas',
  width: 'half',
  legend: 'series',
  values: 'one-unit',
  fill: 'parts',
  workbook: 'native-chart',
} as const satisfies KindTraits;
