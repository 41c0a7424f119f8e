import { drawnPoints } from './axes';
import type { ChartModel } from './model';
import { isOpenEnded } from './palette';

export type Mark = 'expected' | 'target' | 'derived';

/**
 * The status marks a chart draws, which its legend explains (and no others): expected, target and
 * derived values, and the ▲ of open-ended values. The screen's legend and the PNG's share it.
 */
export function marksUsed(model: ChartModel): { marks: Mark[]; openEnded: boolean } {
  const points = drawnPoints(model);
  const marks: Mark[] = [];
  if (points.some((p) => p.status === 'expected')) marks.push('expected');
  if (points.some((p) => p.status === 'target')) marks.push('target');
  if (points.some((p) => p.derived !== undefined)) marks.push('derived');
  return { marks, openEnded: points.some(isOpenEnded) };
}
