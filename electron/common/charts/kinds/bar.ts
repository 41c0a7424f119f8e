import type { KindTraits } from './traits';

/** Vertical bars: one measure per category, on one value axis. */
export const bar = {
  draws: 'canvas',
  width: 'half',
  legend: 'marks',
  values: 'one-unit',
  fill: 'status',
  workbook: 'native-chart',
} as const satisfies KindTraits;
