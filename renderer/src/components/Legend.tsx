import { marksUsed } from '../../../electron/common/charts/marks';
import type { ChartModel } from '../../../electron/common/charts/model';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

/** Explains only the marks this chart uses: expected, target, derived, open-ended. */
export function Legend({ model, lang }: { model: ChartModel; lang: Lang }) {
  const { marks, openEnded } = marksUsed(model);
  if (marks.length === 0 && !openEnded) return null;
  return (
    <ul className="legend">
      {marks.length > 0 ? (
        <li>
          <span className="swatch swatch-actual" aria-hidden="true" />
          {t(lang, 'legend.actual')}
        </li>
      ) : null}
      {marks.map((mark) => (
        <li key={mark}>
          <span className={`swatch swatch-${mark}`} aria-hidden="true" />
          {mark === 'derived' ? `${t(lang, 'legend.derived')} *` : t(lang, `legend.${mark}`)}
        </li>
      ))}
      {openEnded ? <li>{t(lang, 'legend.orMore')}</li> : null}
    </ul>
  );
}
