import type { ChartKind, KINDS } from '../../../electron/common/charts/kinds';

/** A kind drawn on a canvas shows on the show's own canvas for that kind, kept for the whole show. */
type StageLayout = { body: 'stage' };
/**
 * A kind laid out as HTML is fitted to the slide: the largest text and the best column count at
 * which every box matched by `cells` still holds its text.
 */
type FitLayout = { body: 'fit'; cells: string };

type LayoutOf<K extends ChartKind> = (typeof KINDS)[K]['draws'] extends 'canvas' ? StageLayout : FitLayout;

/** How a slide lays out each kind, keyed by kind: a new kind that lacks an entry does not compile. */
const SLIDE_LAYOUTS: { [K in ChartKind]: LayoutOf<K> } = {
  bar: { body: 'stage' },
  hbar: { body: 'stage' },
  stacked: { body: 'stage' },
  slope: { body: 'stage' },
  multiples: { body: 'stage' },
  doughnut: { body: 'stage' },
  kpi: { body: 'fit', cells: '.kpi' },
  text: { body: 'fit', cells: '.text-block' },
};

export function slideLayoutOf(kind: ChartKind): StageLayout | FitLayout {
  return SLIDE_LAYOUTS[kind];
}
