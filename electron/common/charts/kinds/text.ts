import type { KindTraits } from './traits';

/** A panel of text blocks, where the article has words but no figures to draw. */
export const text = {
  draws: 'text',
  width: 'full',
  legend: 'none',
  values: 'none',
  fill: 'status',
  workbook: 'text',
} as const satisfies KindTraits;
