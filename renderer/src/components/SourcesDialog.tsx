import { useEffect, useRef } from 'react';
import type { ChartModel } from '../../../electron/common/charts/model';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

/** The verbatim quote behind every figure of a chart, with the article's title and author. */
export function SourcesDialog({ model, dataset, lang, onClose }: { model: ChartModel; dataset: Dataset; lang: Lang; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const quoted = model.rows.filter((row) => row.quote);
  const derived = model.rows.filter((row) => row.derived);
  return (
    <dialog ref={ref} className="sources-dialog" aria-labelledby={`sources-${model.id}`} onClose={onClose}>
      <h2 id={`sources-${model.id}`}>
        {t(lang, 'sources.title')} · {model.title}
      </h2>
      <dl className="source-meta">
        <dt>{t(lang, 'sources.article')}</dt>
        <dd lang="zh-Hant">{dataset.source.title['zh-Hant']}</dd>
        {lang !== 'zh-Hant' ? <dd>{dataset.source.title[lang]}</dd> : null}
        <dt>{t(lang, 'sources.author')}</dt>
        <dd>{dataset.source.author[lang]}</dd>
        <dt>{t(lang, 'sources.covers')}</dt>
        <dd>{dataset.source.covers[lang]}</dd>
      </dl>
      <ol className="quotes">
        {quoted.map((row) => (
          <li key={row.figureId}>
            <span className="quote-figure">
              {row.label} · {row.display} · {row.periodLabel}
            </span>
            <blockquote lang="zh-Hant">「{row.quote}」</blockquote>
          </li>
        ))}
        {derived.map((row) => (
          <li key={row.label}>
            <span className="quote-figure">
              {row.label} · {row.display}
            </span>
            <p className="derived-formula">{t(lang, 'figure.derivedNote', { formula: row.derived?.formula ?? '' })}</p>
          </li>
        ))}
      </ol>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          {t(lang, 'sources.close')}
        </button>
      </form>
    </dialog>
  );
}
