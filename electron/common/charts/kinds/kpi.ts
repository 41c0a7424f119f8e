import type { KindTraits } from './traits';

/** Headline figures as cards: values that share no axis, each with its own unit and status. */
export const kpi = {
  draws: 'cards',
  width: 'full',
  legend: 'none',
  values: 'own-units',
  fill: 'status',
  workbook: 'data',
} as const satisfies KindTraits;
