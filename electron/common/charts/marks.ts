import { drawnPoints } from './axes';
import type { ChartModel } from './model';
import { t } from '../i18n/messages';
import { REVISED_MARK } from './build';
import { isOpenEnded } from './palette';

export type Mark = 'expected' | 'target' | 'derived';

/**
 * The status marks a chart draws, which its legend explains (and no others): expected, target and
 * derived values, and the ▲ of open-ended values. The screen's legend and the PNG's share it.
 */
export function marksUsed(model: ChartModel): { marks: Mark[]; openEnded: boolean; revised: boolean } {
  const points = drawnPoints(model);
  const marks: Mark[] = [];
  if (points.some((p) => p.status === 'expected')) marks.push('expected');
  if (points.some((p) => p.status === 'target')) marks.push('target');
  if (points.some((p) => p.derived !== undefined)) marks.push('derived');
  return { marks, openEnded: points.some(isOpenEnded), revised: points.some((p) => p.revision !== undefined) };
}

/**
 * The legend's items, in order: actual with its swatch where any mark is drawn, each mark's (a
 * derived value's with its *), then the marks drawn as text, ▲ for "or more" and † for revised.
 * The screen's legend and the PNG's draw these.
 */
export function legendItems(model: ChartModel): { mark?: 'actual' | Mark; label: string }[] {
  const { marks, openEnded, revised } = marksUsed(model);
  const lang = model.lang;
  return [
    ...(marks.length > 0 ? [{ mark: 'actual' as const, label: t(lang, 'legend.actual') }] : []),
    ...marks.map((mark) => ({ mark, label: mark === 'derived' ? `${t(lang, 'legend.derived')} *` : t(lang, `legend.${mark}`) })),
    ...(openEnded ? [{ label: t(lang, 'legend.orMore') }] : []),
    ...(revised ? [{ label: `${REVISED_MARK} ${t(lang, 'legend.revised')}` }] : []),
  ];
}
