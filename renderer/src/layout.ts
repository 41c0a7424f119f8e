import { KINDS, type ChartKind } from '../../electron/common/charts/kinds';

const fullWidth = (kind: ChartKind) => KINDS[kind].width === 'full';

/**
 * Charts sit two to a row; a kind declared full width (cards, text) takes a whole row. A chart
 * left alone at the end of a run takes the whole row too, instead of leaving half of it empty.
 */
export function wideCards(kinds: readonly ChartKind[]): boolean[] {
  const wide = kinds.map(fullWidth);
  let run = 0;
  kinds.forEach((kind, i) => {
    run = fullWidth(kind) ? 0 : run + 1;
    const next = kinds[i + 1];
    const runEnds = next === undefined || fullWidth(next);
    if (runEnds && run % 2 === 1) wide[i] = true;
  });
  return wide;
}
