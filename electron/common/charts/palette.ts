import type { Qualifier } from '../vocabulary';

/**
 * Okabe–Ito: distinguishable with every common colour-vision deficiency; all ≥ 3:1 on white.
 * Shared by the on-screen charts and the workbook's native charts, so both read the same way.
 */
export const PALETTE = {
  actual: '#0072B2',
  expected: '#56B4E9',
  target: '#D55E00',
  derived: '#767676',
  derivedFill: '#d4d4d4',
  share: '#009E73',
  text: '#1b1f23',
  muted: '#4a5560',
  grid: '#e3e6e8',
} as const;

/**
 * The parts of a stacked whole, in order: Okabe–Ito hues other than the status colours (the sky
 * blue of expected values, the vermilion of targets), so a part is never read as a status.
 */
const PART_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#000000'] as const;

/** How a bar or slice is painted, so that the screen and the workbook mark a value the same way. */
export type Paint = { fill: string; outline: string; hatched: boolean; dashedOutline: boolean };

/** A lower bound (超, 以上, 餘): marked with an arrow beyond the bar, and "or more" in the legend. */
export function isOpenEnded(point: { qualifier: Qualifier }): boolean {
  return point.qualifier === 'over' || point.qualifier === 'at_least' || point.qualifier === 'plus';
}

type Marked = { status: 'actual' | 'expected' | 'target'; derived?: unknown };

/**
 * Targets are hatched (a promise is drawn differently from a result), expected values light with
 * a dashed outline in the darker blue (a light outline would fall below 3:1 on white), derived
 * values grey.
 */
export function paintOf(point: Marked | null): Paint {
  if (!point) return { fill: PALETTE.actual, outline: PALETTE.actual, hatched: false, dashedOutline: false };
  if (point.status === 'target') return { fill: PALETTE.target, outline: PALETTE.target, hatched: true, dashedOutline: true };
  if (point.derived) return { fill: PALETTE.derivedFill, outline: PALETTE.derived, hatched: false, dashedOutline: false };
  if (point.status === 'expected') return { fill: PALETTE.expected, outline: PALETTE.actual, hatched: false, dashedOutline: true };
  return { fill: PALETTE.actual, outline: PALETTE.actual, hatched: false, dashedOutline: false };
}

/**
 * How a value is painted in a chart of a kind whose fill is `fill` (kinds/): by status; as a share
 * of one whole, the share in its own colour and a derived rest grey; or as part `part` of a
 * stacked whole, in that part's colour, its status marks kept.
 */
export function paintIn(fill: 'status' | 'share' | 'parts', point: Marked | null, part = 0): Paint {
  const paint = paintOf(point);
  if (point?.derived) return paint;
  if (fill === 'share') return { ...paint, fill: PALETTE.share };
  if (fill === 'parts') {
    const colour = PART_COLOURS[part % PART_COLOURS.length] ?? PALETTE.actual;
    return { ...paint, fill: colour, outline: paint.dashedOutline ? paint.outline : colour };
  }
  return paint;
}
