import type { KindTraits } from './traits';

/** A share of one whole: the share and the rest, the headline share large in the hole. */
export const doughnut = {
  draws: 'canvas',
  width: 'half',
  legend: 'slices',
  values: 'one-unit',
  fill: 'share',
  workbook: 'native-chart',
} as const satisfies KindTraits;
