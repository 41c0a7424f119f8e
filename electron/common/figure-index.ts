import type { Figure } from './dataset';

// One index per figures array, made on first use: charts look figures up by id many times, and at
// 100× the figures a scan per lookup was the cost.
const indexes = new WeakMap<readonly Figure[], ReadonlyMap<string, Figure>>();

/** The dataset's figures by id. The array is never changed after loading, so its index stays true. */
export function figureIndex(figures: readonly Figure[]): ReadonlyMap<string, Figure> {
  let index = indexes.get(figures);
  if (!index) {
    index = new Map(figures.map((f) => [f.id, f]));
    indexes.set(figures, index);
  }
  return index;
}
