import type { KindTraits } from './traits';

/**
 * Two points in time and nothing between: each value labelled at its end of a straight line, the
 * years the article gives and no others on the axis.
 */
export const slope = {
  draws: 'canvas',
  width: 'half',
  legend: 'marks',
  values: 'one-unit',
  fill: 'status',
  workbook: 'native-chart',
} as const satisfies KindTraits;
