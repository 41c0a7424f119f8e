import type { ChartModel, Point } from '../../../electron/common/charts/model';
import { isOpenEnded } from '../../../electron/common/charts/palette';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

/** Explains only the marks this chart uses: expected, target, derived, open-ended. */
export function Legend({ model, lang }: { model: ChartModel; lang: Lang }) {
  const points = model.series.flatMap((s) => s.points).filter((p): p is Point => p !== null);
  const has = (test: (p: Point) => boolean) => points.some(test);
  const items: { key: string; text: string }[] = [];
  if (has((p) => p.status === 'expected')) items.push({ key: 'expected', text: t(lang, 'legend.expected') });
  if (has((p) => p.status === 'target')) items.push({ key: 'target', text: t(lang, 'legend.target') });
  if (has((p) => p.derived !== undefined)) items.push({ key: 'derived', text: `${t(lang, 'legend.derived')} *` });
  const openEnded = has(isOpenEnded);
  if (items.length === 0 && !openEnded) return null;
  return (
    <ul className="legend">
      {items.length > 0 ? (
        <li>
          <span className="swatch swatch-actual" aria-hidden="true" />
          {t(lang, 'legend.actual')}
        </li>
      ) : null}
      {items.map((item) => (
        <li key={item.key}>
          <span className={`swatch swatch-${item.key}`} aria-hidden="true" />
          {item.text}
        </li>
      ))}
      {openEnded ? <li>{t(lang, 'legend.orMore')}</li> : null}
    </ul>
  );
}
