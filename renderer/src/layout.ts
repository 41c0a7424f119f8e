export const fullWidth = (kind: string) => kind === 'kpi' || kind === 'text';

/**
 * Charts sit two to a row; KPI and text cards take a whole row. A chart left alone at the end of
 * a run takes the whole row too, instead of leaving half of it empty.
 */
export function wideCards(kinds: readonly string[]): boolean[] {
  const wide = kinds.map(fullWidth);
  let run = 0;
  kinds.forEach((kind, i) => {
    run = fullWidth(kind) ? 0 : run + 1;
    const runEnds = i === kinds.length - 1 || fullWidth(kinds[i + 1] ?? 'kpi');
    if (runEnds && run % 2 === 1) wide[i] = true;
  });
  return wide;
}
