import { useEffect, useRef } from 'react';
import type { ChartModel } from '../../../electron/common/charts/model';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { revisedLine } from '../../../electron/common/charts/notes';
import { profile } from '../../../electron/common/i18n/profiles';
import { figureIndex } from '../../../electron/common/figure-index';
import { creditOf, sourceOf, sourcesOf } from '../../../electron/common/sources';

/** The verbatim quote behind every figure of a chart, with the article's title and author. */
export function SourcesDialog({ model, dataset, lang, onClose }: { model: ChartModel; dataset: Dataset; lang: Lang; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const quoted = model.rows.flatMap((row) => {
    const figure = row.figureId === undefined ? undefined : figureIndex(dataset.figures).get(row.figureId);
    return !row.derived && figure ? [{ row, figure, script: sourceOf(dataset, figure).script }] : [];
  });
  const sources = sourcesOf(
    dataset,
    quoted.map(({ figure }) => figure),
  );
  const derived = model.rows.filter((row) => row.derived);
  return (
    <dialog ref={ref} className="sources-dialog" aria-labelledby={`sources-${model.id}`} onClose={onClose}>
      <h2 id={`sources-${model.id}`}>
        {t(lang, 'sources.title')} · {model.title}
      </h2>
      {sources.map((source) => (
        <dl key={source.id} className="source-meta">
          <dt>{t(lang, 'sources.article')}</dt>
          <dd lang={source.script}>{source.title[source.script]}</dd>
          {lang !== source.script ? <dd>{source.title[lang]}</dd> : null}
          {creditOf(source, lang) ? (
            <>
              <dt>{t(lang, 'sources.author')}</dt>
              <dd>{creditOf(source, lang)}</dd>
            </>
          ) : null}
          {source.covers ? (
            <>
              <dt>{t(lang, 'sources.covers')}</dt>
              <dd>{source.covers[lang]}</dd>
            </>
          ) : null}
        </dl>
      ))}
      <ol className="quotes">
        {quoted.map(({ row, script }) => {
          // A quote is in its source's script whatever the UI's language, with that script's marks.
          const [open, close] = profile(script).quotes[0] ?? ['「', '」'];
          return (
            <li key={row.figureId}>
              <span className="quote-figure">
                {row.label} · {row.display} · {row.periodLabel}
              </span>
              {row.quote === undefined ? (
                <p className="no-quote">{t(lang, 'source.noQuote')}</p>
              ) : (
                <blockquote lang={script}>
                  {open}
                  {row.quote}
                  {close}
                </blockquote>
              )}
              {row.revision ? <p className="revised">{revisedLine({ ...row, revision: row.revision }, lang)}</p> : null}
            </li>
          );
        })}
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
