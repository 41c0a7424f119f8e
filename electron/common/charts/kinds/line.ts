import type { KindTraits } from './traits';

/** Values over years, on a numeric year axis. */
export const line = {
  draws: 'canvas',
  width: 'half',
  legend: 'marks',
  values: 'one-unit',
  fill: 'status',
  workbook: 'native-chart',
} as const satisfies KindTraits;
