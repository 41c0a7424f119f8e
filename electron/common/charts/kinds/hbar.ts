import type { KindTraits } from './traits';

/** Horizontal bars: as bars, for long category names, read top-down. */
export const hbar = {
  draws: 'canvas',
  width: 'half',
  legend: 'marks',
  values: 'one-unit',
  fill: 'status',
  workbook: 'native-chart',
} as const satisfies KindTraits;
