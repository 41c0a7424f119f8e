import type { KindTraits } from './traits';

/**
 * Small multiples: one small bar chart per measure (Panel), each with its own value axis, side by
 * side across the row; in the workbook, one native chart per panel.
 */
export const multiples = {
  draws: 'canvas',
  width: 'full',
  legend: 'marks',
  values: 'one-unit',
  fill: 'status',
  workbook: 'native-chart',
} as const satisfies KindTraits;
